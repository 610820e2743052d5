/**
 * The commands under the watchdog: the bundled CLI (built as `npm install` builds it) starts its
 * SQLite worker thread, stops a runaway solution, answer or schema statement, says where and why,
 * and exits; `lessons serve` proves a folder on the same engine and ends its thread when it closes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeWorkerScript } from '../../test/helpers/node-worker-script.js';
import { createNodeWorkerEngine } from '../db/node-worker-engine.js';
import { serveLessons } from './lessons-serve-command.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'bin', 'junction.js');
const FOREVER = 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r;';

/** A lesson of one exercise on two students; its solution block opens at line 13. */
const lesson = (id: string, title: string, exercise: string, solution: string) => `---
id: ${id}
title: ${title}
setup: |
  CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
  INSERT INTO students VALUES (1, 'Ada'), (2, 'Boris');
---

\`\`\`sql exercise id=${exercise}
SELECT
\`\`\`

\`\`\`sql solution for=${exercise}
${solution}
\`\`\`
`;

/** A lesson whose solution never finishes. */
const RUNAWAY_LESSON = lesson('runaway', 'A solution that never ends', 'count', FOREVER);
const GOOD_LESSON = lesson('names', 'Names', 'names', 'SELECT name FROM students;');

let dir: string;

/** Runs the bundled CLI to its end (killed after 30 s, which fails the test); resolves to what it did and how long it took. */
function junction(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started })));
}

beforeAll(async () => {
  // What `npm install` runs: the CLI bundle and its worker script, side by side in dist-cli/.
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, encoding: 'utf8' });
  expect(built.stderr).toBe('');
  expect(built.status).toBe(0);
  dir = await mkdtemp(join(tmpdir(), 'junction-watchdog-'));
  await mkdir(join(dir, 'course'));
  await writeFile(join(dir, 'course', 'runaway.md'), RUNAWAY_LESSON);
  await writeFile(join(dir, 'good.md'), GOOD_LESSON);
  await writeFile(join(dir, 'forever.sql'), FOREVER);
  await writeFile(join(dir, 'right.sql'), 'SELECT name FROM students;');
  await writeFile(
    join(dir, 'schema.sql'),
    `CREATE TABLE students (id INTEGER PRIMARY KEY);\nCREATE TABLE endless AS ${FOREVER}\nCREATE TABLE courses (id INTEGER PRIMARY KEY, student_id INTEGER REFERENCES students(id));\n`,
  );
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the bundled CLI under the watchdog', () => {
  it('lessons check: a runaway solution is an error at its file:line saying it was stopped, and the CLI exits 1 soon after', async () => {
    const run = await junction(['lessons', 'check', 'course', '--timeout-ms', '400']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(join('course', 'runaway.md:13: the solution of "count" does not pass its own checks'));
    expect(run.stderr).toContain('(line 1: stopped after 0.4 s, the time limit)');
    expect(run.stdout).toContain('1 error');
    // The stop is a sentence of the catalogue: in Russian too, with no English left.
    const ru = await junction(['lessons', 'check', 'course', '--timeout-ms', '400', '--lang', 'ru']);
    expect(ru.stderr).toContain('(строка 1: остановлено через 0,4 с — предел времени)');
    // Started, stopped once, restored, and gone: far below a frozen process.
    expect(run.ms).toBeLessThan(10_000);
  });

  it("lessons check: by default a script is stopped at the app's limit, 3 s", async () => {
    const run = await junction(['lessons', 'check', 'course']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('(line 1: stopped after 3 s, the time limit)');
    expect(run.ms).toBeGreaterThanOrEqual(3000);
    expect(run.ms).toBeLessThan(15_000);
  });

  it('lessons check: a valid lesson is valid (the worker found sql.js and its wasm)', async () => {
    const run = await junction(['lessons', 'check', 'good.md']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('all valid');
    expect(run.code).toBe(0);
  });

  it('lessons grade: a runaway answer fails with check.timeout and exits 1; a right one passes', async () => {
    const stopped = await junction(['lessons', 'grade', 'good.md', 'names', 'forever.sql', '--timeout-ms=400']);
    expect(stopped.code).toBe(1);
    expect(JSON.parse(stopped.stdout)).toMatchObject({
      passed: false,
      code: 'check.timeout',
      // No SQLite text for a stop: the message says it, in the grade's language.
      error: { source: 'answer', kind: 'timeout', sqlite: null },
    });
    expect(JSON.parse(stopped.stdout).message).toContain('ran too long');
    expect(stopped.ms).toBeLessThan(10_000);
    const russian = await junction(['lessons', 'grade', 'good.md', 'names', 'forever.sql', '--timeout-ms=400', '--lang', 'ru']);
    const verdict = JSON.parse(russian.stdout);
    expect(verdict).toMatchObject({ lang: 'ru', code: 'check.timeout', error: { kind: 'timeout', sqlite: null } });
    expect(verdict.message).toMatch(/[а-яё]/i);
    expect(JSON.stringify(verdict)).not.toMatch(/stopped after|ran too long/);
    const right = await junction(['lessons', 'grade', 'good.md', 'names', 'right.sql']);
    expect(JSON.parse(right.stdout)).toMatchObject({ passed: true });
    expect(right.code).toBe(0);
  });

  it('relations, diagram and orm: a runaway statement of the schema is stopped and skipped, and the rest is read', async () => {
    const relations = await junction(['relations', 'schema.sql', '--timeout-ms', '400']);
    expect(relations.code).toBe(0);
    expect(relations.stderr).toContain('schema.sql:2: skipped "CREATE TABLE endless AS');
    expect(relations.stderr).toContain('(stopped after 0.4 s, the time limit)');
    expect(JSON.parse(relations.stdout).tables).toEqual(['students', 'courses']);
    const diagram = await junction(['diagram', 'schema.sql', '--timeout-ms', '400', '--lang', 'ru']);
    expect(diagram.code).toBe(0);
    expect(diagram.stderr).toContain('(остановлено через 0,4 с — предел времени)');
    expect(diagram.stdout).toContain('data-table="courses"');
    const orm = await junction(['orm', 'schema.sql', '--timeout-ms=400']);
    expect(orm.code).toBe(0);
    expect(orm.stdout).toContain('class Course');
    expect(Math.max(relations.ms, diagram.ms, orm.ms)).toBeLessThan(10_000);
  });

  it('lessons check with a --timeout-ms that is not a number of milliseconds is bad usage, exit 2', async () => {
    const run = await junction(['lessons', 'check', 'good.md', '--timeout-ms', '0']);
    expect(run.stderr).toContain('--timeout-ms needs a whole number of milliseconds from 1 to 2147483647, not "0"');
    expect(run.code).toBe(2);
  });
});

describe('lessons serve on the worker engine', () => {
  it('lists a runaway solution as a problem at its line, and ends the thread when it closes', async () => {
    const engine = createNodeWorkerEngine({ script: await nodeWorkerScript(), timeoutMs: 300 });
    const served = await serveLessons({ dir: join(dir, 'course'), appDir: dir, host: '127.0.0.1', port: 0, engine });
    try {
      await served.folder.idle();
      const [problem, ...others] = served.folder.report().problems;
      expect(others).toEqual([]);
      expect(problem).toMatchObject({ line: 13, message: { code: 'lesson.check-solution-fails' } });
    } finally {
      await served.close();
    }
    await expect(engine.run('x', 'SELECT 1')).rejects.toThrow('The SQLite engine was disposed');
  });
});
