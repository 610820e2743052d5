/**
 * Damaged storage, written straight into IndexedDB and localStorage before the app starts: the
 * app starts, keeps what it can, tells the learner in one sentence, and new work saves afterwards.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorText, onBlankPage, reloadApp, runAndWait, typeInEditor, useBrowser } from './browser.js';

const journey = useBrowser();
const LESSON = 'many-to-many';
const ROUTE = `#/en/${LESSON}`;
const PLAYGROUND = '.playground';
const NOTICE = '.notices [role=alert]';

/** A value to store: JSON as it is, or bytes (page.evaluate cannot carry a Uint8Array). */
type Stored = unknown | { $bytes: number[] };

interface Plan {
  /** Start from empty storage (both kinds). */
  clear?: boolean;
  /** IndexedDB `junction`/`progress` records to put. */
  records?: Record<string, Stored>;
  /** localStorage items to set (null removes). */
  local?: Record<string, string | null>;
  /** Overwrite the second page of the database saved under this key with garbage. */
  garbleSecondPageOf?: string;
  /** Leave a `junction` database with no `progress` store at all. */
  dropStore?: boolean;
}

/** Writes `plan` into the browser's storage from a blank page of the app's origin. */
async function writeStorage(plan: Plan): Promise<void> {
  await onBlankPage(
    journey,
    async (p: Plan) => {
      const request = <T>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const openDb = (version?: number, create = true) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const r = version ? indexedDB.open('junction', version) : indexedDB.open('junction');
          r.onupgradeneeded = () => {
            if (create && !r.result.objectStoreNames.contains('progress')) r.result.createObjectStore('progress');
          };
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const revive = (v: unknown) => (v && typeof v === 'object' && '$bytes' in v ? new Uint8Array((v as { $bytes: number[] }).$bytes) : v);
      if (p.clear) {
        localStorage.clear();
        await request(indexedDB.deleteDatabase('junction'));
      }
      if (p.dropStore) {
        await request(indexedDB.deleteDatabase('junction'));
        (await openDb(1, false)).close();
      } else {
        const db = await openDb();
        const store = () => db.transaction('progress', 'readwrite').objectStore('progress');
        for (const [key, value] of Object.entries(p.records ?? {})) await request(store().put(revive(value), key));
        if (p.garbleSecondPageOf) {
          const record = (await request(store().get(p.garbleSecondPageOf))) as { db: Uint8Array };
          const bytes = record.db.slice();
          const pageSize = (bytes[16]! << 8) | bytes[17]!;
          bytes.fill(0xa5, pageSize, 2 * pageSize);
          await request(store().put({ ...record, db: bytes }, p.garbleSecondPageOf));
        }
        db.close();
      }
      for (const [key, value] of Object.entries(p.local ?? {})) {
        if (value === null) localStorage.removeItem(key);
        else localStorage.setItem(key, value);
      }
    },
    plan,
  );
}

/** The index that says the lesson has saved progress (or the record would not be read at all). */
const INDEX = { 'junction-progress-index': JSON.stringify({ [LESSON]: 0 }) };

async function startApp(): Promise<Page> {
  return journey.open(ROUTE);
}

async function noticeText(page: Page): Promise<string> {
  const notice = page.locator(NOTICE).first();
  await notice.waitFor();
  return (await notice.locator('span').textContent()) ?? '';
}

/** The set-aside records, read straight from IndexedDB. */
async function quarantine(page: Page): Promise<{ from: string; reason: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const r = indexedDB.open('junction');
        r.onsuccess = () => {
          const get = r.result.transaction('progress').objectStore('progress').get('quarantine');
          get.onsuccess = () =>
            resolve((get.result ?? []).map((q: { from: string; reason: string }) => ({ from: q.from, reason: q.reason })));
          get.onerror = () => reject(get.error);
        };
        r.onerror = () => reject(r.error);
      }),
  );
}

/** New work after the damage: typed, reloaded at once, and back. */
async function newWorkSaves(page: Page, text: string) {
  await typeInEditor(page, PLAYGROUND, text);
  await page.waitForTimeout(600);
  await reloadApp(page);
  expect(await editorText(page, PLAYGROUND)).toBe(text);
}

