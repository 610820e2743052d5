/**
 * The browser's Engine: talks to the SQLite worker over the typed protocol, owns the id → promise
 * map, and keeps a watchdog. A script running past the time limit is stopped by terminating the
 * worker; a fresh worker then rebuilds every open database as it was before that script, from
 * the journal of the learner's scripts (a tool's reads change nothing, so they are not journaled).
 */
import type { Engine, RunOptions, ScriptError, ScriptOutcome } from '../core/engine.js';
import { EngineError } from './engine-error.js';
import type { Ready, RequestBody, RequestType, ResultOf, Response } from './protocol.js';
import { RestoreJournal } from './restore-journal.js';

/** The part of `Worker` the client uses (tests may pass a fake). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface WorkerEngineOptions {
  /** Scripts running longer are stopped (default 3,000 ms). */
  timeoutMs?: number;
}

interface Pending {
  resolve(response: Response): void;
}

/** Why the worker was replaced: a runaway script, or a crash. */
type Interruption = { cause: 'timeout' | 'crash' };

export class WorkerEngine implements Engine {
  timeoutMs: number;
  readonly #spawn: () => WorkerLike;
  readonly #journal = new RestoreJournal();
  readonly #pending = new Map<number, Pending>();
  #worker!: WorkerLike;
  /** Resolves true once the worker is ready, false if it died before. */
  #ready!: Promise<boolean>;
  /** The current worker died outside a run; the next request replaces it first. */
  #broken = false;
  #nextId = 1;
  #tail: Promise<unknown> = Promise.resolve();
  #interrupt: ((reason: Interruption) => void) | null = null;
  /** How many times a worker was replaced (tests and the UI read it). */
  restarts = 0;

  constructor(spawn: () => WorkerLike, options: WorkerEngineOptions = {}) {
    this.#spawn = spawn;
    this.timeoutMs = options.timeoutMs ?? 3000;
    this.#start();
  }

  /** Opens a database; a worker crash meanwhile rejects with an EngineError of kind 'crash'. */
  open(db: string, bytes?: Uint8Array): Promise<void> {
    return this.#serial(async () => {
      await this.#call({ type: 'open', db, bytes });
      this.#journal.opened(db, bytes);
    });
  }

  /**
   * Runs a script under the watchdog; a stop or a crash restores every database and is reported
   * as a `TimeoutError` or `CrashError` outcome. Only the learner's scripts (not `read`) are
   * journaled and count toward the next snapshot.
   */
  run(db: string, script: string, options?: RunOptions): Promise<ScriptOutcome> {
    return this.#serial(async () => {
      const started = Date.now();
      const answer = await this.#call({ type: 'run', db, script, options }, this.timeoutMs);
      if ('cause' in answer) {
        await this.#restore();
        const place = { sql: script, start: 0, end: script.length, line: 1 };
        const error: ScriptError =
          answer.cause === 'timeout'
            ? { kind: 'timeout', limitMs: this.timeoutMs, ...place }
            : { kind: 'crash', afterMs: Date.now() - started, ...place };
        return { ok: false, results: [], error };
      }
      if (options?.read) return answer;
      this.#journal.ran(db, script, answer);
      if (this.#journal.wantsSnapshot(db)) await this.#takeSnapshot(db);
      return answer;
    });
  }

  export(db: string): Promise<Uint8Array> {
    return this.#serial(async () => {
      const bytes = await this.#call({ type: 'export', db });
      this.#journal.snapshot(db, bytes);
      return bytes;
    });
  }

  close(db: string): Promise<void> {
    return this.#serial(async () => {
      await this.#call({ type: 'close', db });
      this.#journal.closed(db);
    });
  }

  /** Stops the worker for good. */
  dispose(): void {
    this.#worker.terminate();
  }

  /**
   * Requests run one after another: the worker is single-threaded and the watchdog times one
   * script. A worker that died since the last request is replaced before the next one.
   */
  #serial<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(async () => {
      if (this.#broken) await this.#restore();
      return task();
    });
    this.#tail = result.catch(() => undefined);
    return result;
  }

  #start(): void {
    const worker = this.#spawn();
    this.#worker = worker;
    this.#broken = false;
    this.#ready = new Promise<boolean>((resolve) => {
      worker.onmessage = (event: MessageEvent<Response | Ready>) => {
        const data = event.data;
        if ('type' in data && data.type === 'ready') return resolve(true);
        const response = data as Response;
        const pending = this.#pending.get(response.id);
        this.#pending.delete(response.id);
        pending?.resolve(response);
      };
      // An uncaught error in the worker (a wasm trap, out of memory, a script that failed to
      // load) leaves it unable to answer: whatever waits on it is told, and it is replaced.
      worker.onerror = (event) => {
        event.preventDefault?.();
        if (worker !== this.#worker) return;
        this.#broken = true;
        resolve(false);
        this.#interrupt?.({ cause: 'crash' });
      };
    });
  }

  /** A crash while snapshotting loses nothing: the journal still holds the run, and the next request restores. */
  async #takeSnapshot(db: string): Promise<void> {
    try {
      this.#journal.snapshot(db, await this.#call({ type: 'export', db }));
    } catch (e) {
      if (!(e instanceof EngineError && e.kind === 'crash')) throw e;
    }
  }

  /** Sends one request; with a time limit, resolves to an `Interruption` when the worker must go. */
  #call<K extends RequestType>(body: RequestBody & { type: K }): Promise<ResultOf[K]>;
  #call<K extends RequestType>(body: RequestBody & { type: K }, limitMs: number): Promise<ResultOf[K] | Interruption>;
  async #call<K extends RequestType>(body: RequestBody & { type: K }, limitMs?: number): Promise<ResultOf[K] | Interruption> {
    if (!(await this.#ready)) return this.#crashed(body.type, limitMs);
    const id = this.#nextId++;
    const response = new Promise<Response | Interruption>((resolve) => {
      this.#pending.set(id, { resolve });
      this.#interrupt = resolve;
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (limitMs !== undefined) timer = setTimeout(() => this.#interrupt?.({ cause: 'timeout' }), limitMs);
    this.#worker.postMessage({ ...body, id });
    const answer = await response;
    clearTimeout(timer);
    this.#interrupt = null;
    this.#pending.delete(id);
    if ('cause' in answer) return answer.cause === 'crash' ? this.#crashed(body.type, limitMs) : answer;
    if (!answer.ok) throw new EngineError(answer.error);
    return answer.result as ResultOf[K];
  }

  /** A crash is an outcome for a watched run (which restores), and an EngineError for anything else. */
  #crashed(request: RequestType, limitMs: number | undefined): Interruption {
    if (limitMs === undefined) throw new EngineError({ kind: 'crash', request });
    return { cause: 'crash' };
  }

  /**
   * Replaces the worker and replays every open database up to the last finished learner script.
   * A crash while replaying rejects with an EngineError of kind 'crash' (no endless restarts).
   */
  async #restore(): Promise<void> {
    this.#worker.terminate();
    this.#pending.clear();
    this.restarts++;
    this.#start();
    for (const [db, entry] of this.#journal.entries()) {
      await this.#call({ type: 'open', db, bytes: entry.snapshot });
      for (const script of entry.log) await this.#call({ type: 'run', db, script });
    }
  }
}
