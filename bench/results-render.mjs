/**
 * Huge results, rendered: for each case, the longest requestAnimationFrame gap and long task while
 * the result renders and its table scrolls to the end, and how much the renderer grew (resident
 * memory of Chromium's renderer processes, which hold the page and its SQLite worker; peak and after).
 * Targets (issue 14): no frame gap over 100 ms, renderer growth under 200 MB.
 * Two parts: the app's playground running the SQL (engine, transfer and view together), and the
 * rows table alone (src/ui/rows-table.ts bundled into a bare page) given rows the engine does not
 * keep today. `node bench/results-render.mjs` after `vite build`; `npm run bench` runs it too.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { ROOT } from './bundle.mjs';
import { serveStatic } from './static-server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'];
const GAP_TARGET_MS = 100;
const MEMORY_TARGET_MB = 200;

const series = (n) => `WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${n})`;
const wideColumns = Array.from({ length: 1000 }, (_, k) => `i * 1000 + ${k} AS c${k}`).join(', ');

/** The app's cases: `setup` runs first, unmeasured (a long statement in the editor costs CodeMirror parsing time). */
const APP_CASES = [
  {
    name: '1,000 columns × 1,000 rows',
    setup: `CREATE VIEW wide AS ${series(1000)} SELECT ${wideColumns} FROM s;`,
    sql: 'SELECT * FROM wide;',
  },
  { name: '1,000 rows × 100 KB text', sql: `${series(1000)} SELECT i, printf('%.*c', 100000, 'x') AS body FROM s;` },
  { name: 'one 50 MB cell', sql: "SELECT printf('%.*c', 50000000, 'x') AS big;" },
  { name: '10 million rows', sql: `${series(10_000_000)} SELECT i, 'row ' || i AS label FROM s;` },
];

/** The view's cases: rows made in the page, then handed to a RowsTable. */
const VIEW_CASES = [
  { name: '100,000 rows × 5 columns', rows: 100_000, columns: 5, cell: 12 },
  { name: '1,000 rows × 1,000 columns', rows: 1_000, columns: 1_000, cell: 6 },
  { name: '1,000,000 rows × 2 columns (past the view cap)', rows: 1_000_000, columns: 2, cell: 0 },
  { name: '1,000 rows × 100 KB text', rows: 1_000, columns: 2, cell: 100_000 },
];

/** In the page: frame gaps and long tasks until `stop()`. */
function startProbe() {
  const probe = { gap: 0, task: 0, tasks: 0, running: true };
  let last = performance.now();
  const tick = (t) => {
    probe.gap = Math.max(probe.gap, t - last);
    last = t;
    if (probe.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.task = Math.max(probe.task, entry.duration);
      probe.tasks++;
    }
  });
  observer.observe({ type: 'longtask' });
  probe.stop = () => {
    probe.running = false;
    observer.disconnect();
  };
  window.__probe = probe;
}

/** In the page: scrolls `scroller` to its bottom-right corner over `steps` frames. */
async function scrollThrough({ scroller, steps }) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  await frame();
  await frame();
  if (scroller) {
    for (let i = 1; i <= steps; i++) {
      scroller.scrollTop = ((scroller.scrollHeight - scroller.clientHeight) * i) / steps;
      scroller.scrollLeft = ((scroller.scrollWidth - scroller.clientWidth) * i) / steps;
      await frame();
    }
  }
  await frame();
}

/** In the page: stops the probe and reads its figures and what the results pane says. */
function collect(selector) {
  window.__probe.stop();
  const results = document.querySelector(selector);
  const notes = [...results.querySelectorAll('.cut-note, .result.error .message')].map((n) => n.textContent);
  return {
    gap: window.__probe.gap,
    task: window.__probe.task,
    rows: results.querySelectorAll('tbody tr').length,
    cells: results.querySelectorAll('tbody td').length,
    told: notes.length ? `told: “${notes[0].slice(0, 60)}…”` : 'nothing cut',
  };
}

/** Resident memory of the browser's renderer processes, in MB (Linux /proc). */
async function rendererMb(cdp) {
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  let kb = 0;
  for (const p of processInfo.filter((info) => info.type === 'renderer')) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return kb / 1024;
}

/** The page's JavaScript heap in use, in MB (the main thread's; the worker has its own). */
async function heapMb(page) {
  const { metrics } = await page.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
}

/** Runs `measure` while sampling renderer memory; returns its figures with memory growth. */
async function withMemory(cdp, page, measure) {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const heapBefore = await heapMb(session);
  const before = await rendererMb(cdp);
  let peak = before;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await rendererMb(cdp));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  let figures;
  try {
    figures = await measure();
  } finally {
    // Stopped before a failure goes up: else its next sample outlives the browser and hides it.
    sampling = false;
    await sampler;
  }
  const after = await rendererMb(cdp);
  const heap = (await heapMb(session)) - heapBefore;
  return { ...figures, peakMb: Math.max(peak, after) - before, afterMb: after - before, heapMb: heap };
}

