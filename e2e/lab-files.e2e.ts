/**
 * The learner's files: the lab database exported as .sqlite and .sql and imported back into a
 * fresh lesson; a corrupt file refused with the database untouched; a copied link that reopens
 * the playground's SQL without running it; and the app opening offline after one visit.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorText, playgroundColumn, runInPlayground, typeInEditor, useBrowser } from './browser.js';

const journey = useBrowser();
const PLAYGROUND = '.playground';
const STATUS = `${PLAYGROUND} .files-status`;
let downloads = '';

beforeAll(async () => {
  downloads = await mkdtemp(join(tmpdir(), 'junction-files-'));
});
afterAll(async () => {
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

/** The learner's own tables: a many-to-many with a blob, Unicode, quotes and an AUTOINCREMENT counter. */
const LAB = `CREATE TABLE lab_person (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, photo BLOB);
CREATE TABLE lab_club (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE lab_member (person_id INTEGER NOT NULL REFERENCES lab_person(id), club_id INTEGER NOT NULL REFERENCES lab_club(id),
  PRIMARY KEY (person_id, club_id));
INSERT INTO lab_person (name, photo) VALUES ('Ada', X'00FF7F'), ('Пётр "Петя" O''Neil', NULL);
INSERT INTO lab_club VALUES (1, 'Chess; -- not a comment');
INSERT INTO lab_member VALUES (1, 1), (2, 1);`;

/** What must survive a round trip, one short value a row: every table, every row with its types, the counter, foreign keys. */
const SNAPSHOT = `SELECT v FROM (
  SELECT 1 AS k, name AS v FROM sqlite_schema WHERE type = 'table'
  UNION ALL SELECT 2, quote(id) || ':' || quote(name) || ':' || quote(photo) FROM lab_person
  UNION ALL SELECT 3, quote(title) FROM lab_club
  UNION ALL SELECT 4, person_id || '-' || club_id FROM lab_member
  UNION ALL SELECT 5, name || ' ' || seq FROM sqlite_sequence
  UNION ALL SELECT 6, 'foreign_keys ' || foreign_keys FROM pragma_foreign_keys
) ORDER BY k, v;`;

const snapshot = (page: Page) => playgroundColumn(page, SNAPSHOT);
const tables = (page: Page) => playgroundColumn(page, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name;");

async function exportAs(page: Page, kind: 'sqlite' | 'sql'): Promise<string> {
  await page.locator(`${PLAYGROUND} .files-export > summary`).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`${PLAYGROUND} [data-export="${kind}"]`).click()]);
  const path = join(downloads, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

async function importFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const before = await page.locator(STATUS).textContent();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator(`${PLAYGROUND} [data-action="import"]`).click()]);
  await chooser.setFiles(file);
  await page.waitForFunction(
    ([selector, old]) => {
      const text = document.querySelector(selector as string)?.textContent ?? '';
      return text !== '' && text !== old;
    },
    [STATUS, before],
  );
  return page.locator(STATUS);
}

