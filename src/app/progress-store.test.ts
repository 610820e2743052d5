import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../core/engine.js';
import type { Lesson } from '../core/lessons/types.js';
import { createNodeEngine } from '../db/node-engine.js';
import type { KeyValueBackend } from './idb-backend.js';
import { type LessonProgress, ProgressStore, QUARANTINE_KEY, type StorageTrouble, type SyncStorage } from './progress-store.js';
import { startLesson } from './start-lesson.js';
import type { OpenLesson } from './state.js';
import { type JournalEntry, toBase64 } from './stored-records.js';

/** IndexedDB's stand-in: a Map, with a way to make writes (or everything) fail as a browser would. */
class MemoryBackend implements KeyValueBackend {
  readonly map = new Map<string, unknown>();
  /** Thrown by `set` (a full quota). */
  setError: Error | null = null;
  /** Thrown by every call (a missing object store, private browsing). */
  allError: Error | null = null;
  async get(key: string) {
    if (this.allError) throw this.allError;
    return structuredClone(this.map.get(key));
  }
  async set(key: string, value: unknown) {
    if (this.allError) throw this.allError;
    if (this.setError) throw this.setError;
    this.map.set(key, structuredClone(value));
  }
  async del(key: string) {
    if (this.allError) throw this.allError;
    this.map.delete(key);
  }
  async entries(): Promise<[string, unknown][]> {
    if (this.allError) throw this.allError;
    return [...this.map];
  }
  async clear() {
    this.map.clear();
  }
}

class MemoryStorage implements SyncStorage {
  readonly map = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

const SETUP = "CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT);\nINSERT INTO students (name) VALUES ('Ada'), ('Linus');";
const lesson: Lesson = { id: 'm2m', lang: 'en', title: 'M2M', idLine: 1, blocks: [], exercises: [], setup: SETUP };
const open: OpenLesson = { lesson, warnings: [], markdown: (s) => s, progressKey: 'm2m' };

let engine: Engine;
/** A saved lab database: the setup plus a row the learner inserted, over several pages. */
let learnerDb: Uint8Array;
let pageSize: number;

beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.open('fixture');
  const filler = Array.from({ length: 200 }, (_, i) => `('filler ${i} ${'x'.repeat(60)}')`).join(', ');
  await engine.run('fixture', `${SETUP}\nINSERT INTO students (name) VALUES ('Grace'), ${filler};`);
  learnerDb = await engine.export('fixture');
  await engine.close('fixture');
  pageSize = new DataView(learnerDb.buffer, learnerDb.byteOffset).getUint16(16);
});

/** A store over fresh memory, holding `record` for the lesson (and an index that says so). */
function storeWith(record: unknown, local = new MemoryStorage()) {
  const backend = new MemoryBackend();
  if (record !== undefined) backend.map.set('m2m', record);
  if (!local.map.has('junction-progress-index')) local.setItem('junction-progress-index', JSON.stringify({ m2m: 1 }));
  const troubles: StorageTrouble[] = [];
  const store = new ProgressStore({ backend, local });
  store.listen((t) => troubles.push(t));
  return { store, backend, local, troubles };
}

const valid = (extra: Partial<LessonProgress> = {}): LessonProgress => ({
  solved: ['enroll'],
  editors: { playground: 'SELECT 42;' },
  failedChecks: { enroll: 1 },
  positions: { students: { x: 40, y: 60 } },
  ...extra,
});

/** A journal entry: what the app keeps synchronously between writes. */
const journalEntry = (extra: Partial<JournalEntry> = {}): JournalEntry => ({
  solved: ['enroll'],
  editors: { playground: 'SELECT 42;' },
  failedChecks: { enroll: 1 },
  positions: {},
  ...extra,
});

async function names(started: Awaited<ReturnType<typeof startLesson>>): Promise<unknown[]> {
  const outcome = await started.session.run('SELECT name FROM students ORDER BY id LIMIT 3');
  return outcome.ok ? (outcome.results[0]?.rows.map((r) => r[0]) ?? []) : [];
}

/** Whatever a case did, new work saves afterwards and reads back whole. */
async function newWorkSaves(store: ProgressStore, backend: MemoryBackend) {
  expect(await store.save('m2m', valid({ editors: { playground: 'SELECT 7;' } }))).toBe(true);
  const again = await new ProgressStore({ backend, local: null }).load('m2m');
  expect(again).toMatchObject({ damage: null, record: { editors: { playground: 'SELECT 7;' } } });
}

