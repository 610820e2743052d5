import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { type RunOptions, type ScriptOutcome, errorText } from '../core/engine.js';
import { answerRequest } from './dispatch.js';
import { EngineError, type EngineFailure } from './engine-error.js';
import type { Request, Response } from './protocol.js';
import { DatabaseSet } from './script-runner.js';
import { WorkerEngine, type WorkerLike } from './worker-client.js';
import { RUNAWAY } from '../../test/fixtures/runaway/runaway.js';
import { dumpDatabase } from '../../test/helpers/dump-database.js';

let sqlite: SqlJsStatic;
beforeAll(async () => {
  sqlite = await initSqlJs();
});

/** The real DatabaseSet, except that it traps like broken wasm on a `/*crash*\/` script or on exporting `doomed`. */
class TrappingSet extends DatabaseSet {
  override run(name: string, script: string, options?: RunOptions): ScriptOutcome {
    if (script.includes('/*crash*/')) throw new WebAssembly.RuntimeError('unreachable');
    return super.run(name, script, options);
  }
  override export(name: string): Uint8Array {
    if (name === 'doomed') throw new WebAssembly.RuntimeError('memory access out of bounds');
    return super.export(name);
  }
}

/**
 * A worker in-process: the worker's own dispatch on a real DatabaseSet. A script containing
 * `/*hang*\/` runs up to the marker (its writes land, as a real runaway's do) and never answers;
 * what the dispatch rethrows (a trap) becomes the worker's error event.
 */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  /** Every request this worker was sent, in order. */
  readonly received: Request[] = [];
  readonly set = new TrappingSet(sqlite);
  /** Settles when SQLite would be ready; requests sent before wait for it, as the real worker's do. */
  readonly #booted: Promise<void>;
  constructor(diesAtStart = false, bootMs = 0) {
    this.#booted = new Promise((resolve) =>
      setTimeout(() => {
        if (diesAtStart) return this.die();
        this.#emit({ type: 'ready' });
        resolve();
      }, bootMs),
    );
  }
  postMessage(message: unknown): void {
    const request = structuredClone(message) as Request;
    this.received.push(request);
    const answer = () => {
      if (this.terminated) return;
      if (request.type === 'run' && request.script.includes('/*hang*/')) {
        this.set.run(request.db, request.script.slice(0, request.script.indexOf('/*hang*/')));
        return;
      }
      let response: Response;
      try {
        response = answerRequest(request, this.set);
      } catch {
        return this.die();
      }
      this.#emit(response);
    };
    // Answered in a task of its own, as a worker's message arrives.
    void this.#booted.then(() => setTimeout(answer));
  }
  /** The worker's uncaught error event, as a real worker raises it when it dies. */
  die(): void {
    this.onerror?.({ preventDefault() {} } as ErrorEvent);
  }
  terminate(): void {
    this.terminated = true;
  }
  #emit(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
  runs(): string[] {
    return this.received.flatMap((r) => (r.type === 'run' ? [r.script] : []));
  }
}

function makeEngine(timeoutMs = 200, diesAtStart = false, bootMs = 0) {
  const workers: FakeWorker[] = [];
  const engine = new WorkerEngine(
    () => {
      const w = new FakeWorker(diesAtStart, bootMs);
      workers.push(w);
      return w;
    },
    { timeoutMs },
  );
  return { engine, workers };
}

async function rows(engine: WorkerEngine, db: string, sql: string) {
  const out = await engine.run(db, sql);
  if (!out.ok) throw new Error(errorText(out.error));
  return out.results.at(-1)!.rows;
}

