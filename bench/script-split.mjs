/**
 * Splitting a pasted dump into statements: our script runner (one result per statement, offsets and
 * lines) against sql.js running the same script with `db.exec` on a database opened the same way
 * (foreign keys on, journal in memory) but without per-statement bookkeeping, for
 * dumps of 5,000, 10,000 and 20,000 INSERT statements, and the 20k ÷ 10k time ratio (linear ≈ 2).
 * Target: the 20,000-statement dump well inside the 3 s watchdog limit (≤ 1 s here). Node, in-process.
 * `node bench/script-split.mjs`.
 */
import { pathToFileURL } from 'node:url';
import initSqlJs from 'sql.js';
import { importBundled } from './bundle.mjs';

const SIZES = [5000, 10000, 20000];

/** A dump as a learner pastes it: one INSERT per line, with text that needs quoting and some non-ASCII. */
function dump(n) {
  const lines = ['CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT);'];
  for (let i = 1; i <= n; i++) lines.push(`INSERT INTO students VALUES (${i}, 'Student ${i}', 'l''élève № ${i % 97}');`);
  return lines.join('\n');
}

function median(xs) {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

/** Runs the benchmark and returns its printed lines. */
export async function run() {
  const { DatabaseSet } = await importBundled(`export { DatabaseSet } from './src/db/script-runner.ts';`);
  const sqlite = await initSqlJs();
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const lines = ['Splitting a dump into statements (median ms; ours = DatabaseSet.run, baseline = sql.js db.exec)', ''];
  lines.push('| statements | ours ms | sql.js exec ms | ours ÷ exec |', '|---:|---:|---:|---:|');
  const ours = new Map();
  for (const n of SIZES) {
    const script = dump(n);
    const a = [];
    const b = [];
    // Alternate so both see the same machine load.
    for (let i = 0; i < (n >= 20000 ? Math.min(rounds, 3) : rounds); i++) {
      const set = new DatabaseSet(sqlite);
      set.open('main');
      let t = performance.now();
      const outcome = set.run('main', script);
      a.push(performance.now() - t);
      if (!outcome.ok || outcome.results.length !== n + 1) throw new Error(`Unexpected outcome for ${n} statements.`);
      set.close('main');
      const db = new sqlite.Database();
      db.exec('PRAGMA foreign_keys = ON; PRAGMA journal_mode = MEMORY;');
      t = performance.now();
      db.exec(script);
      b.push(performance.now() - t);
      db.close();
    }
    ours.set(n, median(a));
    lines.push(`| ${n} | ${median(a).toFixed(1)} | ${median(b).toFixed(1)} | ${(median(a) / median(b)).toFixed(2)} |`);
  }
  const big = ours.get(20000);
  const ratio = big / ours.get(10000);
  lines.push(
    '',
    `20,000 statements: ${big.toFixed(0)} ms (target ≤ 1,000 ms, the watchdog stops at 3,000: ${big <= 1000 ? 'met' : 'NOT met'}); ` +
      `ratio 20k ÷ 10k: ${ratio.toFixed(2)} (linear ≈ 2, quadratic ≈ 4: ${ratio <= 2.6 ? 'linear' : 'NOT linear'})`,
  );
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) for (const line of await run()) console.log(line);
