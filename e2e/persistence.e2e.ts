/**
 * Nothing typed is lost: a reload at any moment after typing, running or dragging brings back the
 * text, the database and the diagram as of the last keystroke or run; the bare address reopens the
 * last lesson; a lesson link that fails leaves the open lesson as it was.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorText, playgroundColumn, reloadApp, runInPlayground, typeInEditor, useBrowser } from './browser.js';

const journey = useBrowser();
const PLAYGROUND = '.playground';
const EXERCISE = '[data-exercise="create-enrollments"]';
const DIAGRAM = '.diagram-panel';
const DELAYS = [0, 200, 1000];

async function reloadAfter(page: Page, ms: number) {
  if (ms > 0) await page.waitForTimeout(ms);
  await reloadApp(page);
}

describe('a reload right after typing', () => {
  it.each(DELAYS)('brings back the playground text %i ms after typing, on a first visit too', async (ms) => {
    const page = await journey.open('#/en/many-to-many');
    const text = `SELECT 'typed ${ms} ms before the reload';`;
    await typeInEditor(page, PLAYGROUND, text);
    await reloadAfter(page, ms);
    expect(await editorText(page, PLAYGROUND)).toBe(text);
  });

  it.each(DELAYS)('brings back an exercise text %i ms after typing', async (ms) => {
    const page = journey.page;
    const text = `-- exercise draft, ${ms} ms\nCREATE TABLE enrollments (student_id INTEGER);`;
    await typeInEditor(page, EXERCISE, text);
    await reloadAfter(page, ms);
    expect(await editorText(page, EXERCISE)).toBe(text);
  });
});

describe('a reload right after a run', () => {
  it.each(DELAYS)('keeps the row an INSERT added %i ms before', async (ms) => {
    const page = await journey.open('#/en/querying-through-the-junction');
    await runInPlayground(page, `CREATE TABLE IF NOT EXISTS kept (v TEXT);\nINSERT INTO kept VALUES ('row ${ms}');`);
    await reloadAfter(page, ms);
    expect(await playgroundColumn(page, 'SELECT v FROM kept ORDER BY rowid;')).toContain(`row ${ms}`);
  });
});

describe('a reload as the rows of a run show', () => {
  it('keeps what the run did, though the page went before its database was saved', async () => {
    const page = await journey.open('#/en/querying-through-the-junction');
    await typeInEditor(
      page,
      PLAYGROUND,
      "CREATE TABLE IF NOT EXISTS early (v TEXT);\nINSERT INTO early VALUES ('before its save');\nSELECT v FROM early;",
    );
    // The rows show as SQLite answers; the schema is read and the database exported after that.
    await Promise.all([
      page.waitForEvent('load'),
      page.evaluate(() => {
        const results = document.querySelector('.playground .results')!;
        new MutationObserver(() => {
          if (results.querySelector('table.rows')) location.reload();
        }).observe(results, { childList: true, subtree: true });
        document.querySelector<HTMLButtonElement>('.playground [data-action="run"]')!.click();
      }),
    ]);
    await page.waitForSelector('.app:not([aria-busy])');
    expect(await playgroundColumn(page, 'SELECT v FROM early;')).toEqual(['before its save']);
  });
});

describe('a reload right after dragging a table', () => {
  it.each(DELAYS)('puts the table back where it was dropped %i ms before', async (ms) => {
    const page = await journey.open('#/en/many-to-many');
    const students = page.locator(`${DIAGRAM} svg.erd g[data-table="students"]`);
    await students.waitFor();
    const before = await students.getAttribute('transform');
    const box = (await students.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 60 + ms / 20, box.y + 40, { steps: 5 });
    await page.mouse.move(box.x + 110 + ms / 20, box.y + 70, { steps: 5 });
    await page.mouse.up();
    const moved = await students.getAttribute('transform');
    expect(moved).not.toBe(before);
    await reloadAfter(page, ms);
    await students.waitFor();
    expect(await students.getAttribute('transform')).toBe(moved);
  });
});

describe('the bare address', () => {
  it('reopens the course lesson the learner was on', async () => {
    const page = await journey.open('#/en/querying-through-the-junction');
    await page.goto(journey.baseUrl);
    await page.locator('.lesson[data-lesson="querying-through-the-junction"]').waitFor();
    expect(new URL(page.url()).hash).toBe('#/en/querying-through-the-junction');
  });

  it('reopens a lesson opened by URL, fetching it again', async () => {
    const url = `${journey.baseUrl}outside/tags.md`;
    await journey.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/markdown', body: OUTSIDE_LESSON }));
    const page = await journey.open(`#/open?src=${encodeURIComponent(url)}`);
    await page.locator('.lesson h1', { hasText: 'Tags from outside' }).waitFor();
    await typeInEditor(page, PLAYGROUND, 'SELECT label FROM tags;');
    await page.goto(journey.baseUrl);
    await page.locator('.lesson h1', { hasText: 'Tags from outside' }).waitFor();
    expect(await editorText(page, PLAYGROUND)).toBe('SELECT label FROM tags;');
  });

  it('reopens a lesson opened from a file, from the copy kept in the browser', async () => {
    const page = await journey.open('#/en/many-to-many');
    await page.locator('input[type=file][data-control="open-file"]').setInputFiles({
      name: 'my-tags.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(OUTSIDE_LESSON.replaceAll('Tags from outside', 'Tags from a file')),
    });
    await page.locator('.lesson h1', { hasText: 'Tags from a file' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/file/my-tags.md');
    await reloadApp(page);
    await page.locator('.lesson h1', { hasText: 'Tags from a file' }).waitFor();
    await page.goto(journey.baseUrl);
    await page.locator('.lesson h1', { hasText: 'Tags from a file' }).waitFor();
  });
});

describe('a lesson link that fails', () => {
  it.each<[string, (route: import('playwright-core').Route) => Promise<void>, RegExp]>([
    ['a 404', (route) => route.fulfill({ status: 404, body: 'nope' }), /404/],
    [
      'an HTML page',
      (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>hi' }),
      /not a markdown file/,
    ],
    ['a binary', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: Buffer.from([0, 1, 2, 0, 255]) }), /binary/],
    ['a refused connection', (route) => route.abort('connectionrefused'), /Could not reach/],
  ])('on %s leaves the open lesson, its editors and its database as they were', async (what, answer, reason) => {
    const page = await journey.open('#/en/querying-through-the-junction');
    const marker = `before ${what}`;
    await runInPlayground(page, `CREATE TABLE IF NOT EXISTS kept (v TEXT);\nINSERT INTO kept VALUES ('${marker}');`);
    const exerciseText = await editorText(page, '.lesson .exercise');
    const url = `${journey.baseUrl}outside/${encodeURIComponent(what)}.md`;
    await journey.context.route(url, answer);
    await page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      `#/open?src=${encodeURIComponent(url)}`,
    );
    const notice = page.locator('.notices [role=alert]');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(reason);
    expect(await notice.textContent()).toContain('Your current lesson is as it was.');
    // Nothing was left: the same lesson, the same texts, the same rows, and its route back in the address.
    expect(new URL(page.url()).hash).toBe('#/en/querying-through-the-junction');
    expect(await page.locator('.lesson[data-lesson="querying-through-the-junction"]').count()).toBe(1);
    expect(await editorText(page, '.lesson .exercise')).toBe(exerciseText);
    expect(await editorText(page, PLAYGROUND)).toContain(marker);
    // The notice goes when dismissed; the rows are still there.
    await notice.locator('button[data-action="dismiss"]').click();
    expect(await page.locator('.notices [role=alert]').count()).toBe(0);
    expect(await playgroundColumn(page, 'SELECT v FROM kept ORDER BY rowid;')).toContain(marker);
  });

  it('without a lesson open, shows the failure in its place', async () => {
    const url = `${journey.baseUrl}outside/first-visit-404.md`;
    await journey.context.route(url, (route) => route.fulfill({ status: 404, body: 'nope' }));
    const page = await journey.open(`#/open?src=${encodeURIComponent(url)}`);
    await page.goto('about:blank');
    await page.goto(`${journey.baseUrl}#/open?src=${encodeURIComponent(url)}`);
    await page.locator('.lesson [role=alert]', { hasText: '404' }).waitFor();
    // The browser logs each failed request it was answered with; nothing else went wrong.
    expect(journey.errors.filter((e) => !e.startsWith('console: Failed to load resource'))).toEqual([]);
  });
});

const OUTSIDE_LESSON = `---
id: outside-tags
title: Tags from outside
setup: |
  CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
  INSERT INTO tags (label) VALUES ('sql'), ('joins');
---
# Tags from outside

A lesson that lives elsewhere.
`;