describe('the worker client', () => {
  it('matches responses to requests and serves several databases', async () => {
    const { engine } = makeEngine();
    await Promise.all([engine.open('main'), engine.open('scratch')]);
    const [a, b] = await Promise.all([rows(engine, 'main', 'SELECT 1'), rows(engine, 'scratch', 'SELECT 2')]);
    expect([a, b]).toEqual([[[1]], [[2]]]);
  });

  it('surfaces a worker-side failure as an EngineError of its kind, not a string', async () => {
    const { engine } = makeEngine();
    const error = await engine.run('nope', 'SELECT 1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).failure).toEqual({ kind: 'no-database', db: 'nope' } satisfies EngineFailure);
    expect((error as EngineError).message).toBe('No open database named "nope".');
  });

  it('refuses a read that would change the database, across the boundary, and the database stays as it was', async () => {
    const { engine } = makeEngine();
    await engine.open('main');
    await engine.run('main', 'CREATE TABLE t(x); INSERT INTO t VALUES (1);');
    const error = await engine.run('main', 'SELECT 1; DELETE FROM t;', { read: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).failure).toEqual({ kind: 'read-would-write', db: 'main', sql: 'DELETE FROM t;' });
    expect(await rows(engine, 'main', 'SELECT x FROM t')).toEqual([[1]]);
  });
});

describe('dispose', () => {
  it('starts no worker again, not even to restore after a stop, and refuses later requests', async () => {
    const { engine, workers } = makeEngine(50);
    await engine.open('main');
    expect(await engine.run('main', '/*hang*/ SELECT 1;')).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    engine.dispose();
    await engine.whenSettled();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
    await expect(engine.run('main', 'SELECT 1')).rejects.toThrow('The SQLite engine was disposed; start another to run more.');
  });
});

describe('the restore journal', () => {
  it('restores from a snapshot taken after each change: the new worker replays nothing, and reads were never recorded', async () => {
    const { engine, workers } = makeEngine(100);
    await engine.open('main');
    const learner = ['CREATE TABLE t(x);', 'INSERT INTO t VALUES (1);', 'INSERT INTO t VALUES (2);', 'UPDATE t SET x = x * 10;'];
    for (const script of learner) {
      await engine.run('main', script);
      await engine.run('main', 'SELECT count(*) FROM t', { read: true });
      await engine.run('main', 'EXPLAIN QUERY PLAN SELECT * FROM t', { read: true });
    }
    const out = await engine.run('main', 'INSERT INTO t VALUES (99); /*hang*/ SELECT 1');
    expect(out.ok).toBe(false);
    expect(await rows(engine, 'main', 'SELECT x FROM t ORDER BY x')).toEqual([[10], [20]]);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.received.map((r) => r.type)).toEqual(['open', 'run']);
    expect(workers[1]!.runs()).toEqual(['SELECT x FROM t ORDER BY x']);
  });

  it('takes a snapshot after each learner run that changed the database, none after reads or runs that changed nothing', async () => {
    const { engine, workers } = makeEngine(1000);
    await engine.open('main');
    const snapshots = () => workers[0]!.received.filter((r) => r.type === 'snapshot').length;
    await engine.run('main', 'CREATE TABLE t(x);');
    await engine.run('main', 'SELECT count(*) FROM t', { read: true });
    expect(snapshots()).toBe(1);
    for (let i = 0; i < 5; i++) await engine.run('main', 'SELECT count(*) FROM t', { read: true });
    await engine.run('main', "SELECT random(), datetime('now') FROM t");
    await engine.run('main', 'DELETE FROM t WHERE x = 1');
    await engine.run('main', 'SELECT 1', { read: true });
    expect(snapshots()).toBe(1);
    for (const change of [
      'INSERT INTO t VALUES (1);',
      'PRAGMA foreign_keys = OFF;',
      'PRAGMA user_version = 7;',
      'CREATE INDEX i ON t(x);',
    ]) {
      await engine.run('main', change);
      await engine.run('main', 'SELECT 1', { read: true });
    }
    expect(snapshots()).toBe(5);
  });

  it('stops a runaway read with the watchdog and keeps the learner state', async () => {
    const { engine, workers } = makeEngine(100);
    await engine.open('main');
    await engine.run('main', 'CREATE TABLE t(x); INSERT INTO t VALUES (7);');
    const out = await engine.run('main', '/*hang*/ SELECT 1', { read: true });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error).toMatchObject({ kind: 'timeout', limitMs: 100 });
    expect(await rows(engine, 'main', 'SELECT x FROM t')).toEqual([[7]]);
  });
});

