/**
 * The CLI's engine for real: sql.js in a worker thread behind the watchdog client. The client's
 * logic is specified with a worker double in worker-client.test.ts; this proves the thread itself:
 * it stops, restores, answers as the in-process engine does, and lets the process exit.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RUNAWAY } from '../../test/fixtures/runaway/runaway.js';
import { dumpDatabase } from '../../test/helpers/dump-database.js';
import { nodeWorkerScript } from '../../test/helpers/node-worker-script.js';
import type { Engine, ScriptOutcome } from '../core/engine.js';
import { EngineError } from './engine-error.js';
import { createNodeEngine } from './node-engine.js';
import { asWorkerLike, createNodeWorkerEngine } from './node-worker-engine.js';
import { WorkerEngine } from './worker-client.js';

const FOREVER = 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r;';

let script: URL;
beforeAll(async () => {
  script = await nodeWorkerScript();
});

/** Every engine a test starts, with the threads it started; all are disposed after each test. */
const started: { engine: WorkerEngine; threads: Worker[] }[] = [];
afterEach(() => {
  for (const { engine } of started.splice(0)) engine.dispose();
});

function startEngine(timeoutMs: number) {
  const threads: Worker[] = [];
  const engine = new WorkerEngine(
    () => {
      const thread = new Worker(script);
      threads.push(thread);
      return asWorkerLike(thread);
    },
    { timeoutMs },
  );
  started.push({ engine, threads });
  return { engine, threads };
}

/** An outcome without its timings, which differ from run to run. */
const timeless = (outcome: ScriptOutcome) => ({ ...outcome, results: outcome.results.map(({ durationMs: _, ...r }) => r) });

