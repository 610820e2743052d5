/**
 * The worker's dispatch, free of the DOM so the test double runs exactly this code: one request
 * in, one response out, failures as typed values. Shared by `worker.ts` (the browser's Web Worker),
 * `node-worker.ts` (the CLI's worker thread) and the tests.
 */
import { EngineError, type WorkerFailure } from './engine-error.js';
import type { Request, Response } from './protocol.js';
import type { DatabaseSet } from './script-runner.js';

/**
 * Answers one request on `set`. A trap in SQLite's wasm is rethrown, not answered: the engine is
 * broken, and the worker must die so the client replaces it (it sees that as a crash).
 */
export function answerRequest(request: Request, set: DatabaseSet): Response {
  try {
    return serve(request, set);
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) throw e;
    return failedResponse(request, failureOf(e));
  }
}

/**
 * A worker's answer to one message, once sql.js has loaded (`ready`): posted with its buffers
 * transferred, or the load failure if sql.js did not load. A trap is rethrown outside this async
 * function (whose rejection nobody would see), so it becomes the worker's uncaught error and the
 * client replaces the worker.
 */
export async function answerWhenReady(
  request: Request,
  ready: Promise<DatabaseSet>,
  post: (response: Response, transfer: Transferable[]) => void,
): Promise<void> {
  let set: DatabaseSet;
  try {
    set = await ready;
  } catch (e) {
    const reason = e instanceof Error ? e.message : 'sql.js failed to load';
    post(failedResponse(request, { kind: 'engine-unavailable', reason }), []);
    return;
  }
  let response: Response;
  try {
    response = answerRequest(request, set);
  } catch (e) {
    setTimeout(() => {
      throw e;
    });
    return;
  }
  post(response, transferOf(response));
}

/** The response for a request that could not be served (also used when sql.js did not load). */
export function failedResponse(request: Request, error: WorkerFailure): Response {
  return { id: request.id, ok: false, error };
}

/** What to transfer rather than copy with a response: an export's or a snapshot's file bytes. */
export function transferOf(response: Response): Transferable[] {
  if (!response.ok) return [];
  if (response.type === 'export') return [response.result.buffer as ArrayBuffer];
  if (response.type === 'snapshot') return [response.result.bytes.buffer as ArrayBuffer];
  return [];
}

function serve(request: Request, set: DatabaseSet): Response {
  switch (request.type) {
    case 'open':
      set.open(request.db, request.bytes, request.foreignKeys ?? true);
      return { id: request.id, type: 'open', ok: true, result: null };
    case 'run':
      return { id: request.id, type: 'run', ok: true, result: set.runTracked(request.db, request.script, request.options) };
    case 'export':
      return { id: request.id, type: 'export', ok: true, result: set.export(request.db) };
    case 'snapshot':
      return { id: request.id, type: 'snapshot', ok: true, result: set.snapshot(request.db) };
    case 'close':
      set.close(request.db);
      return { id: request.id, type: 'close', ok: true, result: null };
    default:
      throw new Error(`Unknown request ${JSON.stringify(request satisfies never)}.`);
  }
}

function failureOf(e: unknown): WorkerFailure {
  if (e instanceof EngineError && e.failure.kind !== 'crash') return e.failure;
  return { kind: 'internal', message: e instanceof Error ? e.message : 'unknown error' };
}