describe('the watchdog', () => {
  it('stops a runaway script, replaces the worker and restores every database as before that run', async () => {
    const { engine, workers } = makeEngine(100);
    await engine.open('main');
    await engine.open('scratch');
    await engine.run('main', 'CREATE TABLE s(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO s VALUES (1, "Ada");');
    await engine.run('main', 'INSERT INTO s VALUES (2, "Linus"); INSERT INTO s VALUES (2, "dup"); INSERT INTO s VALUES (3, "x");');
    await engine.run('scratch', 'CREATE TABLE t(x); INSERT INTO t VALUES (7);');

    const out = await engine.run('main', 'INSERT INTO s VALUES (9, "lost"); /*hang*/ SELECT 1;');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.kind).toBe('timeout');
    expect(out.error).toMatchObject({ kind: 'timeout', limitMs: 100 });
    // Stopped at once; the stop is reported first, the restore runs before the next request.
    expect(workers[0]!.terminated).toBe(true);

    // Statements before the failing duplicate stand; the stopped script left nothing behind.
    expect(await rows(engine, 'main', 'SELECT id, name FROM s ORDER BY id')).toEqual([
      [1, 'Ada'],
      [2, 'Linus'],
    ]);
    expect(await rows(engine, 'scratch', 'SELECT x FROM t')).toEqual([[7]]);
    expect(await rows(engine, 'main', 'PRAGMA foreign_keys')).toEqual([[1]]);
    expect(workers).toHaveLength(2);
    expect(engine.restarts).toBe(1);
  });

  it('restores from the last snapshot plus what ran after it, and forgets closed databases', async () => {
    const { engine, workers } = makeEngine(100);
    await engine.open('main');
    await engine.run('main', 'CREATE TABLE t(x); INSERT INTO t VALUES (1);');
    await engine.export('main');
    await engine.run('main', 'INSERT INTO t VALUES (2);');
    await engine.open('gone');
    await engine.close('gone');
    await engine.run('main', '/*hang*/ SELECT 1');
    expect(await rows(engine, 'main', 'SELECT x FROM t ORDER BY x')).toEqual([[1], [2]]);
    expect(workers[1]!.set.has('gone')).toBe(false);
  });

  it('restores an opened-from-bytes database and recovers from a worker crash too', async () => {
    const { engine } = makeEngine(1000);
    const source = new DatabaseSet(sqlite);
    source.open('x');
    source.run('x', 'CREATE TABLE k(v); INSERT INTO k VALUES (5);');
    await engine.open('main', source.export('x'));
    const out = await engine.run('main', '/*crash*/ SELECT 1');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.kind).toBe('crash');
    expect(await rows(engine, 'main', 'SELECT v FROM k')).toEqual([[5]]);
  });

  it('queues requests made while a runaway script is being stopped and answers them afterwards', async () => {
    const { engine } = makeEngine(100);
    await engine.open('main');
    const stopped = engine.run('main', '/*hang*/ SELECT 1');
    const after = rows(engine, 'main', 'SELECT 42');
    expect((await stopped).ok).toBe(false);
    expect(await after).toEqual([[42]]);
  });

  it('is sent a request at once while SQLite boots, and its time limit starts only once SQLite is there', async () => {
    // The boot takes longer than the limit: a run sent during it is not stopped for the boot.
    const { engine, workers } = makeEngine(100, false, 250);
    workers[0]!.set.open('main');
    const ran = engine.run('main', 'SELECT 40 + 2');
    await new Promise((next) => setTimeout(next, 20));
    expect(workers[0]!.received.map((r) => r.type)).toEqual(['run']);
    expect(await ran).toMatchObject({ ok: true, results: [{ rows: [[42]] }] });
    expect(engine.restarts).toBe(0);
  });

  it('still stops a runaway sent while SQLite boots, once it has run past its limit', async () => {
    const { engine, workers } = makeEngine(100, false, 150);
    workers[0]!.set.open('main');
    const outcome = await engine.run('main', 'SELECT 1; /*hang*/');
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'timeout', limitMs: 100 } });
    expect(workers[0]!.terminated).toBe(true);
  });
});

describe('the runaway corpus', () => {
  it.each(RUNAWAY)('($name) leaves every database exactly as it was before the stopped run', async (c) => {
    const { engine, workers } = makeEngine(100);
    await engine.open('main');
    await engine.open('scratch');
    for (const step of c.before) await engine.run(step.db ?? 'main', step.sql, step.read ? { read: true } : {});
    const before = { main: await dumpDatabase(engine, 'main'), scratch: await dumpDatabase(engine, 'scratch') };
    const { runaway } = c;
    const stopped = await engine.run(runaway.db ?? 'main', runaway.sql, runaway.read ? { read: true } : {});
    expect(stopped).toMatchObject({ ok: false, error: { kind: 'timeout', limitMs: 100 } });
    // The stop is told first: no replacement worker was started before it was answered.
    expect(workers).toHaveLength(1);
    expect({ main: await dumpDatabase(engine, 'main'), scratch: await dumpDatabase(engine, 'scratch') }).toEqual(before);
    expect(workers).toHaveLength(2);
    // Nothing was replayed: the new worker reopened the databases from their snapshots.
    expect(workers[1]!.runs().every((sql) => !c.before.some((step) => step.sql === sql))).toBe(true);
  });

  it('has at least twenty cases', () => {
    expect(RUNAWAY.length).toBeGreaterThanOrEqual(20);
  });
});

