/**
 * An embed's progress, kept per host origin (one store each) and lesson id. Several embeds may show
 * parts of one lesson, so a save merges into the saved record instead of replacing it: solved
 * exercises add up, each view writes only its own editors, and only a whole-lesson view owns the
 * lab database. Saves of one lesson run one at a time.
 */
import { emptyProgress, ProgressStore } from '../app/progress-store.js';
import type { LessonRecord as LessonProgress } from '../app/stored-records.js';

const stores = new Map<string, ProgressStore>();
const queues = new WeakMap<ProgressStore, Map<string, Promise<unknown>>>();

/** The store of one host origin (shared by the embeds of a page). */
export function storeFor(origin: string): ProgressStore {
  let store = stores.get(origin);
  if (!store) {
    store = new ProgressStore({ name: `junction-embed ${origin}` });
    stores.set(origin, store);
  }
  return store;
}

/** What one view contributes to its lesson's record. */
export interface ProgressPatch {
  solved: readonly string[];
  editors: Readonly<Record<string, string>>;
  failedChecks: Readonly<Record<string, number>>;
  /** The lab database: given only by a view of the whole lesson. */
  db?: Uint8Array;
  positions?: Readonly<Record<string, { x: number; y: number }>>;
}

/** `saved` with `patch` merged in (pure). */
export function mergeProgress(saved: LessonProgress, patch: ProgressPatch): LessonProgress {
  const merged: LessonProgress = {
    solved: [...new Set([...saved.solved, ...patch.solved])],
    editors: { ...saved.editors, ...patch.editors },
    failedChecks: { ...saved.failedChecks, ...patch.failedChecks },
  };
  const db = patch.db ?? saved.db;
  if (db) merged.db = db;
  const positions = patch.positions ?? saved.positions;
  if (positions) merged.positions = { ...positions };
  return merged;
}

/** Loads the lesson's record (empty when nothing is saved). */
export function loadProgress(store: ProgressStore, lessonId: string): Promise<LessonProgress> {
  return after(store, lessonId, async () => (await store.load(lessonId)).record).catch(() => emptyProgress());
}

/** Merges `patch` into the lesson's saved record. */
export function saveProgress(store: ProgressStore, lessonId: string, patch: ProgressPatch): Promise<void> {
  return after(store, lessonId, async () => {
    await store.save(lessonId, mergeProgress((await store.load(lessonId)).record, patch));
  });
}

function after<T>(store: ProgressStore, lessonId: string, task: () => Promise<T>): Promise<T> {
  let lessons = queues.get(store);
  if (!lessons) {
    lessons = new Map();
    queues.set(store, lessons);
  }
  const next = (lessons.get(lessonId) ?? Promise.resolve()).catch(() => undefined).then(task);
  lessons.set(lessonId, next);
  return next;
}