async function countStudents(page: Page): Promise<string> {
  await typeInEditor(page, PLAYGROUND, 'SELECT count(*) FROM students;');
  await runAndWait(page, PLAYGROUND);
  return (await page.locator(`${PLAYGROUND} tbody td`).first().textContent()) ?? '';
}

describe('a damaged lesson record', () => {
  it.each<[string, Stored]>([
    ['a string', 'SELECT 1;'],
    ['a number', 42],
    ['null', null],
    ['an array', [{ solved: [] }]],
    ['an object of another shape', { lessons: {} }],
  ])('that is %s: the lesson opens afresh, the record is set aside, and new work saves', async (_what, raw) => {
    await writeStorage({ clear: true, records: { [LESSON]: raw }, local: INDEX });
    const page = await startApp();
    expect(await noticeText(page)).toBe('Your saved work on this lesson was damaged and has been set aside; the lesson starts afresh.');
    expect(await quarantine(page)).toEqual([{ from: LESSON, reason: expect.any(String) }]);
    expect(await countStudents(page)).toBe('3');
    await newWorkSaves(page, `SELECT 'after ${_what}';`);
    expect(await page.locator(NOTICE).count()).toBe(0);
  });

  it('that is partly damaged: keeps the text that fits, says so, and offers to start afresh', async () => {
    const record = {
      solved: [7],
      editors: { playground: 'SELECT name FROM students;', 'sql-0': { bad: true } },
      failedChecks: { x: 'no' },
    };
    await writeStorage({ clear: true, records: { [LESSON]: record }, local: INDEX });
    const page = await startApp();
    expect(await noticeText(page)).toBe('Part of your saved work on this lesson was damaged: it has been set aside and the rest restored.');
    expect(await editorText(page, PLAYGROUND)).toBe('SELECT name FROM students;');
    await page.locator(`${NOTICE} button[data-action="reset-lesson"]`).click();
    await page.waitForSelector('.app:not([aria-busy])');
    await page.locator(`.lesson[data-lesson="${LESSON}"]`).waitFor();
    expect(await page.locator(NOTICE).count()).toBe(0);
    // Started afresh: the lesson's own playground text, not the one that was kept.
    expect(await editorText(page, PLAYGROUND)).not.toBe('SELECT name FROM students;');
  });

  it('with absurd diagram positions: draws every table at a sensible place', async () => {
    const positions = { students: { x: null, y: 0 }, courses: { x: 1e308, y: 0 }, students_course: { x: -1e300, y: -1e300 } };
    await writeStorage({ clear: true, records: { [LESSON]: { solved: [], editors: {}, failedChecks: {}, positions } }, local: INDEX });
    const page = await startApp();
    expect(await noticeText(page)).toContain('Part of your saved work');
    const boxes = page.locator('.diagram-panel svg.erd g[data-table]');
    await boxes.first().waitFor();
    for (const transform of await boxes.evaluateAll((els) => els.map((el) => el.getAttribute('transform') ?? ''))) {
      const [x, y] = (/translate\(([^,\s]+)[,\s]+([^)]+)\)/.exec(transform) ?? []).slice(1).map(Number);
      expect(Math.abs(x ?? Number.NaN)).toBeLessThan(1e5);
      expect(Math.abs(y ?? Number.NaN)).toBeLessThan(1e5);
    }
  });
});

describe('a damaged saved database', () => {
  it('that is empty: is set aside, the setup runs, the texts stay', async () => {
    const record = { solved: [], editors: { playground: 'SELECT 1;' }, failedChecks: {}, db: { $bytes: [] } };
    await writeStorage({ clear: true, records: { [LESSON]: record }, local: INDEX });
    const page = await startApp();
    expect(await noticeText(page)).toBe(
      "Your saved database for this lesson was damaged: it has been set aside and the lesson's tables made afresh.",
    );
    expect(await editorText(page, PLAYGROUND)).toBe('SELECT 1;');
    expect(await countStudents(page)).toBe('3');
  });

  it('whose second page is garbage: is set aside with SQLite’s verdict, and new runs save', async () => {
    await writeStorage({ clear: true });
    let page = await startApp();
    await typeInEditor(page, PLAYGROUND, "INSERT INTO students (id, name) VALUES (5, 'Eve');");
    await runAndWait(page, PLAYGROUND);
    await page.waitForTimeout(600);
    await writeStorage({ garbleSecondPageOf: LESSON });
    page = await startApp();
    expect(await noticeText(page)).toMatch(/^Your saved database for this lesson was damaged \(.+\): it has been set aside/);
    expect((await quarantine(page)).map((q) => q.from)).toEqual([LESSON]);
    expect(await countStudents(page)).toBe('3');
    await typeInEditor(page, PLAYGROUND, "INSERT INTO students (id, name) VALUES (6, 'Fay');");
    await runAndWait(page, PLAYGROUND);
    await reloadApp(page);
    expect(await page.locator(NOTICE).count()).toBe(0);
    expect(await countStudents(page)).toBe('4');
  });
});

