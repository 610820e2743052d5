/** Creates the browser's engine: the SQLite worker behind the watchdog client. */
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import type { Init } from './protocol.js';
import { WorkerEngine, type WorkerEngineOptions } from './worker-client.js';

/**
 * Compiles SQLite's wasm on the page, started as early as possible (index.html preloads the file);
 * compiled once, it is handed to every worker, so a restart after a watchdog stop compiles nothing.
 */
async function compileSqlite(): Promise<WebAssembly.Module | undefined> {
  try {
    return await WebAssembly.compileStreaming(fetch(wasmUrl));
  } catch {
    // A host that serves .wasm with the wrong type: compile from bytes, or let the worker try.
    try {
      return await WebAssembly.compile(await (await fetch(wasmUrl)).arrayBuffer());
    } catch {
      return undefined;
    }
  }
}

export function createBrowserEngine(options: WorkerEngineOptions = {}): WorkerEngine {
  const wasm = compileSqlite();
  return new WorkerEngine(() => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    void wasm.then((module) => worker.postMessage(module ? { type: 'init', wasm: module } : ({ type: 'init' } satisfies Init)));
    return worker;
  }, options);
}
