import { describe, expect, it } from 'vitest';
import { runAndWait, typeInEditor, useBrowser } from './browser.js';

const journey = useBrowser();
const PLAYGROUND = '.playground';

describe('the playground', () => {
  it('runs a typed query with Ctrl+Enter and shows its rows', async () => {
    const page = await journey.open('#/en');
    await typeInEditor(page, PLAYGROUND, "SELECT 1 AS one, 'Ada' AS name, NULL AS no_value, 'NULL' AS text_null;");
    await runAndWait(page, PLAYGROUND);
    const table = page.locator(`${PLAYGROUND} table.rows`);
    expect(await table.locator('th').allTextContents()).toEqual(['one', 'name', 'no_value', 'text_null']);
    const cells = table.locator('tbody td');
    expect(await cells.allTextContents()).toEqual(['1', 'Ada', 'NULL', 'NULL']);
    expect(await cells.nth(0).getAttribute('class')).toBe('num');
    expect(await cells.nth(2).getAttribute('class')).toBe('null');
    expect(await cells.nth(3).getAttribute('class')).toBeNull();
    expect(await page.locator(`${PLAYGROUND} .result .meta`).textContent()).toMatch(/^1 row · /);
  });

  it('marks the second of three statements when it has a syntax error', async () => {
    const page = journey.page;
    const script = 'CREATE TABLE probe (x INTEGER);\nINSRT INTO probe VALUES (1);\nSELECT * FROM probe;';
    await typeInEditor(page, PLAYGROUND, script);
    await runAndWait(page, PLAYGROUND, 'Shift+Control+Enter');
    const error = page.locator(`${PLAYGROUND} .result.error`);
    expect(await error.locator('header').textContent()).toBe('Error in the statement on line 2');
    expect(await error.locator('.message').textContent()).toMatch(/syntax error/);
    // The editor marks exactly the failing statement.
    const marked = page.locator(`${PLAYGROUND} .cm-lintRange-error`);
    await marked.first().waitFor();
    expect((await marked.allTextContents()).join('')).toBe('INSRT INTO probe VALUES (1);');
    // The statement before it ran.
    expect(await page.locator(`${PLAYGROUND} .result .meta`).first().textContent()).toMatch(/^table probe created/);
  });

  it('stops a runaway query, stays responsive meanwhile, and keeps the tables created before it', async () => {
    const page = journey.page;
    await typeInEditor(
      page,
      PLAYGROUND,
      "CREATE TABLE kept (id INTEGER PRIMARY KEY, name TEXT);\nINSERT INTO kept VALUES (1, 'Ada'), (2, 'Linus');",
    );
    await runAndWait(page, PLAYGROUND, 'Shift+Control+Enter');
    expect(await page.locator(`${PLAYGROUND} .result .meta`).last().textContent()).toMatch(/^2 rows inserted/);

    await typeInEditor(page, PLAYGROUND, 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c');
    const started = Date.now();
    await page.keyboard.press('Control+Enter');
    // While the worker spins, the page answers: switch tabs and read the result back.
    await page.locator('[role=tab][data-tab="sqlalchemy"]').click();
    expect(await page.locator('[role=tab][data-tab="sqlalchemy"]').getAttribute('aria-selected')).toBe('true');
    await page.locator('[role=tab][data-tab="diagram"]').click();
    expect(Date.now() - started).toBeLessThan(2500);

    const stopped = page.locator(`${PLAYGROUND} .result.error[data-kind="timeout"]`);
    await stopped.waitFor({ timeout: 15000 });
    expect(await stopped.locator('.message').textContent()).toBe('Stopped after 3 s — your database is as it was before this run.');

    await typeInEditor(page, PLAYGROUND, 'SELECT name FROM kept ORDER BY id;');
    await runAndWait(page, PLAYGROUND);
    expect(await page.locator(`${PLAYGROUND} tbody td`).allTextContents()).toEqual(['Ada', 'Linus']);
    expect(journey.errors).toEqual([]);
  });
});
