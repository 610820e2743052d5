/**
 * The browser's Engine: talks to the SQLite worker over the typed protocol, owns the id → promise
 * map, and keeps a watchdog. A script running past the time limit is stopped by terminating the
 * worker; a fresh worker then rebuilds every open database as it was before that script.
 */
import type { Engine, RunOptions, ScriptError, ScriptOutcome } from '../core/engine.js';
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
  #ready!: Promise<void>;
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

  open(db: string, bytes?: Uint8Array): Promise<void> {
    return this.#serial(async () => {
      await this.#call({ type: 'open', db, bytes });
      this.#journal.opened(db, bytes);
    });
  }

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
      this.#journal.ran(db, script, answer);
      if (this.#journal.wantsSnapshot(db)) this.#journal.snapshot(db, await this.#call({ type: 'export', db }));
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

  /** Requests run one after another: the worker is single-threaded and the watchdog times one script. */
  #serial<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    this.#tail = result.catch(() => undefined);
    return result;
  }

  #start(): void {
    const worker = this.#spawn();
    this.#worker = worker;
    this.#ready = new Promise<void>((resolve) => {
      worker.onmessage = (event: MessageEvent<Response | Ready>) => {
        const data = event.data;
        if ('type' in data && data.type === 'ready') return resolve();
        const response = data as Response;
        const pending = this.#pending.get(response.id);
        this.#pending.delete(response.id);
        pending?.resolve(response);
      };
    });
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.#interrupt?.({ cause: 'crash' });
    };
  }

  /** Sends one request; with a time limit, resolves to an `Interruption` when the worker must go. */
  #call<K extends RequestType>(body: RequestBody & { type: K }): Promise<ResultOf[K]>;
  #call<K extends RequestType>(body: RequestBody & { type: K }, limitMs: number): Promise<ResultOf[K] | Interruption>;
  async #call<K extends RequestType>(body: RequestBody & { type: K }, limitMs?: number): Promise<ResultOf[K] | Interruption> {
    await this.#ready;
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
    if ('cause' in answer) {
      if (limitMs === undefined) throw new Error(`The SQLite worker failed during "${body.type}".`);
      return answer;
    }
    if (!answer.ok) throw new Error(answer.error);
    return answer.result as ResultOf[K];
  }

  /** Replaces the worker and replays every open database up to the last finished script. */
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
