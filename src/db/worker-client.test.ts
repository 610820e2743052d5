import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { errorText } from '../core/engine.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Request, Response } from './protocol.js';
import { DatabaseSet } from './script-runner.js';
import { WorkerEngine, type WorkerLike } from './worker-client.js';

let sqlite: SqlJsStatic;
beforeAll(async () => {
  sqlite = await initSqlJs();
});

/** A worker that runs the real DatabaseSet in-process; scripts containing `/*hang*\/` never answer. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly set = new DatabaseSet(sqlite);
  constructor() {
    setTimeout(() => this.#emit({ type: 'ready' }));
  }
  postMessage(message: unknown): void {
    const request = structuredClone(message) as Request;
    setTimeout(() => {
      if (this.terminated) return;
      if (request.type === 'run' && request.script.includes('/*hang*/')) return;
      if (request.type === 'run' && request.script.includes('/*crash*/')) {
        this.onerror?.({ preventDefault() {} } as ErrorEvent);
        return;
      }
      let response: Response;
      try {
        response = this.#answer(request);
      } catch (e) {
        response = { id: request.id, ok: false, error: (e as Error).message };
      }
      this.#emit(response);
    });
  }
  #answer(request: Request): Response {
    let response: Response;
    switch (request.type) {
      case 'open':
        this.set.open(request.db, request.bytes);
        response = { id: request.id, type: 'open', ok: true, result: null };
        break;
      case 'run':
        response = { id: request.id, type: 'run', ok: true, result: this.set.run(request.db, request.script) };
        break;
      case 'export':
        response = { id: request.id, type: 'export', ok: true, result: this.set.export(request.db) };
        break;
      case 'close':
        this.set.close(request.db);
        response = { id: request.id, type: 'close', ok: true, result: null };
        break;
    }
    return response;
  }
  terminate(): void {
    this.terminated = true;
  }
  #emit(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

function makeEngine(timeoutMs = 200) {
  const workers: FakeWorker[] = [];
  const engine = new WorkerEngine(
    () => {
      const w = new FakeWorker();
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

  it('surfaces worker-side failures as Errors with the message', async () => {
    const { engine } = makeEngine();
    await expect(engine.run('nope', 'SELECT 1')).rejects.toThrow('No open database named "nope".');
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
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(engine.restarts).toBe(1);

    // Statements before the failing duplicate stand; the stopped script left nothing behind.
    expect(await rows(engine, 'main', 'SELECT id, name FROM s ORDER BY id')).toEqual([
      [1, 'Ada'],
      [2, 'Linus'],
    ]);
    expect(await rows(engine, 'scratch', 'SELECT x FROM t')).toEqual([[7]]);
    expect(await rows(engine, 'main', 'PRAGMA foreign_keys')).toEqual([[1]]);
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
});
