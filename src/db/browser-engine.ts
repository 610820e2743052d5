/** Creates the browser's engine: the SQLite worker behind the watchdog client. */
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import type { Init } from './protocol.js';
import { WorkerEngine, type WorkerEngineOptions } from './worker-client.js';

/**
 * Compiles SQLite's wasm on the page, started as early as possible (index.html preloads the file);
 * compiled once, it is handed to every worker, so a restart after a watchdog stop compiles nothing.
 */
export async function compileSqlite(url: string = wasmUrl, init?: RequestInit): Promise<WebAssembly.Module | undefined> {
  try {
    return await WebAssembly.compileStreaming(fetch(url, init));
  } catch {
    // A host that serves .wasm with the wrong type: compile from bytes, or let the worker try.
    try {
      return await WebAssembly.compile(await (await fetch(url, init)).arrayBuffer());
    } catch {
      return undefined;
    }
  }
}

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
