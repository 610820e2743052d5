/**
 * The browser's Engine: talks to the SQLite worker over the typed protocol, owns the id → promise
 * map, and keeps a watchdog. A script running past the time limit is stopped by terminating the
 * worker and reported at once; a fresh worker then rebuilds every open database, before the next
 * request is served, from its restore point (`restore-journal.ts`): a snapshot taken after every
 * learner run that changed it, so it comes back exactly as it was before the stopped script.
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

/** The watchdog's limit unless told otherwise: the app's, and the CLI's default. */
export const DEFAULT_TIMEOUT_MS = 3000;

export interface WorkerEngineOptions {
  /** Scripts running longer are stopped (default `DEFAULT_TIMEOUT_MS`, 3,000 ms). */
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
  /** Databases a learner's run changed whose snapshot is yet to be taken. */
  readonly #stale = new Set<string>();
  /** A restore that failed after a request, told to the next one. */
  #failure: { error: unknown } | null = null;
  /** Stopped for good: no worker is started again (a Node thread would keep the process alive). */
  #disposed = false;
  /** How many times a worker was replaced (tests and the UI read it). */
  restarts = 0;

  constructor(spawn: () => WorkerLike, options: WorkerEngineOptions = {}) {
    this.#spawn = spawn;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#start();
  }

  /** Resolves once every request asked for so far has been answered (whatever the answers). */
  whenSettled(): Promise<void> {
    return this.#tail.then(
      () => undefined,
      () => undefined,
    );
  }

  /** Resolves true once the current worker has SQLite ready (false if it died first). */
  whenReady(): Promise<boolean> {
    return this.#ready;
  }

  /** Opens a database; a worker crash meanwhile rejects with an EngineError of kind 'crash'. */
  open(db: string, bytes?: Uint8Array): Promise<void> {
    return this.#serial(async () => {
      await this.#call({ type: 'open', db, bytes });
      this.#journal.opened(db, bytes);
    });
  }

  /**
   * Runs a script under the watchdog. A stop or a crash is reported as a `TimeoutError` or
   * `CrashError` outcome as soon as it happens; every database is restored before the next request.
   * A learner's script (not `read`) that changed the database is followed by a snapshot, taken
   * after this run has answered.
   */
  run(db: string, script: string, options?: RunOptions): Promise<ScriptOutcome> {
    return this.#serial(async () => {
      const started = Date.now();
      const answer = await this.#call({ type: 'run', db, script, options }, this.timeoutMs);
      if ('cause' in answer) {
        // Stopped now, so a runaway burns no more CPU; the restore runs before the next request.
        this.#worker.terminate();
        this.#broken = true;
        const place = { sql: script, start: 0, end: script.length, line: 1 };
        const error: ScriptError =
          answer.cause === 'timeout'
            ? { kind: 'timeout', limitMs: this.timeoutMs, ...place }
            : { kind: 'crash', afterMs: Date.now() - started, ...place };
        return { ok: false, results: [], error };
      }
      if (!options?.read) {
        this.#journal.ran(db, script, answer.outcome, answer.changed);
        if (this.#journal.wantsSnapshot(db)) this.#stale.add(db);
      }
      return answer.outcome;
    });
  }

  /** The database file's bytes (the restore point is already up to date: it follows every change). */
  export(db: string): Promise<Uint8Array> {
    return this.#serial(() => this.#call({ type: 'export', db }));
  }

  close(db: string): Promise<void> {
    return this.#serial(async () => {
      await this.#call({ type: 'close', db });
      this.#journal.closed(db);
      this.#stale.delete(db);
    });
  }

  /** Stops the worker for good; a request after this throws (a caller bug). */
  dispose(): void {
    this.#disposed = true;
    this.#worker.terminate();
  }

  /**
   * Requests run one after another: the worker is single-threaded and the watchdog times one
   * script. After each request, before the next one, the client catches up: it replaces a worker
   * that was stopped or died and takes the snapshots runs asked for. A restore that fails is
   * reported to the next request.
   */
  #serial<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(async () => {
      if (this.#disposed) throw new Error('The SQLite engine was disposed; start another to run more.');
      const failure = this.#failure;
      this.#failure = null;
      if (failure) throw failure.error;
      if (this.#broken) await this.#restore();
      return task();
    });
    this.#tail = result.catch(() => undefined).then(() => this.#catchUp());
    return result;
  }

  async #catchUp(): Promise<void> {
    if (this.#disposed) return;
    try {
      if (this.#broken) await this.#restore();
      for (const db of this.#stale) {
        this.#stale.delete(db);
        await this.#takeSnapshot(db);
      }
    } catch (error) {
      this.#failure = { error };
    }
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

  /**
   * Makes the database's present state its restore point. Inside an open write transaction SQLite
   * cannot export (an internal failure): the journal keeps the scripts since the last snapshot
   * instead. A crash loses nothing either: the journal still holds the run, and it is replayed.
   */
  async #takeSnapshot(db: string): Promise<void> {
    try {
      this.#journal.snapshot(db, await this.#call({ type: 'snapshot', db }));
    } catch (e) {
      if (!(e instanceof EngineError && (e.kind === 'crash' || e.kind === 'internal'))) throw e;
    }
  }

  /** Sends one request; with a time limit, resolves to an `Interruption` when the worker must go. */
  #call<K extends RequestType>(body: RequestBody & { type: K }): Promise<ResultOf[K]>;
  #call<K extends RequestType>(body: RequestBody & { type: K }, limitMs: number): Promise<ResultOf[K] | Interruption>;
  async #call<K extends RequestType>(body: RequestBody & { type: K }, limitMs?: number): Promise<ResultOf[K] | Interruption> {
    const id = this.#nextId++;
    const response = new Promise<Response | Interruption>((resolve) => {
      this.#pending.set(id, { resolve });
      this.#interrupt = resolve;
    });
    // Sent at once, even while SQLite boots: the worker holds it until it is ready and answers it
    // then, without waiting for this (often busy) thread to hear 'ready' and send it.
    this.#worker.postMessage({ ...body, id });
    if (!(await this.#ready)) {
      this.#pending.delete(id);
      this.#interrupt = null;
      return this.#crashed(body.type, limitMs);
    }
    // The time limit is the script's own: it starts once SQLite is there to run it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (limitMs !== undefined) timer = setTimeout(() => this.#interrupt?.({ cause: 'timeout' }), limitMs);
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
   * Replaces the worker and reopens every open database from its restore point (replaying the
   * scripts kept since, if a snapshot could not be taken). A crash meanwhile rejects with an
   * EngineError of kind 'crash' (no endless restarts).
   */
  async #restore(): Promise<void> {
    this.#worker.terminate();
    this.#pending.clear();
    this.restarts++;
    this.#start();
    for (const [db, entry] of this.#journal.entries()) {
      await this.#call({ type: 'open', db, bytes: entry.snapshot, foreignKeys: entry.foreignKeys });
      for (const script of entry.log) await this.#call({ type: 'run', db, script });
    }
  }
}