describe('damaged lesson records', () => {
  // Each: what was stored, and the notice the learner gets.
  it.each<[string, unknown, string]>([
    ['a string', 'SELECT 1', 'storage.record-unreadable'],
    ['a number', 42, 'storage.record-unreadable'],
    ['null', null, 'storage.record-unreadable'],
    ['an array', [valid()], 'storage.record-unreadable'],
    ['an object of another shape', { lessons: { m2m: valid() } }, 'storage.record-unreadable'],
    ['fields of the wrong types', { solved: 'enroll', editors: ['SELECT 1'], failedChecks: 3 }, 'storage.record-unreadable'],
  ])('sets aside %s, opens the lesson afresh and says so', async (_what, raw, code) => {
    const { store, backend } = storeWith(raw);
    const started = await startLesson(engine, store, open);
    expect(started.damage?.code).toBe(code);
    expect(started.progress).toMatchObject({ solved: [], editors: {} });
    expect(await names(started)).toEqual(['Ada', 'Linus']);
    const quarantine = await store.quarantined();
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({ from: 'm2m', value: raw });
    await newWorkSaves(store, backend);
  });

  it('keeps what fits of a partly damaged record and sets the original aside', async () => {
    const raw = { ...valid(), solved: ['enroll', 7], editors: { playground: 'SELECT 42;', 'sql-0': { text: 'x' } } };
    const { store, backend } = storeWith(raw);
    const started = await startLesson(engine, store, open);
    expect(started.damage?.code).toBe('storage.record-damaged');
    expect(started.progress).toMatchObject({ solved: ['enroll'], editors: { playground: 'SELECT 42;' }, failedChecks: { enroll: 1 } });
    expect((await store.quarantined())[0]?.value).toEqual(raw);
    // The cleaned record replaced the damaged one: the next start finds nothing wrong.
    expect((await store.load('m2m')).damage).toBeNull();
    await newWorkSaves(store, backend);
  });

  it('drops absurd diagram positions (NaN, 1e308, huge negative) and keeps the rest', async () => {
    const positions = {
      students: { x: Number.NaN, y: 0 },
      courses: { x: 1e308, y: 1 },
      enrollments: { x: -1e300, y: -1e300 },
      teachers: { x: 5, y: 6 },
    };
    const { store, backend } = storeWith(valid({ positions }));
    const started = await startLesson(engine, store, open);
    expect(started.damage?.code).toBe('storage.record-damaged');
    expect(started.progress.positions).toEqual({ teachers: { x: 5, y: 6 } });
    await newWorkSaves(store, backend);
  });

  it.each<[string, () => unknown]>([
    ['an empty database', () => new Uint8Array()],
    ['a database cut in half', () => learnerDb.slice(0, Math.floor(learnerDb.length / pageSize / 2) * pageSize)],
    ['a file that is not SQLite', () => new Uint8Array(learnerDb.length).fill(0x5a)],
    ['a database that is not bytes', () => 'SQLite format 3'],
  ])('sets aside %s and runs the setup afresh, keeping the texts', async (_what, db) => {
    const { store, backend } = storeWith(valid({ db: db() as Uint8Array }));
    const started = await startLesson(engine, store, open);
    expect(started.damage).toEqual({ code: 'storage.db-damaged', params: { reason: null } });
    expect(started.progress.editors).toEqual({ playground: 'SELECT 42;' });
    expect(started.progress.db).toBeUndefined();
    expect(await names(started)).toEqual(['Ada', 'Linus']);
    expect((await store.quarantined())[0]?.from).toBe('m2m');
    await newWorkSaves(store, backend);
  });

  it("sets aside a database whose second page is garbage, with SQLite's verdict", async () => {
    const db = learnerDb.slice();
    db.fill(0xa5, pageSize, 2 * pageSize);
    const { store, backend } = storeWith(valid({ db }));
    const started = await startLesson(engine, store, open);
    expect(started.damage?.code).toBe('storage.db-damaged');
    expect(started.damage?.params).toEqual({ reason: expect.any(String) });
    expect(await names(started)).toEqual(['Ada', 'Linus']);
    const quarantine = await store.quarantined();
    expect(quarantine[0]).toMatchObject({ from: 'm2m', value: { db } });
    // The record keeps everything else, without the database.
    expect(backend.map.get('m2m')).toEqual(valid());
    await newWorkSaves(store, backend);
  });

  it('opens a sound saved database as it was', async () => {
    const { store } = storeWith(valid({ db: learnerDb }));
    const started = await startLesson(engine, store, open);
    expect(started.damage).toBeNull();
    expect(await names(started)).toEqual(['Ada', 'Linus', 'Grace']);
  });

  it('keeps a damaged quarantine list too, inside the new one', async () => {
    const { store, backend } = storeWith('junk');
    backend.map.set(QUARANTINE_KEY, 'not a list');
    await store.load('m2m');
    expect((await store.quarantined()).map((q) => [q.from, q.value])).toEqual([
      [QUARANTINE_KEY, 'not a list'],
      ['m2m', 'junk'],
    ]);
  });
});

