import { describe, expect, it } from 'vitest';
import {
  fromBase64,
  isWholeSqliteFile,
  readJournal,
  readLastRoute,
  readLessonFileRecord,
  readLessonRecord,
  readProgressIndex,
  toBase64,
} from './stored-records.js';

/** A minimal SQLite header on `pages` pages of `pageSize` bytes, declaring `declared` pages. */
function sqliteFile(pages: number, pageSize = 4096, declared = pages): Uint8Array {
  const bytes = new Uint8Array(pages * pageSize);
  bytes.set(new TextEncoder().encode('SQLite format 3\u0000'));
  const view = new DataView(bytes.buffer);
  view.setUint16(16, pageSize === 65536 ? 1 : pageSize);
  view.setUint32(24, 7);
  view.setUint32(28, declared);
  view.setUint32(92, 7);
  return bytes;
}

const WHOLE = { solved: ['a'], editors: { playground: 'SELECT 1' }, failedChecks: { a: 2 }, positions: { students: { x: 1, y: -2 } } };

describe('a saved lesson record', () => {
  it('reads a whole record as it is, with its database', () => {
    const db = sqliteFile(2);
    const reading = readLessonRecord({ ...WHOLE, db });
    expect(reading).toMatchObject({ damaged: [], kept: true });
    expect(reading.value).toEqual({ ...WHOLE, db });
  });

  it('reads nothing saved as an empty, undamaged record', () => {
    expect(readLessonRecord(undefined)).toEqual({
      value: { solved: [], editors: {}, failedChecks: {} },
      damaged: [],
      kept: true,
      reason: '',
    });
  });

  it('reads an older record without positions or database as whole', () => {
    expect(readLessonRecord({ solved: [], editors: {}, failedChecks: {} }).damaged).toEqual([]);
  });

  it.each([
    ['a string', 'junk'],
    ['a number', 42],
    ['null', null],
    ['an array', [WHOLE]],
    ['bytes', new Uint8Array([1, 2])],
    ['an object of another shape', { foo: 'bar' }],
    ['fields of the wrong types', { solved: 'a', editors: 5, failedChecks: [] }],
    ['lists whose every item is bad', { solved: [1], editors: { a: 1 }, failedChecks: { a: 'x' } }],
  ])('keeps nothing of %s, and says so', (_what, raw) => {
    const reading = readLessonRecord(raw);
    expect(reading.kept).toBe(false);
    expect(reading.damaged.length).toBeGreaterThan(0);
    expect(reading.value).toEqual({ solved: [], editors: {}, failedChecks: {} });
    expect(reading.reason).not.toBe('');
  });

  it('keeps each item that fits and names the fields that lost some', () => {
    const reading = readLessonRecord({
      solved: ['a', 3, null],
      editors: { playground: 'SELECT 1', 'sql-0': 7 },
      failedChecks: { a: -1, b: 2, c: 1.5 },
      positions: { t: { x: 'left' }, u: { x: 3, y: 4 } },
      db: 'not bytes',
    });
    expect(reading.value).toEqual({
      solved: ['a'],
      editors: { playground: 'SELECT 1' },
      failedChecks: { b: 2 },
      positions: { u: { x: 3, y: 4 } },
    });
    expect(reading.damaged).toEqual(['solved', 'editors', 'failedChecks', 'positions', 'db']);
    expect(reading.kept).toBe(true);
  });

  it('drops absurd diagram positions and keeps the sensible ones', () => {
    const positions = {
      nan: { x: Number.NaN, y: 0 },
      huge: { x: 1e308, y: 0 },
      negative: { x: 0, y: -1e300 },
      infinite: { x: Number.POSITIVE_INFINITY, y: 0 },
      text: { x: '10', y: 20 },
      missing: { x: 10 },
      fine: { x: -250.5, y: 4000 },
    };
    const reading = readLessonRecord({ solved: [], editors: {}, failedChecks: {}, positions });
    expect(reading.value.positions).toEqual({ fine: { x: -250.5, y: 4000 } });
    expect(reading.damaged).toEqual(['positions']);
  });

  it('drops a database that is empty, cut short or not SQLite, and keeps the rest whole', () => {
    const truncated = sqliteFile(4).slice(0, 4096 * 2);
    for (const db of [new Uint8Array(), truncated, new Uint8Array(8192).fill(7), sqliteFile(2).slice(0, 5000)]) {
      const reading = readLessonRecord({ ...WHOLE, db });
      expect(reading.damaged).toEqual(['db']);
      expect(reading.value).toEqual(WHOLE);
    }
  });
});