describe('the Node worker engine', () => {
  it('stops a runaway query within its limit and reports it as a TimeoutError outcome', async () => {
    const { engine } = startEngine(300);
    await engine.open('main');
    const started = Date.now();
    const outcome = await engine.run('main', FOREVER);
    const took = Date.now() - started;
    expect(outcome).toMatchObject({ ok: false, results: [], error: { kind: 'timeout', limitMs: 300, line: 1 } });
    expect(took).toBeGreaterThanOrEqual(290);
    expect(took).toBeLessThan(300 + 1000);
    // And it serves the next request, on a fresh thread.
    expect((await engine.run('main', 'SELECT 1 + 1')).results[0]?.rows).toEqual([[2]]);
    expect(engine.restarts).toBe(1);
  });

  it.each(RUNAWAY)('($name) leaves every database exactly as it was before the stopped run', async (c) => {
    // A roomy limit for the history (this machine may be busy), a short one for the runaway.
    const { engine } = startEngine(5000);
    await engine.open('main');
    await engine.open('scratch');
    for (const step of c.before) await engine.run(step.db ?? 'main', step.sql, step.read ? { read: true } : {});
    const before = { main: await dumpDatabase(engine, 'main'), scratch: await dumpDatabase(engine, 'scratch') };
    engine.timeoutMs = 200;
    const { runaway } = c;
    const stopped = await engine.run(runaway.db ?? 'main', runaway.sql, runaway.read ? { read: true } : {});
    expect(stopped).toMatchObject({ ok: false, error: { kind: 'timeout', limitMs: 200 } });
    engine.timeoutMs = 5000;
    expect({ main: await dumpDatabase(engine, 'main'), scratch: await dumpDatabase(engine, 'scratch') }).toEqual(before);
  });

  it.each([
    [
      'a junction table and a join',
      "CREATE TABLE s(id INTEGER PRIMARY KEY, name TEXT); CREATE TABLE c(id INTEGER PRIMARY KEY, title TEXT); CREATE TABLE e(s INTEGER REFERENCES s(id), c INTEGER REFERENCES c(id), PRIMARY KEY (s, c)); INSERT INTO s VALUES (1, 'Ada'), (2, 'Boris'); INSERT INTO c VALUES (1, 'SQL'); INSERT INTO e VALUES (1, 1), (2, 1); SELECT s.name, c.title FROM e JOIN s ON s.id = e.s JOIN c ON c.id = e.c ORDER BY s.name;",
    ],
    ['values of every type', "SELECT 1, 2.5, 'text', x'00ff', NULL, 9007199254740993;"],
    ['an SQL error after a statement that ran', 'CREATE TABLE t(x); INSERT INTO t VALUES (1);\nSELECT nope FROM t;'],
    [
      'a foreign key refused',
      'CREATE TABLE p(id INTEGER PRIMARY KEY); CREATE TABLE k(p INTEGER REFERENCES p(id)); INSERT INTO k VALUES (7);',
    ],
    ['rows cut to the cap', 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5000) SELECT x FROM c;'],
    ['a NUL in the script', "SELECT 'a\u0000b';"],
    ['a lone surrogate', "SELECT '\ud800';"],
  ])('answers as the in-process engine does: %s', async (_, sql) => {
    const { engine } = startEngine(5000);
    const local = await createNodeEngine();
    for (const e of [engine, local]) await e.open('main');
    const [threaded, inProcess] = [await engine.run('main', sql), await local.run('main', sql)];
    expect(timeless(threaded)).toEqual(timeless(inProcess));
    expect(await engine.export('main')).toEqual(await local.export('main'));
  });

  it('refuses a write in a read as the in-process engine does, with an EngineError of its kind', async () => {
    const { engine } = startEngine(5000);
    const local = await createNodeEngine();
    for (const e of [engine, local]) await e.open('main');
    const refusal = (e: Engine) => e.run('main', 'CREATE TABLE t(x)', { read: true }).catch((error: unknown) => error);
    const [threaded, inProcess] = [await refusal(engine), await refusal(local)];
    expect(threaded).toBeInstanceOf(EngineError);
    expect((threaded as EngineError).failure).toEqual((inProcess as EngineError).failure);
  });

  it('opens a database from file bytes, transferred both ways', async () => {
    const { engine } = startEngine(5000);
    const local = await createNodeEngine();
    await local.open('x');
    await local.run('x', "CREATE TABLE t(x); INSERT INTO t VALUES ('kept');");
    await engine.open('main', await local.export('x'));
    expect((await engine.run('main', 'SELECT x FROM t')).results[0]?.rows).toEqual([['kept']]);
  });

  it('ends every thread it started when disposed, those replaced after a stop too, so the process can exit', async () => {
    const { engine, threads } = startEngine(200);
    await engine.open('main');
    await engine.run('main', FOREVER);
    await engine.run('main', FOREVER);
    await engine.whenSettled();
    expect(threads).toHaveLength(3);
    const exits = threads.map((t) => (t.threadId === -1 ? Promise.resolve() : once(t, 'exit')));
    engine.dispose();
    await Promise.all(exits);
    await expect(engine.run('main', 'SELECT 1')).rejects.toThrow('The SQLite engine was disposed');
  });

  it('is what createNodeWorkerEngine makes from a script', async () => {
    const engine = createNodeWorkerEngine({ script, timeoutMs: 250 });
    try {
      expect(engine.timeoutMs).toBe(250);
      await engine.open('main');
      expect(await engine.run('main', FOREVER)).toMatchObject({ ok: false, error: { kind: 'timeout', limitMs: 250 } });
    } finally {
      engine.dispose();
    }
  });

  it('reports a thread that cannot start (a missing script) as not ready, and a request as a crash', async () => {
    const engine = createNodeWorkerEngine({ script: new URL('./no-such-worker.mjs', script), timeoutMs: 250 });
    try {
      expect(await engine.whenReady()).toBe(false);
      await expect(engine.open('main')).rejects.toMatchObject({ kind: 'crash' });
    } finally {
      engine.dispose();
    }
  });
});
