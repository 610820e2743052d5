/** Creates the browser's engine: the SQLite worker behind the watchdog client. */
import type { Init } from './protocol.js';
import { compileSqlite } from './compile-sqlite.js';
import { WorkerEngine, type WorkerEngineOptions } from './worker-client.js';

/** An engine whose workers `spawn` makes; each is handed the compiled wasm (or told to fetch it). */
export function engineOnWorkers(
  spawn: () => Worker,
  wasm: Promise<WebAssembly.Module | undefined>,
  options: WorkerEngineOptions = {},
): WorkerEngine {
  return new WorkerEngine(() => {
    const worker = spawn();
    void wasm.then((module) =>
      worker.postMessage(module ? ({ type: 'init', wasm: module } satisfies Init) : ({ type: 'init' } satisfies Init)),
    );
    return worker;
  }, options);
}

export function createBrowserEngine(options: WorkerEngineOptions = {}): WorkerEngine {
  return engineOnWorkers(() => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }), compileSqlite(), options);
}
