/**
 * Per-lesson progress in IndexedDB: solved exercises, editor texts, the lab database, diagram
 * positions. A small index in localStorage (lesson id → solved count) says which lessons have
 * anything saved, so a first visit and the course index never wait for IndexedDB to open.
 */
import { clear, createStore, del, get, set, type UseStore } from 'idb-keyval';

export interface LessonProgress {
  solved: string[];
  /** Editor texts by block key (`sql-0`, `exercise:enroll`, `playground`). */
  editors: Record<string, string>;
  failedChecks: Record<string, number>;
  /** The lab database file, saved after runs. */
  db?: Uint8Array;
  /** Diagram box positions by table name. */
  positions?: Record<string, { x: number; y: number }>;
}

export function emptyProgress(): LessonProgress {
  return { solved: [], editors: {}, failedChecks: {} };
}

type Index = Record<string, number>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whatever IndexedDB holds, as a well-formed progress record: a damaged or older record loses the
 * fields that do not fit rather than stopping the lesson from opening.
 */
export function normalizeProgress(saved: unknown): LessonProgress {
  const progress = emptyProgress();
  if (!isRecord(saved)) return progress;
  if (Array.isArray(saved.solved)) progress.solved = saved.solved.filter((id): id is string => typeof id === 'string');
  if (isRecord(saved.editors)) {
    for (const [key, text] of Object.entries(saved.editors)) if (typeof text === 'string') progress.editors[key] = text;
  }
  if (isRecord(saved.failedChecks)) {
    for (const [key, n] of Object.entries(saved.failedChecks)) if (typeof n === 'number') progress.failedChecks[key] = n;
  }
  if (saved.db instanceof Uint8Array) progress.db = saved.db;
  if (isRecord(saved.positions)) {
    const positions: NonNullable<LessonProgress['positions']> = {};
    for (const [table, p] of Object.entries(saved.positions)) {
      if (isRecord(p) && Number.isFinite(p.x) && Number.isFinite(p.y)) positions[table] = { x: Number(p.x), y: Number(p.y) };
    }
    progress.positions = positions;
  }
  return progress;
}

/** The index, or null where localStorage is unavailable (then IndexedDB is always asked). */
function readIndex(key: string): Index | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Index) : {};
  } catch {
    return null;
  }
}

export class ProgressStore {
  readonly #name: string;
  #store: UseStore | null = null;
  readonly #indexKey: string;
  #index: Index | null;

  constructor(name = 'junction') {
    this.#name = name;
    this.#indexKey = `${name}-progress-index`;
    this.#index = readIndex(this.#indexKey);
  }

  /** Opened on first use: creating the database costs a first visit time it does not need to spend. */
  get #db(): UseStore {
    this.#store ??= createStore(this.#name, 'progress');
    return this.#store;
  }

  /** Solved exercise counts of the lessons with saved progress (from the index: no IndexedDB). */
  solvedCounts(): ReadonlyMap<string, number> | null {
    return this.#index ? new Map(Object.entries(this.#index)) : null;
  }

  async load(lessonId: string): Promise<LessonProgress> {
    if (this.#index && !(lessonId in this.#index)) return emptyProgress();
    try {
      return normalizeProgress(await get<unknown>(lessonId, this.#db));
    } catch {
      // Private browsing or a blocked IndexedDB: the lab still works, it just forgets.
      return emptyProgress();
    }
  }

  async save(lessonId: string, progress: LessonProgress): Promise<void> {
    try {
      await set(lessonId, progress, this.#db);
      this.#writeIndex((index) => {
        index[lessonId] = progress.solved.length;
      });
    } catch (e) {
      console.warn('Progress could not be saved', e);
    }
  }

  async reset(lessonId: string): Promise<void> {
    this.#writeIndex((index) => {
      delete index[lessonId];
    });
    await del(lessonId, this.#db);
  }

  async resetAll(): Promise<void> {
    this.#writeIndex((index) => {
      for (const id of Object.keys(index)) delete index[id];
    });
    await clear(this.#db);
  }

  #writeIndex(change: (index: Index) => void): void {
    if (!this.#index) return;
    change(this.#index);
    try {
      localStorage.setItem(this.#indexKey, JSON.stringify(this.#index));
    } catch {
      // A full or blocked localStorage: fall back to asking IndexedDB from now on.
      this.#index = null;
    }
  }
}
