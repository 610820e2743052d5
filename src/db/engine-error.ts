/**
 * Why an engine request failed, as a typed value that crosses the worker boundary, and the one
 * `Error` the engine throws for it. A learner's SQL mistake is never one of these: it is a
 * `ScriptOutcome` value. These are bugs or a broken engine.
 */
import type { RequestType } from './protocol.js';

/** A failure the worker (or the in-process DatabaseSet) reports for one request. */
export type WorkerFailure =
  /** No database of that name is open: the caller's bug. */
  | { kind: 'no-database'; db: string }
  /** A tool's read (`read: true`) held a statement that would change the database; nothing ran from it on. */
  | { kind: 'read-would-write'; db: string; sql: string }
  /** sql.js could not be loaded in the worker, so no request can be served. */
  | { kind: 'engine-unavailable'; reason: string }
  /** Anything else that threw inside the engine. */
  | { kind: 'internal'; message: string };

/**
 * Every way an engine request can fail: what the worker reports, or the worker dying while it
 * served `request` (only the client sees this one; a run reports it as a `CrashError` outcome instead).
 */
export type EngineFailure = WorkerFailure | { kind: 'crash'; request: RequestType };

export type EngineFailureKind = EngineFailure['kind'];

/** Thrown by every Engine of src/db when a request fails; `failure` holds the details. */
export class EngineError extends Error {
  readonly failure: EngineFailure;

  constructor(failure: EngineFailure) {
    super(describeFailure(failure));
    this.name = 'EngineError';
    this.failure = failure;
  }

  get kind(): EngineFailureKind {
    return this.failure.kind;
  }
}

/** The English sentence for logs and the error's `message` (these are bugs, not learner feedback). */
export function describeFailure(failure: EngineFailure): string {
  switch (failure.kind) {
    case 'no-database':
      return `No open database named "${failure.db}".`;
    case 'read-would-write':
      return `A read of database "${failure.db}" would change it, so it was refused: ${failure.sql}`;
    case 'engine-unavailable':
      return `The SQLite engine is unavailable: ${failure.reason}`;
    case 'internal':
      return `The SQLite engine failed: ${failure.message}`;
    case 'crash':
      return `The SQLite worker crashed during "${failure.request}".`;
    default:
      throw new Error(`Unknown engine failure ${JSON.stringify(failure satisfies never)}.`);
  }
}