describe('damaged records in localStorage', () => {
  it('sets aside a progress index that is not JSON, then rebuilds it from the saved lessons', async () => {
    const local = new MemoryStorage();
    local.setItem('junction-progress-index', '{"m2m": 1');
    const { store, backend, troubles } = storeWith(valid(), local);
    expect(troubles).toEqual([{ kind: 'index-damaged' }]);
    expect(store.solvedCounts()).toBeNull();
    // The lesson's progress is still found, although the index cannot say it exists.
    expect((await store.load('m2m')).record.editors).toEqual({ playground: 'SELECT 42;' });
    expect([...(await store.rebuildCounts())]).toEqual([['m2m', 1]]);
    expect(JSON.parse(local.getItem('junction-progress-index') ?? '')).toEqual({ m2m: 1 });
    expect((await store.quarantined())[0]).toMatchObject({ from: 'localStorage:junction-progress-index', value: '{"m2m": 1' });
    await newWorkSaves(store, backend);
  });

  it('does not trust an index with impossible counts', async () => {
    const local = new MemoryStorage();
    local.setItem('junction-progress-index', '{"m2m": "one", "other": -3}');
    const { store, troubles } = storeWith(valid(), local);
    expect(troubles).toEqual([{ kind: 'index-damaged' }]);
    expect([...(await store.rebuildCounts())]).toEqual([['m2m', 1]]);
  });

  it('sets aside a journal that is not JSON, and keeps what fits of a damaged one', async () => {
    const broken = new MemoryStorage();
    broken.setItem('junction-journal', '{"m2m": {"editors"');
    const first = storeWith(valid(), broken);
    expect(first.troubles).toEqual([{ kind: 'journal-damaged' }]);
    expect((await first.store.load('m2m')).fromJournal).toBe(false);

    const partial = new MemoryStorage();
    const entry = { solved: [], editors: { playground: 'SELECT 99;' }, failedChecks: {}, positions: { t: { x: 'NaN', y: 0 } } };
    partial.setItem('junction-journal', JSON.stringify({ m2m: entry }));
    const second = storeWith(valid(), partial);
    expect(second.troubles).toEqual([{ kind: 'journal-damaged' }]);
    expect(await second.store.load('m2m')).toMatchObject({
      fromJournal: true,
      record: { editors: { playground: 'SELECT 99;' }, positions: {} },
    });
  });

  it('forgets a last route that is not a route, and says so', () => {
    const local = new MemoryStorage();
    local.setItem('junction-last-route', '{"hash":"javascript:alert(1)"}');
    const { store, troubles } = storeWith(undefined, local);
    expect(store.lastRoute).toBeNull();
    expect(troubles).toEqual([{ kind: 'route-damaged' }]);
    expect(local.getItem('junction-last-route')).toBeNull();
  });
});

describe('storage that fails', () => {
  it('goes on in memory when the object store is missing, and says so once', async () => {
    const { store, backend, troubles } = storeWith(valid());
    backend.allError = new DOMException('One of the specified object stores was not found.', 'NotFoundError');
    const started = await startLesson(engine, store, open);
    expect(started.damage).toBeNull();
    expect(await names(started)).toEqual(['Ada', 'Linus']);
    expect(await store.save('m2m', valid())).toBe(false);
    expect(await store.save('m2m', valid())).toBe(false);
    expect(troubles).toEqual([{ kind: 'save-failed', failure: 'unavailable' }]);
  });

  it('keeps the journal when a full quota refuses the write, so a reload still brings the text back', async () => {
    const local = new MemoryStorage();
    const { store, backend, troubles } = storeWith(valid(), local);
    backend.setError = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const entry = journalEntry({ editors: { playground: 'SELECT "typed";' } });
    store.journal('m2m', entry);
    expect(await store.save('m2m', { ...valid(), editors: entry.editors })).toBe(false);
    expect(troubles).toEqual([{ kind: 'save-failed', failure: 'quota' }]);
    const reloaded = new ProgressStore({ backend, local });
    expect(await reloaded.load('m2m')).toMatchObject({ fromJournal: true, record: { editors: { playground: 'SELECT "typed";' } } });
  });

  it('keeps a database that was only in the journal when the page went away', async () => {
    const local = new MemoryStorage();
    const { store, backend } = storeWith(valid(), local);
    store.journal('m2m', journalEntry({ db: toBase64(learnerDb) }));
    const started = await startLesson(engine, new ProgressStore({ backend, local }), open);
    expect(started.unsaved).toBe(true);
    expect(await names(started)).toEqual(['Ada', 'Linus', 'Grace']);
  });

  it('still writes IndexedDB when localStorage is full, without the journal', async () => {
    const local = new MemoryStorage();
    const { store, backend } = storeWith(undefined, local);
    local.full = true;
    store.journal('m2m', journalEntry());
    expect(await store.save('m2m', valid())).toBe(true);
    expect(backend.map.get('m2m')).toEqual(valid());
  });

  it('reads a first visit with no storage at all as empty', async () => {
    const backend = new MemoryBackend();
    backend.allError = new DOMException('IndexedDB is not available.', 'InvalidStateError');
    const store = new ProgressStore({ backend, local: null });
    expect(store.solvedCounts()).toBeNull();
    expect(await store.load('m2m')).toEqual({
      record: { solved: [], editors: {}, failedChecks: {} },
      damage: null,
      fromJournal: false,
      runs: [],
    });
  });
});

describe('what a reset keeps', () => {
  it('forgets every lesson and its journal, but not what was set aside', async () => {
    const { store, backend, local } = storeWith('junk');
    await store.load('m2m');
    store.journal('m2m', journalEntry());
    await store.resetAll();
    expect([...backend.map.keys()]).toEqual([QUARANTINE_KEY]);
    expect(local.getItem('junction-journal')).toBeNull();
  });
});
