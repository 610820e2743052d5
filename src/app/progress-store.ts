/**
 * Per-lesson progress in IndexedDB: solved exercises, editor texts, the lab database, diagram
 * positions. Beside it in localStorage, read and written synchronously: an index (progress key →
 * solved count) so a first visit and the course index never wait for IndexedDB; a journal of the
 * changes not yet written to IndexedDB, so a page that goes away mid-write loses nothing; and the
 * last route. Every record is validated on read (stored-records.ts): what fits is kept, the
 * original of what does not is moved to the `quarantine` key, and the trouble is reported.
 */
import type { StorageFailureKind } from '../core/messages/storage-messages.js';
import { indexedDbBackend, type KeyValueBackend } from './idb-backend.js';
import {
  type Journal,
  type JournalEntry,
  type LessonFileRecord,
  type LessonRecord,
  type ProgressIndex,
  readJournal,
  readLastRoute,
  readLessonFileRecord,
  readLessonRecord,
  readProgressIndex,
  type Reading,
  fromBase64,
} from './stored-records.js';

export type { LessonRecord as LessonProgress } from './stored-records.js';

/** The IndexedDB key that holds what was set aside: a list of {@link QuarantineEntry}. */
export const QUARANTINE_KEY = 'quarantine';
const FILE_PREFIX = 'lesson-file:';

/** A damaged record, set aside as it was found. */
export interface QuarantineEntry {
  /** Where it was: an IndexedDB key, or `localStorage:<key>`. */
  from: string;
  /** What of it did not fit (valibot's summary, or SQLite's text for a database). */
  reason: string;
  /** ISO time it was set aside. */
  at: string;
  value: unknown;
}

/** Trouble with storage that is not one lesson's: the app tells the learner once. */
export type StorageTrouble =
  | { kind: 'save-failed'; failure: StorageFailureKind }
  | { kind: 'index-damaged' }
  | { kind: 'journal-damaged' }
  | { kind: 'route-damaged' }
  | { kind: 'store-recreated' };

/** What of a lesson's saved record was damaged and set aside. */
export interface LessonDamage {
  /** The record's fields that did not fit (`db`: the database was dropped). */
  fields: string[];
  /** Something of the record was kept. */
  kept: boolean;
}

/** A lesson's progress as loaded: the record merged with its journal entry, and what was damaged. */
export interface LoadedProgress {
  record: LessonRecord;
  damage: LessonDamage | null;
  /** The journal held changes newer than the record: write them soon. */
  fromJournal: boolean;
  /** Scripts to run on the record's database, in order, to bring it up to date (the journal's `runs`). */
  runs: string[];
}

/** The part of `Storage` the store uses, so tests can hand it a Map-backed one. */
export type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface ProgressStoreOptions {
  name?: string;
  /** Defaults to IndexedDB. */
  backend?: KeyValueBackend;
  /** Defaults to `localStorage`; null where there is none. */
  local?: SyncStorage | null;
}

export function emptyProgress(): LessonRecord {
  return { solved: [], editors: {}, failedChecks: {} };
}

export class ProgressStore {
  readonly #backend: KeyValueBackend;
  readonly #local: SyncStorage | null;
  readonly #keys: { index: string; journal: string; route: string; quarantine: string };
  /** Null when localStorage is unavailable or the index was damaged: IndexedDB is then always asked. */
  #index: ProgressIndex | null;
  #journal: Journal;
  #lastRoute: string | null;
  #troubles: StorageTrouble[] = [];
  #listener: ((trouble: StorageTrouble) => void) | null = null;
  #saveFailed = false;