describe('the learner’s files', () => {
  let original: string[] = [];
  let sqliteFile = '';
  let sqlFile = '';

  it('exports the lab database as .sqlite and as .sql', async () => {
    const page = await journey.open('#/en/many-to-many');
    await runInPlayground(page, LAB);
    original = await snapshot(page);
    expect(original).toEqual(expect.arrayContaining(['lab_member', "2:'Пётр \"Петя\" O''Neil':NULL", 'lab_person 2', 'foreign_keys 1']));

    sqliteFile = await exportAs(page, 'sqlite');
    expect(sqliteFile).toMatch(/many-to-many\.sqlite$/);
    const bytes = await readFile(sqliteFile);
    expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(await page.locator(STATUS).textContent()).toBe('Saved many-to-many.sqlite.');

    sqlFile = await exportAs(page, 'sql');
    const script = await readFile(sqlFile, 'utf8');
    expect(script).toMatch(/^PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n/);
    expect(script).toContain("VALUES(1,'Ada',X'00FF7F');");
    expect(script).toContain("'Пётр \"Петя\" O''Neil'");
    expect(script.trimEnd().endsWith('COMMIT;\nPRAGMA foreign_keys=ON;')).toBe(true);
  });

  it.each([
    ['.sqlite', 'querying-through-the-junction', () => sqliteFile],
    ['.sql', 'who-is-missing', () => sqlFile],
  ])('imports the %s file into a fresh lesson: same tables and rows, foreign keys on', async (_, lesson, path) => {
    const page = await journey.open(`#/en/${lesson}`);
    expect(await tables(page)).not.toContain('lab_member');
    const status = await importFile(page, path());
    expect(await status.textContent()).toMatch(/^Imported many-to-many\.sql(ite)?: the lab database now has \d+ tables\.$/);
    expect(await status.getAttribute('class')).not.toContain('error');
    expect(await snapshot(page)).toEqual(original);
    // The diagram draws the imported tables.
    await page.locator('.diagram-panel [data-table="lab_member"]').first().waitFor();
  });

  it.each([
    ['text named .sqlite', 'notes.sqlite', Buffer.from('id,name\n1,Ada\n'), /not an SQLite database/],
    ['a header and garbage', 'cut.db', Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(5000, 0xa5)]), /damaged/],
    ['a script that fails', 'broken.sql', Buffer.from('CREATE TABLE fresh (x);\nINSERT INTO nowhere VALUES (1);'), /stopped at line 2/],
  ])('refuses %s with a clear error and leaves the database untouched', async (_, name, buffer, reason) => {
    const page = await journey.open('#/en/who-is-missing');
    const before = await snapshot(page);
    const status = await importFile(page, { name, mimeType: 'application/octet-stream', buffer });
    const text = await status.textContent();
    expect(text).toMatch(reason);
    expect(text).toMatch(new RegExp(`^${name.replace('.', '\\.')} was not imported: .*Your database is unchanged\\.$`));
    expect(await status.getAttribute('class')).toContain('error');
    expect(await snapshot(page)).toEqual(before);
  });

  it('copies a link that reopens the SQL in the playground without running it', async () => {
    const page = await journey.open('#/en/many-to-many');
    await journey.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(journey.baseUrl).origin });
    const shared = "CREATE TABLE from_link (x);\nINSERT INTO from_link VALUES ('ran');";
    await typeInEditor(page, PLAYGROUND, shared);
    await page.locator(`${PLAYGROUND} [data-action="copy-link"]`).click();
    await page.locator(STATUS).filter({ hasText: 'Link copied' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#\/en\/many-to-many\?sql=[A-Za-z0-9_-]+$/);

    // The learner's own text changes meanwhile; then the link is opened as a fresh page.
    await typeInEditor(page, PLAYGROUND, 'SELECT 1;');
    await page.goto('about:blank');
    await page.goto(link);
    await page.waitForSelector('.app:not([aria-busy]) .lesson[data-lesson="many-to-many"]');
    await page.locator(STATUS).filter({ hasText: 'Nothing has run yet' }).waitFor();
    expect(await editorText(page, PLAYGROUND)).toBe(shared);
    expect(await page.locator(`${PLAYGROUND} .results .result`).count()).toBe(0);
    // The route no longer carries the SQL: a reload keeps the learner's text, not the link's.
    expect(new URL(page.url()).hash).toBe('#/en/many-to-many');
    await page.waitForTimeout(500);
    await runInPlayground(page, "SELECT count(*) FROM sqlite_schema WHERE name = 'from_link';");
    expect(await page.locator(`${PLAYGROUND} tbody td`).first().textContent()).toBe('0');
  });

  it('says so when a link’s SQL cannot be read, and keeps the playground’s text', async () => {
    const page = await journey.open('#/en/many-to-many');
    await typeInEditor(page, PLAYGROUND, 'SELECT 42;');
    await page.waitForTimeout(800);
    await page.goto('about:blank');
    await page.goto(`${journey.baseUrl}#/en/many-to-many?sql=%3Cscript%3Ealert(1)%3C/script%3E`);
    await page.locator(STATUS).filter({ hasText: 'could not be read' }).waitFor();
    expect(await editorText(page, PLAYGROUND)).toBe('SELECT 42;');
    expect(journey.errors).toEqual([]);
  });

  it('opens offline after one visit, with the course and a working database', async () => {
    const page = await journey.open('#/en/many-to-many');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    await journey.context.setOffline(true);
    try {
      await page.reload();
      await page.waitForSelector('.app:not([aria-busy]) .lesson[data-lesson="many-to-many"]');
      // The service worker answered, and the network really is gone.
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
      expect(
        await page.evaluate(() =>
          fetch('./__not-cached').then(
            () => 'answered',
            () => 'failed',
          ),
        ),
      ).toBe('failed');
      expect(await page.locator('.sidebar a').count()).toBeGreaterThan(5);
      await page.goto(`${journey.baseUrl}#/en/counting-with-zeros`);
      await page.waitForSelector('.app:not([aria-busy]) .lesson[data-lesson="counting-with-zeros"]');
      await runInPlayground(page, "SELECT 'offline' AS answer;");
      expect(await page.locator(`${PLAYGROUND} tbody td`).first().textContent()).toBe('offline');
    } finally {
      await journey.context.setOffline(false);
    }
  });
});
