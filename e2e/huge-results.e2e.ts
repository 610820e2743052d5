/**
 * Huge results in the playground: 1,000 × 1,000 cells, 1,000 rows of 100 KB text, a 50 MB cell and
 * 10 million rows. The page measures itself (long tasks, requestAnimationFrame gaps) while the
 * result renders and while the table scrolls; the figures are logged, not asserted (timings belong
 * in bench/results-render.mjs). Asserted: the DOM holds only a window of the rows and columns, no
 * cell holds a value whole, and a message says what was cut.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LEARNER_LIMITS } from '../src/core/engine.js';
import { runAndWait, typeInEditor, useBrowser } from './browser.js';

const journey = useBrowser();
const PLAYGROUND = '.playground';
const series = (n: number) => `WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${n})`;

interface Figures {
  renderMs: number;
  longestTaskMs: number;
  longTasks: number;
  longestFrameGapMs: number;
  bodyRows: number;
  headCells: number;
  cells: number;
  longestCell: number;
  resultsText: number;
  notes: string[];
  stopped: string | null;
  meta: string[];
}

/** Runs the playground's text and scrolls the first table to its end, measuring in the page. */
function runAndMeasure(page: Page): Promise<Figures> {
  return page.evaluate(async (scope) => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    let last = performance.now();
    let longestFrameGapMs = 0;
    let measuring = true;
    const tick = (t: number) => {
      longestFrameGapMs = Math.max(longestFrameGapMs, t - last);
      last = t;
      if (measuring) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    let longestTaskMs = 0;
    let longTasks = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longestTaskMs = Math.max(longestTaskMs, entry.duration);
        longTasks++;
      }
    });
    observer.observe({ type: 'longtask' });

    const results = document.querySelector<HTMLElement>(`${scope} .results`)!;
    const stale = results.firstChild;
    const t0 = performance.now();
    document.querySelector<HTMLButtonElement>(`${scope} [data-action="run"]`)!.click();
    await new Promise<void>((resolve) => {
      const done = () => results.firstChild !== null && results.firstChild !== stale && !results.closest('[aria-busy]');
      const watch = new MutationObserver(() => {
        if (!done()) return;
        watch.disconnect();
        resolve();
      });
      watch.observe(results.parentElement!, { childList: true, subtree: true, attributes: true });
    });
    const renderMs = performance.now() - t0;
    await frame();
    await frame();
    const scroller = results.querySelector<HTMLElement>('.table-scroll');
    if (scroller) {
      const steps = 60;
      for (let i = 1; i <= steps; i++) {
        scroller.scrollTop = ((scroller.scrollHeight - scroller.clientHeight) * i) / steps;
        scroller.scrollLeft = ((scroller.scrollWidth - scroller.clientWidth) * i) / steps;
        await frame();
      }
      await frame();
    }
    measuring = false;
    observer.disconnect();
    const cells = [...results.querySelectorAll('tbody td')];
    return {
      renderMs,
      longestTaskMs,
      longTasks,
      longestFrameGapMs,
      bodyRows: results.querySelectorAll('tbody tr').length,
      headCells: results.querySelectorAll('thead th').length,
      cells: cells.length,
      longestCell: Math.max(0, ...cells.map((td) => td.textContent!.length)),
      resultsText: results.textContent!.length,
      notes: [...results.querySelectorAll('.cut-note')].map((n) => n.textContent!),
      stopped: results.querySelector('.result.error .message')?.textContent ?? null,
      meta: [...results.querySelectorAll('.result .meta')].map((m) => m.textContent!),
    };
  }, PLAYGROUND);
}

async function measureCase(name: string, sql: string): Promise<Figures> {
  const page = journey.page ?? (await journey.open('#/en'));
  await typeInEditor(page, PLAYGROUND, sql);
  const figures = await runAndMeasure(page);
  const { notes, meta, ...numbers } = figures;
  console.log(`[huge-results] ${name}: ${JSON.stringify(numbers)} meta=${JSON.stringify(meta)} notes=${notes.length}`);
  return figures;
}

const WINDOW_ROWS = 60;

