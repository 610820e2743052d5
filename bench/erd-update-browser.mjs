/**
 * The diagram's update after one DDL, in the app in headless Chromium: the playground builds a
 * schema of 10 or 200 tables (a generated CREATE TABLE script, unmeasured), then runs one CREATE
 * TABLE of a junction between two tables far apart. Measured in the page from the Run click to the
 * diagram showing the junction's box (SQLite in its worker, the schema read back, layout, SVG), and
 * the longest task (PerformanceObserver 'longtask', over 50 ms) meanwhile. Target (issue 9): no
 * long task in that update at 200 tables. `node bench/erd-update-browser.mjs` after `vite build`.
 */
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'];
const SIZES = [10, 200];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const LONG_TASK_MS = 50;

/**
 * A schema like the Node benchmarks' generated one (test/helpers/erd-builders.ts): tables with a few
 * columns and up to two FKs to earlier tables, every fifth a pure junction; deterministic.
 */
function schemaScript(count) {
  let state = 42;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = (n) => Math.floor(random() * n);
  const entities = [];
  const statements = [];
  for (let i = 0; i < count; i++) {
    const name = `table_${i}`;
    if (i % 5 === 4 && entities.length >= 2) {
      const a = entities[pick(entities.length)];
      const b = entities.find((t) => t !== a && pick(2) === 0) ?? entities.find((t) => t !== a);
      statements.push(junction(name, a, b));
      continue;
    }
    const columns = ['id INTEGER PRIMARY KEY'];
    for (let c = 0; c < 1 + pick(8); c++) columns.push(`column_${c}_${'x'.repeat(pick(12))} ${random() < 0.5 ? 'TEXT' : 'INTEGER'}`);
    const refs = i === 0 ? 0 : pick(3);
    for (let k = 0; k < refs; k++) {
      const target = entities[pick(entities.length)];
      columns.push(`${target}_ref_${k} INTEGER REFERENCES ${target}(id)`);
    }
    statements.push(`CREATE TABLE ${name} (${columns.join(', ')});`);
    entities.push(name);
  }
  return { sql: statements.join('\n'), entities };
}

function junction(name, a, b) {
  return `CREATE TABLE ${name} (${a}_id INTEGER NOT NULL REFERENCES ${a}(id), ${b}_id INTEGER NOT NULL REFERENCES ${b}(id), PRIMARY KEY (${a}_id, ${b}_id));`;
}

/** Puts `sql` in the playground's editor (typing is not what is measured). */
async function typeInPlayground(page, sql) {
  // Focused, not clicked: the diagram's notice of new tables off screen may lie over the editor.
  await page.locator('.playground .cm-content').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
}

/** Runs what the editor holds and waits for the result, as bench/run.mjs does. */
async function runAndWaitForResult(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const results = document.querySelector('.playground .results');
        const before = results.firstChild;
        const observer = new MutationObserver(() => {
          if (results.firstChild && results.firstChild !== before && !document.querySelector('.playground [aria-busy]')) {
            observer.disconnect();
            resolve(results.textContent);
          }
        });
        // The rows show as SQLite answers; the block stays busy until the lab is read again (an
        // attribute of the block, around the results): watch both.
        observer.observe(results.parentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
        document.querySelector('.playground [data-action="run"]').click();
      }),
  );
}

/** In the page: clicks Run and resolves when the diagram shows `table`, with the longest task meanwhile. */
function timeUntilDrawn(table) {
  return new Promise((resolve) => {
    const selector = `.diagram-panel svg g[data-table="${table}"]`;
    let longest = 0;
    let t0 = 0;
    const tasks = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.startTime + e.duration >= t0) longest = Math.max(longest, e.duration);
    });
    tasks.observe({ type: 'longtask' });
    const drawn = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      drawn.disconnect();
      const ms = performance.now() - t0;
      // Long-task entries arrive after the task: give them a moment.
      setTimeout(() => {
        tasks.disconnect();
        resolve({ ms, longest });
      }, 300);
    });
    drawn.observe(document.body, { childList: true, subtree: true });
    t0 = performance.now();
    document.querySelector('.playground [data-action="run"]').click();
  });
}

async function measure(browser, url, count) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/app/index.html#/en`);
  await page.waitForSelector('.app:not([aria-busy]) .playground .cm-content');
  const { sql, entities } = schemaScript(count);
  await typeInPlayground(page, sql);
  const out = await runAndWaitForResult(page);
  if (/Error/.test(out)) throw new Error(`Building the ${count}-table schema failed: ${out.slice(0, 200)}`);
  await page.locator(`.diagram-panel svg g[data-table="table_${count - 1}"]`).waitFor({ timeout: 60000 });
  await page.waitForTimeout(1000);
  const runs = [];
  for (let i = 0; i < ROUNDS; i++) {
    // A junction between the second table and one of the last ones (never the second itself): far apart in the drawing.
    const name = `added_junction_${i}`;
    await typeInPlayground(page, junction(name, entities[1], entities.at(-1 - (i % (entities.length - 2)))));
    await page.waitForTimeout(300);
    runs.push(await page.evaluate(timeUntilDrawn, name));
    await page.waitForTimeout(300);
  }
  await context.close();
  return runs;
}

/** Runs the benchmark and returns its printed lines. */
export async function run() {
  const server = await serveStatic({ '/app/': 'dist' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const lines = [
    `ER update in the app after one CREATE TABLE of a junction (headless Chromium, ${ROUNDS} runs per size): Run click → junction drawn, and the longest task meanwhile`,
    '',
    '| tables | median ms | slowest ms | longest task ms | runs with a long task | longest task per run (ms, in order) |',
    '|---:|---:|---:|---:|---:|---|',
  ];
  try {
    const results = new Map();
    for (const n of SIZES) results.set(n, await measure(browser, server.url, n));
    for (const [n, runs] of results) {
      const longest = Math.max(...runs.map((r) => r.longest));
      lines.push(
        `| ${n} | ${median(runs.map((r) => r.ms)).toFixed(1)} | ${Math.max(...runs.map((r) => r.ms)).toFixed(1)} | ${longest === 0 ? `none over ${LONG_TASK_MS}` : longest.toFixed(0)} | ${runs.filter((r) => r.longest > 0).length} of ${runs.length} | ${runs.map((r) => r.longest.toFixed(0)).join(', ')} |`,
      );
    }
    const at200 = Math.max(...results.get(200).map((r) => r.longest));
    lines.push(
      '',
      `no long task (> ${LONG_TASK_MS} ms) in the update at 200 tables: ${at200 === 0 ? 'met' : `NOT met (longest ${at200.toFixed(0)} ms)`}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await run()) console.log(line);
}
