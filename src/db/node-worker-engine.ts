/**
 * The CLI's engine: SQLite in a `node:worker_threads` thread (`node-worker.ts`) behind the browser's
 * watchdog client, so a runaway script is stopped and reported as a `TimeoutError` outcome, with the
 * database restored, instead of freezing the process (sql.js cannot interrupt a query).
 */
import { type TransferListItem, Worker } from 'node:worker_threads';
import { WorkerEngine, type WorkerEngineOptions, type WorkerLike } from './worker-client.js';

export interface NodeWorkerEngineOptions extends WorkerEngineOptions {
  /** The worker's script: `node-worker.ts` bundled to JavaScript (Node runs no TypeScript). */
  script: URL;
}

/** An engine on worker threads running `script`; `dispose()` it when done, or its thread keeps the process alive. */
export function createNodeWorkerEngine({ script, ...options }: NodeWorkerEngineOptions): WorkerEngine {
  return new WorkerEngine(() => asWorkerLike(new Worker(script)), options);
}

/**
 * Node's Worker as the client sees a Web Worker: message events, an error event, and a stop. A thread
 * that ends unasked (an uncaught error, out of memory, `process.exit` in it) raises one error event.
 */
export function asWorkerLike(worker: Worker): WorkerLike {
  let stopped = false;
  let failed = false;
  const like: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message, transfer) {
      worker.postMessage(message, transfer as TransferListItem[] | undefined);
    },
    terminate() {
      stopped = true;
      void worker.terminate();
    },
  };
  const fail = (error: Error) => {
    if (stopped || failed) return;
    failed = true;
    // Node 20 has no ErrorEvent; the client reads only preventDefault (and a log may read the rest).
    like.onerror?.({ error, message: error.message, preventDefault() {} } as unknown as ErrorEvent);
  };
  worker.on('message', (data: unknown) => like.onmessage?.({ data } as MessageEvent));
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The SQLite worker thread exited with code ${code}.`)));
  return like;
}