describe('a whole SQLite file', () => {
  it.each([
    ['a file of whole pages as declared', sqliteFile(3), true],
    ['a header that does not know its size', sqliteFile(3, 4096, 0), true],
    ['pages of 64 KiB', sqliteFile(1, 65536), true],
    ['nothing', new Uint8Array(), false],
    ['less than a page', sqliteFile(1).slice(0, 100), false],
    ['a length that is not whole pages', sqliteFile(2).slice(0, 6000), false],
    ['fewer pages than declared', sqliteFile(3).slice(0, 8192), false],
    ['a page size that is not a power of two', sqliteFile(1, 3000), false],
    ['another file type', new TextEncoder().encode('%PDF-1.7'.padEnd(4096, ' ')), false],
  ])('%s: %s', (_what, bytes, whole) => {
    expect(isWholeSqliteFile(bytes)).toBe(whole);
  });
});

describe('the journal', () => {
  const entry = { solved: [], editors: { playground: 'SELECT 2' }, failedChecks: {}, positions: { t: { x: 1, y: 1 } } };

  it('reads entries, and a database kept in base64', () => {
    const db = sqliteFile(1);
    const reading = readJournal(JSON.stringify({ m2m: { ...entry, db: toBase64(db) } }));
    expect(reading.damaged).toEqual([]);
    expect(fromBase64(reading.value.m2m?.db ?? '')).toEqual(db);
  });

  it('sets aside text that is not JSON, or not a map of entries', () => {
    for (const text of ['{"m2m": {', '"text"', '[1,2]', 'null']) {
      expect(readJournal(text)).toMatchObject({ value: {}, kept: false, damaged: ['journal'] });
    }
  });

  it('keeps the parts of an entry that fit', () => {
    const reading = readJournal(JSON.stringify({ m2m: { ...entry, positions: { t: { x: null, y: 1 } }, db: 'not base64!' }, other: 5 }));
    expect(reading.value).toEqual({ m2m: { ...entry, positions: {} } });
    expect(reading.damaged).toEqual(['positions', 'db', 'solved', 'editors', 'failedChecks', 'runs']);
  });

  it('keeps the runs to do again, and drops a run that is not a script', () => {
    const runs = ["INSERT INTO kept VALUES ('a');", 'DELETE FROM kept;'];
    expect(readJournal(JSON.stringify({ m2m: { ...entry, runs } })).value).toEqual({ m2m: { ...entry, runs } });
    const reading = readJournal(JSON.stringify({ m2m: { ...entry, runs: [runs[0], 7] } }));
    expect(reading.value).toEqual({ m2m: { ...entry, runs: [runs[0]] } });
    expect(reading.damaged).toEqual(['runs']);
  });
});

describe('the progress index, the last route and a kept file', () => {
  it('reads a good index and keeps the good entries of a damaged one', () => {
    expect(readProgressIndex('{"m2m":2}')).toMatchObject({ value: { m2m: 2 }, damaged: [] });
    expect(readProgressIndex('{"m2m":2,"x":"three","y":-1}')).toMatchObject({ value: { m2m: 2 }, damaged: ['index'], kept: true });
    expect(readProgressIndex('{not json')).toMatchObject({ value: {}, damaged: ['index'], kept: false });
    expect(readProgressIndex('[3]')).toMatchObject({ value: {}, damaged: ['index'] });
  });

  it('reads only a route as the last route', () => {
    expect(readLastRoute('{"hash":"#/en/many-to-many"}').value).toBe('#/en/many-to-many');
    expect(readLastRoute(null)).toMatchObject({ value: null, damaged: [] });
    for (const text of ['{"hash":"javascript:alert(1)"}', '"#/en"', '{', '{"hash":5}']) {
      expect(readLastRoute(text)).toMatchObject({ value: null, damaged: ['route'] });
    }
  });

  it('reads a kept lesson file, and nothing of a damaged one', () => {
    expect(readLessonFileRecord({ name: 'a.md', markdown: '# A' }).value).toEqual({ name: 'a.md', markdown: '# A' });
    expect(readLessonFileRecord({ name: 'a.md', markdown: 3 })).toMatchObject({ value: null, damaged: ['file'] });
  });
});
