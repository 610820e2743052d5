/** SQLite's wasm, fetched and compiled on the page (a module of its own: the embed starts it before it loads any worker code). */
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';

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
