/**
 * Checking with trap data: the time of one `checkExercise` per exercise of the built-in course
 * (lessons/en), in Node on the in-process engine, for the reference solution (passes setup, variant
 * and every trap database) and for the lesson's first `wrong` answer (rejected, with the smallest
 * counterexample). Two figures each: the first Check on a fresh engine (it builds the reference too)
 * and a Check once the exercise is prepared (`prepareCheck`, which the app and the embed start when
 * the learner first works in the exercise): that one is what a learner waits for. Target: its max
 * ≤ 300 ms. `node bench/checker.mjs`.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT } from './bundle.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TARGET_MS = 300;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The checker and the Node engine, bundled with packages left external so sql.js finds its wasm. */
async function importChecker() {
  const dir = join(ROOT, 'node_modules', '.cache', 'junction-bench');
  await mkdir(dir, { recursive: true });
  const outfile = join(dir, `checker-${process.pid}.mjs`);
  try {
    await build({
      stdin: {
        contents: `
          export { checkExercise, prepareCheck } from './src/core/checks/check-exercise.ts';
          export { counterexampleSize } from './src/core/checks/counterexample.ts';
          export { parseLesson } from './src/core/lessons/parse-lesson.ts';
          export { createNodeEngine } from './src/db/node-engine.ts';`,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      outfile,
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(outfile, { force: true });
  }
}

/** Median ms of `ROUNDS` calls of `fn` after one warm-up (`before` runs untimed ahead of each), and its last result. */
async function time(fn, before = async () => {}) {
  await before();
  let result = await fn();
  const times = [];
  for (let i = 0; i < ROUNDS; i++) {
    await before();
    const t = performance.now();
    result = await fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), result };
}

/** Runs the benchmark and returns its printed lines. */
export async function run() {
  const checker = await importChecker();
  const folder = join(ROOT, 'lessons', 'en');
  const lines = [
    'Checking with trap data (Node, in-process engine, median ms per exercise): first Check on a fresh engine | Check once prepared',
    '',
  ];
  lines.push('| lesson | exercise | solution first | solution prepared | wrong first | wrong prepared | counterexample rows |');
  lines.push('|---|---|---:|---:|---:|---:|---:|');
  const figures = { solutionFirst: [], solutionPrepared: [], wrongFirst: [], wrongPrepared: [] };
  let engine;
  const freshEngine = async () => {
    engine = await checker.createNodeEngine();
  };
  const cell = (ms) => ms.toFixed(1);
  for (const file of (await readdir(folder)).filter((f) => f.endsWith('.md')).sort()) {
    const { lesson } = checker.parseLesson(await readFile(join(folder, file), 'utf8'), { fileName: `lessons/en/${file}` });
    for (const exercise of lesson.exercises) {
      if (!exercise.solution) continue;
      const check = (sql) => () => checker.checkExercise(engine, lesson, exercise.id, sql);
      const prepare = async () => {
        await freshEngine();
        await checker.prepareCheck(engine, lesson, exercise.id);
      };
      const first = await time(check(exercise.solution.sql), freshEngine);
      const right = await time(check(exercise.solution.sql), prepare);
      if (!first.result.passed || !right.result.passed) throw new Error(`The solution of ${exercise.id} does not pass.`);
      figures.solutionFirst.push(first.ms);
      figures.solutionPrepared.push(right.ms);
      const cells = [cell(first.ms), cell(right.ms), '–', '–', '–'];
      const wrong = exercise.wrongs[0];
      if (wrong) {
        const wrongFirst = await time(check(wrong.sql), freshEngine);
        const rejected = await time(check(wrong.sql), prepare);
        figures.wrongFirst.push(wrongFirst.ms);
        figures.wrongPrepared.push(rejected.ms);
        cells[2] = cell(wrongFirst.ms);
        cells[3] = cell(rejected.ms);
        if (rejected.result.counterexample) cells[4] = String(checker.counterexampleSize(rejected.result.counterexample));
      }
      lines.push(`| ${lesson.id} | ${exercise.id} | ${cells.join(' | ')} |`);
    }
  }
  const summary = (xs) => `median ${median(xs).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
  const prepared = Math.max(...figures.solutionPrepared, ...figures.wrongPrepared);
  const first = Math.max(...figures.solutionFirst, ...figures.wrongFirst);
  lines.push(
    '',
    `first Check: solutions ${summary(figures.solutionFirst)}; wrong answers ${summary(figures.wrongFirst)}`,
    `prepared Check: solutions ${summary(figures.solutionPrepared)}; wrong answers ${summary(figures.wrongPrepared)}`,
    `max check time once prepared ${prepared.toFixed(1)} ms (target ≤ ${TARGET_MS} ms: ${prepared <= TARGET_MS ? 'met' : 'NOT met'}); first Check max ${first.toFixed(1)} ms`,
  );
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await run()) console.log(line);
}