describe('huge results in the playground', () => {
  it('draws 1,000 columns × 1,000 rows as a window of rows and columns that moves as it scrolls', async () => {
    await journey.open('#/en');
    // The 1,000 columns are defined once in a view, so the measured run is a short statement
    // (a 25 KB one in the editor costs CodeMirror parsing time of its own).
    const columns = Array.from({ length: 1000 }, (_, k) => `i * 1000 + ${k} AS c${k}`).join(', ');
    await typeInEditor(journey.page, PLAYGROUND, `CREATE VIEW wide AS ${series(1000)} SELECT ${columns} FROM s;`);
    await runAndWait(journey.page, PLAYGROUND);
    const f = await measureCase('1,000 × 1,000 cells', 'SELECT * FROM wide;');
    expect(f.meta).toEqual([expect.stringMatching(/^1,000 rows · /)]);
    expect(f.bodyRows).toBeGreaterThan(0);
    expect(f.bodyRows).toBeLessThan(WINDOW_ROWS);
    expect(f.headCells).toBeLessThan(100);
    expect(f.cells).toBe(f.bodyRows * f.headCells);
    // The engine keeps as many whole rows as its cell budget allows, and the table says so.
    const kept = (LEARNER_LIMITS.maxCells ?? 0) / 1000;
    expect(f.notes, JSON.stringify(f.notes)).toContainEqual(expect.stringMatching(new RegExp(`^Only the first ${kept} rows`)));
    // Scrolled to the end: the last row and column are the ones drawn.
    const last = journey.page.locator(`${PLAYGROUND} tbody tr`).last();
    expect(await last.getAttribute('aria-rowindex')).toBe(String(kept + 1));
    expect(await last.locator('td').last().textContent()).toBe(String(kept * 1000 + 999));
    expect(journey.errors).toEqual([]);
  });

  it('cuts 1,000 rows of 100 KB text to short cells and says how to see a value whole', async () => {
    const f = await measureCase('1,000 rows × 100 KB', `${series(1000)} SELECT i, printf('%.*c', 100000, 'x') AS body FROM s;`);
    expect(f.bodyRows).toBeLessThan(WINDOW_ROWS);
    expect(f.longestCell).toBeLessThanOrEqual(201);
    expect(f.resultsText).toBeLessThan(100_000);
    expect(f.notes).toContain(
      'Values too long for their column are cut: press … in a cell to see it whole (up to 100,000 characters; substr() reads any part).',
    );
    expect(journey.errors).toEqual([]);
  });

  it('shows a 50 MB cell cut by the engine, says so, and shows what it kept on request', async () => {
    const f = await measureCase('one 50 MB cell', "SELECT printf('%.*c', 50000000, 'x') AS big;");
    expect(f.stopped).toBeNull();
    expect(f.longestCell).toBeLessThanOrEqual(201);
    const limit = LEARNER_LIMITS.maxCellChars ?? 0;
    // The worker cut the value before sending it: 50 MB never reach the page.
    expect(f.resultsText).toBeLessThan(limit + 5000);
    const page = journey.page;
    expect(await page.locator(`${PLAYGROUND} .result > .cut-note`).textContent()).toMatch(
      /^1 value was longer than 10,000 characters and is shown shortened to that: read the rest with substr\(column, 10,001, 10,000\)\.$/,
    );
    await page.locator(`${PLAYGROUND} button.cell-more`).first().click();
    const viewer = page.locator(`${PLAYGROUND} .cell-viewer`);
    expect(await viewer.locator('header span').textContent()).toBe(`Row 1, column big · ${limit.toLocaleString('en')} characters`);
    expect(await viewer.locator('pre').evaluate((pre) => pre.textContent!.length)).toBe(limit);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cell-viewer'))).toBe(true);
    expect(journey.errors).toEqual([]);
  });

  it('asked for 10 million rows, keeps the page light and says why not all are shown', async () => {
    const f = await measureCase('10 million rows', `${series(10_000_000)} SELECT i, 'row ' || i AS label FROM s;`);
    expect(f.bodyRows).toBeLessThan(WINDOW_ROWS);
    // The engine keeps the first rows and stops counting past 100 × its row cap: no watchdog stop.
    expect(f.stopped).toBeNull();
    expect(f.meta).toEqual([expect.stringMatching(/^100,000\+ rows \(counting stopped there\) · /)]);
    expect(f.notes).toContainEqual(expect.stringMatching(/^Only the first 1,000 rows are shown; there are more\./));
    expect(journey.errors).toEqual([]);
  });
});