describe('an open transaction', () => {
  it('cannot be snapshotted, so its scripts are replayed: the transaction is still open after a stop', async () => {
    const { engine, workers } = makeEngine(100);
    await engine.open('main');
    await engine.run('main', 'CREATE TABLE t(x); INSERT INTO t VALUES (1);');
    await engine.run('main', 'BEGIN; INSERT INTO t VALUES (2);');
    await engine.run('main', 'INSERT INTO t VALUES (3);');
    await engine.run('main', `DELETE FROM t; /*hang*/ SELECT 1`);
    expect(await rows(engine, 'main', 'SELECT x FROM t ORDER BY x')).toEqual([[1], [2], [3]]);
    expect(workers[1]!.runs().slice(0, 2)).toEqual(['BEGIN; INSERT INTO t VALUES (2);', 'INSERT INTO t VALUES (3);']);
    await engine.run('main', 'ROLLBACK');
    expect(await rows(engine, 'main', 'SELECT x FROM t ORDER BY x')).toEqual([[1]]);
  });

  it('once committed is snapshotted again, and nothing is replayed after the next stop', async () => {
    const { engine, workers } = makeEngine(100);
    await engine.open('main');
    await engine.run('main', 'CREATE TABLE t(x); BEGIN; INSERT INTO t VALUES (random());');
    await engine.run('main', 'COMMIT;');
    const before = await dumpDatabase(engine, 'main');
    await engine.run('main', `INSERT INTO t VALUES (1); /*hang*/ SELECT 1`);
    expect(await dumpDatabase(engine, 'main')).toEqual(before);
    expect(workers[1]!.received.filter((r) => r.type === 'run' && !r.options?.read)).toEqual([]);
  });
});

describe('a worker crash', () => {
  it('during a run is a CrashError outcome with the time it ran, not a timeout', async () => {
    const { engine, workers } = makeEngine(1000);
    await engine.open('main');
    const out = await engine.run('main', 'SELECT 1; /*crash*/');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.kind).toBe('crash');
    if (out.error.kind === 'crash') expect(out.error.afterMs).toBeLessThan(1000);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('during an export rejects with an EngineError of kind crash, and the next request gets a fresh worker', async () => {
    const { engine, workers } = makeEngine();
    await engine.open('main');
    await engine.run('main', 'CREATE TABLE t(x); INSERT INTO t VALUES (3);');
    await engine.open('doomed');
    const error = await engine.export('doomed').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).failure).toEqual({ kind: 'crash', request: 'export' } satisfies EngineFailure);
    expect(await rows(engine, 'main', 'SELECT x FROM t')).toEqual([[3]]);
    expect(engine.restarts).toBe(1);
    expect(workers).toHaveLength(2);
  });

  it('while taking a snapshot loses neither the outcome nor the script: the next request replays it', async () => {
    const { engine, workers } = makeEngine(1000);
    await engine.open('doomed');
    const first = await engine.run('doomed', 'CREATE TABLE t(x); INSERT INTO t VALUES (1), (2);');
    expect(first.ok).toBe(true);
    expect(await rows(engine, 'doomed', 'SELECT count(*) FROM t')).toEqual([[2]]);
    expect(engine.restarts).toBe(1);
    expect(workers[1]!.runs()[0]).toBe('CREATE TABLE t(x); INSERT INTO t VALUES (1), (2);');
  });

  it('while idle is noticed: the next request replaces the worker first', async () => {
    const { engine, workers } = makeEngine();
    await engine.open('main');
    await engine.run('main', 'CREATE TABLE t(x); INSERT INTO t VALUES (4);');
    workers[0]!.die();
    expect(await rows(engine, 'main', 'SELECT x FROM t')).toEqual([[4]]);
    expect(engine.restarts).toBe(1);
  });

  it('before the worker is ready rejects with kind crash instead of waiting forever', async () => {
    const { engine } = makeEngine(200, true);
    await expect(engine.open('main')).rejects.toMatchObject({ kind: 'crash', failure: { kind: 'crash', request: 'open' } });
  });
});

describe('the dispatch', () => {
  it('answers a request for an unknown database with a typed failure, not a thrown string', () => {
    const set = new DatabaseSet(sqlite);
    expect(answerRequest({ id: 7, type: 'export', db: 'gone' }, set)).toEqual({
      id: 7,
      ok: false,
      error: { kind: 'no-database', db: 'gone' },
    });
  });

  it('rethrows a wasm trap instead of answering, so the worker dies and is replaced', () => {
    const set = new TrappingSet(sqlite);
    set.open('main');
    expect(() => answerRequest({ id: 1, type: 'run', db: 'main', script: '/*crash*/' }, set)).toThrow(WebAssembly.RuntimeError);
  });
});