  constructor(options: ProgressStoreOptions = {}) {
    const name = options.name ?? 'junction';
    this.#backend = options.backend ?? indexedDbBackend(name, 'progress', () => this.#report({ kind: 'store-recreated' }));
    this.#local = options.local === undefined ? browserLocalStorage() : options.local;
    this.#keys = {
      index: `${name}-progress-index`,
      journal: `${name}-journal`,
      route: `${name}-last-route`,
      quarantine: `${name}-quarantine`,
    };
    // A damaged index cannot say which lessons have progress: until it is rebuilt, ask IndexedDB.
    this.#index = this.#readLocal(this.#keys.index, readProgressIndex, { kind: 'index-damaged' }, false);
    this.#journal = this.#readLocal(this.#keys.journal, readJournal, { kind: 'journal-damaged' }) ?? {};
    this.#lastRoute = this.#readLocal(this.#keys.route, readLastRoute, { kind: 'route-damaged' }) ?? null;
  }

  /** Calls `listener` with each trouble, starting with those met before it listened. */
  listen(listener: (trouble: StorageTrouble) => void): void {
    this.#listener = listener;
    for (const trouble of this.#troubles.splice(0)) listener(trouble);
  }

  /** Solved exercise counts of the lessons with saved progress, from the index; null when it cannot be trusted. */
  solvedCounts(): ReadonlyMap<string, number> | null {
    return this.#index ? new Map(Object.entries(this.#index)) : null;
  }

  /** Reads every saved lesson from IndexedDB and rebuilds the index from them. */
  async rebuildCounts(): Promise<ReadonlyMap<string, number>> {
    const counts = new Map<string, number>();
    try {
      for (const [key, raw] of await this.#backend.entries()) {
        if (typeof key !== 'string' || key === QUARANTINE_KEY || key.startsWith(FILE_PREFIX)) continue;
        counts.set(key, readLessonRecord(raw).value.solved.length);
      }
    } catch {
      return counts;
    }
    if (this.#local) {
      this.#index = Object.fromEntries(counts);
      this.#writeLocal(this.#keys.index, this.#index);
    }
    return counts;
  }

  /** Loads a lesson's progress, merged with what its journal kept; a damaged record is set aside and rewritten cleaned. */
  async load(key: string): Promise<LoadedProgress> {
    const journal = this.#journal[key];
    let reading: Reading<LessonRecord> = readLessonRecord(undefined);
    if (!this.#index || key in this.#index) {
      try {
        const raw = await this.#backend.get(key);
        reading = readLessonRecord(raw);
        if (reading.damaged.length) {
          await this.#quarantine(key, raw, reading.reason);
          await this.#backend.set(key, reading.value);
        }
      } catch {
        // Private browsing or a blocked IndexedDB: the lab still works, it just forgets (said on save).
      }
    }
    const damage = reading.damaged.length ? { fields: reading.damaged, kept: reading.kept } : null;
    if (!journal) return { record: reading.value, damage, fromJournal: false, runs: [] };
    const { db, runs = [], ...rest } = journal;
    const bytes = db === undefined ? reading.value.db : fromBase64(db);
    return { record: { ...rest, ...(bytes ? { db: bytes } : {}) }, damage, fromJournal: true, runs };
  }

  /** Writes a lesson's progress; a failure is reported once and the app goes on in memory. */
  async save(key: string, record: LessonRecord): Promise<boolean> {
    try {
      await this.#backend.set(key, record);
    } catch (e) {
      if (!this.#saveFailed) this.#report({ kind: 'save-failed', failure: failureKind(e) });
      this.#saveFailed = true;
      return false;
    }
    this.#saveFailed = false;
    this.#updateIndex((index) => {
      index[key] = record.solved.length;
    });
    return true;
  }

  /**
   * Keeps (or, with null, drops) `key`'s changes not yet in IndexedDB: synchronous, so it survives
   * a page that goes away before its IndexedDB write finishes.
   */
  journal(key: string, entry: JournalEntry | null): void {
    if (entry) this.#journal[key] = entry;
    else if (key in this.#journal) delete this.#journal[key];
    else return;
    if (Object.keys(this.#journal).length === 0) this.#removeLocal(this.#keys.journal);
    else this.#writeLocal(this.#keys.journal, this.#journal);
  }

  /** Sets a saved database that would not open aside, and keeps the rest of the record. */
  async setAsideDb(key: string, record: LessonRecord, reason: string): Promise<void> {
    const { db, ...rest } = record;
    try {
      await this.#quarantine(key, { db }, reason);
      await this.#backend.set(key, rest);
    } catch {
      // Storage that cannot be written is said on the next save.
    }
    const entry = this.#journal[key];
    if (entry?.db) this.journal(key, { ...entry, db: undefined });
  }

  async reset(key: string): Promise<void> {
    this.#updateIndex((index) => {
      delete index[key];
    });
    this.journal(key, null);
    await this.#backend.del(key).catch(() => undefined);
  }

  /** Forgets every lesson's progress; what was set aside stays. */
  async resetAll(): Promise<void> {
    this.#updateIndex((index) => {
      for (const id of Object.keys(index)) delete index[id];
    });
    for (const key of Object.keys(this.#journal)) this.journal(key, null);
    try {
      const keys = (await this.#backend.entries()).map(([key]) => key).filter((key) => key !== QUARANTINE_KEY);
      await Promise.all(keys.map((key) => this.#backend.del(String(key))));
    } catch {
      // Nothing to forget in storage that cannot be read.
    }
  }

  /** The route the learner was last on (`#/en/many-to-many`), or null. */
  get lastRoute(): string | null {
    return this.#lastRoute;
  }

  rememberRoute(hash: string): void {
    if (hash === this.#lastRoute) return;
    this.#lastRoute = hash;
    this.#writeLocal(this.#keys.route, { hash });
  }

  /** Keeps a lesson opened from a file, so its route reopens it after a reload. */
  async keepLessonFile(file: LessonFileRecord): Promise<void> {
    await this.#backend.set(`${FILE_PREFIX}${file.name}`, file).catch(() => undefined);
  }

  /** A kept lesson file, or null when none is kept under `name` (or it was damaged, and set aside). */
  async lessonFile(name: string): Promise<LessonFileRecord | null> {
    const key = `${FILE_PREFIX}${name}`;
    try {
      const raw = await this.#backend.get(key);
      const reading = readLessonFileRecord(raw);
      if (reading.damaged.length) {
        await this.#quarantine(key, raw, reading.reason);
        await this.#backend.del(key);
      }
      return reading.value;
    } catch {
      return null;
    }
  }

  /** What was set aside so far (oldest first). */
  async quarantined(): Promise<QuarantineEntry[]> {
    const raw = await this.#backend.get(QUARANTINE_KEY).catch(() => undefined);
    return Array.isArray(raw) ? (raw as QuarantineEntry[]) : [];
  }

  /** Appends to the quarantine list; one that is itself damaged is kept as the first entry of a new list. */
  async #quarantine(from: string, value: unknown, reason: string): Promise<void> {
    const entry: QuarantineEntry = { from, reason, at: new Date().toISOString(), value };
    try {
      const raw = await this.#backend.get(QUARANTINE_KEY);
      const list: unknown[] = Array.isArray(raw)
        ? raw
        : raw === undefined
          ? []
          : [{ from: QUARANTINE_KEY, reason: 'not a list', at: entry.at, value: raw }];
      await this.#backend.set(QUARANTINE_KEY, [...list, entry]);
    } catch {
      // IndexedDB is unusable: keep what localStorage held in localStorage instead.
      if (typeof value === 'string') this.#appendLocalQuarantine(entry);
    }
  }

  /** Reads a localStorage record; a damaged one is set aside and `trouble` reported. */
  #readLocal<T>(key: string, read: (text: string | null) => Reading<T>, trouble: StorageTrouble, keepPart = true): T | null {
    if (!this.#local) return null;
    let text: string | null;
    try {
      text = this.#local.getItem(key);
    } catch {
      return null;
    }
    const reading = read(text);
    if (reading.damaged.length === 0) return reading.value;
    const from = `localStorage:${key}`;
    void this.#quarantine(from, text, reading.reason);
    this.#report(trouble);
    if (keepPart && reading.kept) {
      this.#writeLocal(key, reading.value);
      return reading.value;
    }
    this.#removeLocal(key);
    return null;
  }

  #appendLocalQuarantine(entry: QuarantineEntry): void {
    try {
      const list: unknown = JSON.parse(this.#local?.getItem(this.#keys.quarantine) ?? '[]');
      this.#local?.setItem(this.#keys.quarantine, JSON.stringify([...(Array.isArray(list) ? list : [list]), entry]));
    } catch {
      // Neither storage takes it; it stays in memory for this visit only.
    }
  }

  #updateIndex(change: (index: ProgressIndex) => void): void {
    if (!this.#index) return;
    change(this.#index);
    if (!this.#writeLocal(this.#keys.index, this.#index)) this.#index = null;
  }

  #writeLocal(key: string, value: unknown): boolean {
    try {
      this.#local?.setItem(key, JSON.stringify(value));
      return true;
    } catch (e) {
      // A full localStorage: the IndexedDB writes still happen, without the synchronous safety net.
      console.warn(`Junction could not write ${key} to localStorage`, e);
      return false;
    }
  }

  #removeLocal(key: string): void {
    try {
      this.#local?.removeItem(key);
    } catch {
      // Nothing to remove from a storage that cannot be used.
    }
  }

  #report(trouble: StorageTrouble): void {
    if (this.#listener) this.#listener(trouble);
    else this.#troubles.push(trouble);
  }
}

/** Quota errors are named so by every browser; anything else means storage cannot be used at all. */
function failureKind(e: unknown): StorageFailureKind {
  return typeof e === 'object' && e !== null && 'name' in e && e.name === 'QuotaExceededError' ? 'quota' : 'unavailable';
}

function browserLocalStorage(): SyncStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Reading `localStorage` itself throws where storage is blocked.
    return null;
  }
}