describe('damaged records in localStorage', () => {
  it('a progress index that is not JSON: is set aside and rebuilt, the solved work is still found', async () => {
    await writeStorage({
      clear: true,
      records: { [LESSON]: { solved: [], editors: { playground: 'SELECT 2;' }, failedChecks: {} } },
      local: { 'junction-progress-index': '{"many-to-many": ' },
    });
    const page = await startApp();
    expect(await noticeText(page)).toBe(
      'The list of your solved exercises was damaged: it has been set aside and rebuilt from your saved lessons.',
    );
    expect(await editorText(page, PLAYGROUND)).toBe('SELECT 2;');
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('junction-progress-index') ?? 'null'))).toEqual({ [LESSON]: 0 });
  });

  it('a journal of unsaved edits that is not JSON: is set aside, the saved text stays', async () => {
    await writeStorage({
      clear: true,
      records: { [LESSON]: { solved: [], editors: { playground: 'SELECT 3;' }, failedChecks: {} } },
      local: { ...INDEX, 'junction-journal': '{"many-to-many": {"editors": ' },
    });
    const page = await startApp();
    expect(await noticeText(page)).toBe('Your latest unsaved edits were damaged and have been set aside.');
    expect(await editorText(page, PLAYGROUND)).toBe('SELECT 3;');
    expect((await quarantine(page)).map((q) => q.from)).toEqual(['localStorage:junction-journal']);
  });

  it('a last route that is not a route: the course opens at its first lesson', async () => {
    await writeStorage({ clear: true, local: { 'junction-last-route': '{"hash":"javascript:alert(1)"}' } });
    const page = await journey.open('');
    expect(await noticeText(page)).toBe('The lesson you had open last could not be read back, so the course opens at its first lesson.');
    expect(await page.locator('.lesson[data-lesson]').getAttribute('data-lesson')).toBe('why-a-junction');
  });
});

describe('storage that cannot be written', () => {
  it('a missing object store: is recreated, the learner is told, and new work saves', async () => {
    await writeStorage({ clear: true, dropStore: true, local: INDEX });
    const page = await startApp();
    expect(await noticeText(page)).toBe(
      "Junction's storage in this browser was incomplete and has been repaired; some work saved before may be missing.",
    );
    await newWorkSaves(page, "SELECT 'after the store was missing';");
  });

  it('a full quota: is said once, the app goes on in memory, and the journal keeps the text over a reload', async () => {
    await writeStorage({ clear: true, local: { 'e2e-quota-full': '1' } });
    // Every IndexedDB write now fails as a full disk does (set before the app's scripts run).
    await journey.context.addInitScript(() => {
      if (!localStorage.getItem('e2e-quota-full')) return;
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const page = await startApp();
    await typeInEditor(page, PLAYGROUND, "INSERT INTO students (id, name) VALUES (7, 'Gus');");
    await runAndWait(page, PLAYGROUND);
    await page.locator(NOTICE).waitFor();
    await typeInEditor(page, PLAYGROUND, 'SELECT count(*) FROM students;');
    await runAndWait(page, PLAYGROUND);
    await page.waitForTimeout(600);
    const notices = await page.locator(NOTICE).allTextContents();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('Your work can no longer be saved in this browser (its storage is full)');
    // The app still runs in memory.
    expect(await page.locator(`${PLAYGROUND} tbody td`).first().textContent()).toBe('4');
    await reloadApp(page);
    expect(await editorText(page, PLAYGROUND)).toBe('SELECT count(*) FROM students;');
    await page.evaluate(() => localStorage.removeItem('e2e-quota-full'));
  });
});
