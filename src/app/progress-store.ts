/** Per-lesson progress in IndexedDB: solved exercises, editor texts, the lab database, diagram positions. */
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

export class ProgressStore {
  readonly #store: UseStore;

  constructor(name = 'junction') {
    this.#store = createStore(name, 'progress');
  }

  async load(lessonId: string): Promise<LessonProgress> {
    try {
      const saved = await get<LessonProgress>(lessonId, this.#store);
      return { ...emptyProgress(), ...saved };
    } catch {
      // Private browsing or a blocked IndexedDB: the lab still works, it just forgets.
      return emptyProgress();
    }
  }

  async save(lessonId: string, progress: LessonProgress): Promise<void> {
    try {
      await set(lessonId, progress, this.#store);
    } catch (e) {
      console.warn('Progress could not be saved', e);
    }
  }

  async reset(lessonId: string): Promise<void> {
    await del(lessonId, this.#store);
  }

  async resetAll(): Promise<void> {
    await clear(this.#store);
  }
}
