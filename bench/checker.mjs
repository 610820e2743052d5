/**
 * Checking with trap data: the time of one `checkExercise` per exercise of the built-in course
 * (lessons/en), for the reference solution (setup, variant and every trap database pass) and for
 * the lesson's first `wrong` answer (rejected, with the smallest counterexample), in Node on the
 * in-process engine. Target: max ≤ 300 ms. `node bench/checker.mjs`.
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
          export { checkExercise } from './src/core/checks/check-exercise.ts';
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

/** Median ms of `ROUNDS` calls of `fn` after one warm-up, and its last result. */
async function time(fn) {
  let result = await fn();
  const times = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    result = await fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), result };
}

/** Runs the benchmark and returns its printed lines. */
export async function run() {
  const checker = await importChecker();
  const engine = await checker.createNodeEngine();
  const folder = join(ROOT, 'lessons', 'en');
  const lines = ['Checking with trap data (Node, in-process engine, median of each exercise)', ''];
  lines.push('| lesson | exercise | solution ms | wrong answer ms | counterexample rows |', '|---|---|---:|---:|---:|');
  const solutions = [];
  const wrongs = [];
  for (const file of (await readdir(folder)).filter((f) => f.endsWith('.md')).sort()) {
    const { lesson } = checker.parseLesson(await readFile(join(folder, file), 'utf8'), { fileName: `lessons/en/${file}` });
    for (const exercise of lesson.exercises) {
      if (!exercise.solution) continue;
      const right = await time(() => checker.checkExercise(engine, lesson, exercise.id, exercise.solution.sql));
      if (!right.result.passed) throw new Error(`The solution of ${exercise.id} does not pass.`);
      solutions.push(right.ms);
      let wrongCell = '–';
      let rows = '–';
      const wrong = exercise.wrongs[0];
      if (wrong) {
        const rejected = await time(() => checker.checkExercise(engine, lesson, exercise.id, wrong.sql));
        wrongs.push(rejected.ms);
        wrongCell = rejected.ms.toFixed(1);
        if (rejected.result.counterexample) rows = String(checker.counterexampleSize(rejected.result.counterexample));
      }
      lines.push(`| ${lesson.id} | ${exercise.id} | ${right.ms.toFixed(1)} | ${wrongCell} | ${rows} |`);
    }
  }
  const all = [...solutions, ...wrongs];
  const max = Math.max(...all);
  lines.push(
    '',
    `check time: solutions median ${median(solutions).toFixed(1)} ms, max ${Math.max(...solutions).toFixed(1)} ms; wrong answers median ${median(wrongs).toFixed(1)} ms, max ${Math.max(...wrongs).toFixed(1)} ms`,
    `max check time ${max.toFixed(1)} ms (target ≤ ${TARGET_MS} ms: ${max <= TARGET_MS ? 'met' : 'NOT met'})`,
  );
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await run()) console.log(line);
}