function line(part, name, f) {
  const gap = f.gap <= GAP_TARGET_MS ? 'met' : 'NOT met';
  const memory = f.peakMb < MEMORY_TARGET_MB ? 'met' : 'NOT met';
  return (
    `results (${part}) ${name}: longest frame gap ${f.gap.toFixed(0)} ms (target ≤ ${GAP_TARGET_MS}) ${gap}, ` +
    `longest task ${f.task.toFixed(0)} ms, renderer +${f.peakMb.toFixed(0)} MB peak / +${f.afterMb.toFixed(0)} MB after ` +
    `(target < ${MEMORY_TARGET_MB}) ${memory}, page JS heap ${f.heapMb >= 0 ? '+' : ''}${f.heapMb.toFixed(0)} MB; ${f.rows} rows and ${f.cells} cells in the DOM; ${f.told}`
  );
}

async function appCase(browser, cdpBrowser, base, c) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/app/index.html#/en`);
  await page.waitForSelector('.app:not([aria-busy]) .playground .cm-content');
  const typeAndRun = async (sql, measured) => {
    await page.locator('.playground .cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(sql);
    await page.waitForTimeout(700); // let CodeMirror finish parsing the new text before measuring
    if (measured) await page.evaluate(startProbe);
    await page.evaluate(() => {
      const results = document.querySelector('.playground .results');
      const stale = results.firstChild;
      document.querySelector('.playground [data-action="run"]').click();
      return new Promise((resolve) => {
        const done = () => results.firstChild && results.firstChild !== stale && !results.closest('[aria-busy]');
        new MutationObserver((_, observer) => {
          if (done()) {
            observer.disconnect();
            resolve();
          }
        }).observe(results.parentElement, { childList: true, subtree: true, attributes: true });
      });
    });
    if (!measured) return null;
    await page.evaluate(scrollThrough, { scroller: await page.$('.playground .results .table-scroll'), steps: 60 });
    return page.evaluate(collect, '.playground .results');
  };
  if (c.setup) await typeAndRun(c.setup, false);
  const figures = await withMemory(cdpBrowser, page, () => typeAndRun(c.sql, true));
  await context.close();
  return figures;
}

/** Bundles the rows table into a bare page with the app's styles. */
async function viewPage(dir) {
  await build({
    stdin: {
      // The table's notes are sentences: the bundle holds both languages (render.ts), as Node does.
      contents:
        "import './src/core/messages/render.ts'; import { RowsTable } from './src/ui/rows-table.ts'; window.__RowsTable = RowsTable;",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    outfile: join(dir, 'view.js'),
    logLevel: 'error',
  });
  // The results' own styles (the table's scroll box among them) are in lesson.css, the shell's in styles.css.
  copyFileSync(join(ROOT, 'src/ui/lesson.css'), join(dir, 'lesson.css'));
  copyFileSync(join(ROOT, 'src/ui/styles.css'), join(dir, 'styles.css'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><link rel="stylesheet" href="lesson.css"><link rel="stylesheet" href="styles.css">' +
      '<body><div class="results" style="width: 900px"></div><script type="module" src="view.js"></script></body></html>',
  );
}

async function viewCase(browser, cdpBrowser, base, c) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/view/index.html`);
  await page.waitForFunction(() => window.__RowsTable);
  await page.evaluate((c) => {
    const columns = Array.from({ length: c.columns }, (_, k) => `c${k}`);
    const text = c.cell > 0 ? 'x'.repeat(c.cell) : '';
    window.__rows = Array.from({ length: c.rows }, (_, r) => columns.map((_, k) => (c.cell > 0 && k > 0 ? text : r * c.columns + k)));
    window.__columns = columns;
  }, c);
  const figures = await withMemory(cdpBrowser, page, async () => {
    await page.evaluate(startProbe);
    await page.evaluate(() => {
      const table = new window.__RowsTable({ columns: window.__columns, rows: window.__rows, lang: 'en' });
      document.querySelector('.results').replaceChildren(table.element);
    });
    await page.evaluate(scrollThrough, { scroller: await page.$('.results .table-scroll'), steps: 120 });
    return page.evaluate(collect, '.results');
  });
  await context.close();
  return figures;
}

/** Runs the benchmark and returns its printed lines. */
export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'junction-results-'));
  await viewPage(dir);
  const server = await serveStatic({ '/app/': join(ROOT, 'dist'), '/view/': dir });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const cdp = await browser.newBrowserCDPSession();
  const lines = [];
  try {
    const only = process.env.RESULTS_BENCH; // 'app' or 'view' runs one part
    if (only !== 'view') for (const c of APP_CASES) lines.push(line('app', c.name, await appCase(browser, cdp, server.url, c)));
    if (only !== 'app') for (const c of VIEW_CASES) lines.push(line('view', c.name, await viewCase(browser, cdp, server.url, c)));
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const l of await run()) console.log(l);
}
