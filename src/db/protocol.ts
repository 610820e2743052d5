/**
 * The one typed protocol between the page and the SQLite worker. Requests and responses are
 * discriminated unions carrying an `id`; the client owns the id → promise map.
 */
import type { RunOptions, ScriptOutcome } from '../core/engine.js';
import type { WorkerFailure } from './engine-error.js';

/**
 * `open` turns foreign keys on unless `foreignKeys` is false (a restore reopens a database as the
 * learner left it); `snapshot` is an export plus the connection setting the file does not hold.
 */
export type Request =
  | { id: number; type: 'open'; db: string; bytes?: Uint8Array; foreignKeys?: boolean }
  | { id: number; type: 'run'; db: string; script: string; options?: RunOptions }
  | { id: number; type: 'export'; db: string }
  | { id: number; type: 'snapshot'; db: string }
  | { id: number; type: 'close'; db: string };

/** A run's outcome, and whether it may have changed the database (then the client takes a snapshot). */
export interface RunAnswer {
  outcome: ScriptOutcome;
  changed: boolean;
}

/** A database as it is now: its file, and whether foreign keys are on (a connection setting, not in the file). */
export interface Snapshot {
  bytes: Uint8Array;
  foreignKeys: boolean;
}

/** What each request type answers with when it succeeds. */
export interface ResultOf {
  open: null;
  run: RunAnswer;
  export: Uint8Array;
  snapshot: Snapshot;
  close: null;
}

export type RequestType = Request['type'];

/** A request without its id, as the client builds it. */
export type RequestBody = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;

/** A success carries the request type's result; a failure carries a typed reason, never a bare string. */
export type Response =
  | { [K in RequestType]: { id: number; type: K; ok: true; result: ResultOf[K] } }[RequestType]
  | { id: number; ok: false; error: WorkerFailure };

/**
 * The page's first message: SQLite's wasm, already compiled (the page starts the download while
 * it parses its own script, and a replacement worker after a watchdog stop reuses it). Without a
 * module the worker fetches and compiles the wasm itself.
 */
export interface Init {
  type: 'init';
  wasm?: WebAssembly.Module;
}

/** The worker announces it is ready to take requests (sql.js loaded). */
export interface Ready {
  type: 'ready';
}
