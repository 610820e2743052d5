/**
 * The SQLite engine every embed on a page shares: one worker, one wasm download, a database per
 * element. The wasm starts downloading and compiling as soon as an element renders (bytes, not
 * code); the worker's code loads only when a learner first needs SQLite (shared-worker.ts).
 */
import type { Engine } from '../core/engine.js';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import { compileSqlite } from './compile-sqlite.js';
import { engineOnDemand } from './engine-on-demand.js';

let wasm: Promise<WebAssembly.Module | undefined> | null = null;
let shared: Engine | null = null;
let nextDb = 0;

/**
 * SQLite's compiled wasm, fetched once from the embed's origin (CORS) for every embed on the page;
 * the address is absolute from this module's own (a relative one would resolve against the host page).
 */
export function sharedWasm(): Promise<WebAssembly.Module | undefined> {
  wasm ??= compileSqlite(new URL(wasmUrl, import.meta.url).href, { credentials: 'omit' });
  return wasm;
}

/** The page's engine; its worker starts on the first request (a page that shows no embed pays nothing). */
export function sharedEngine(): Engine {
  shared ??= engineOnDemand(async () => (await import('./shared-worker.js')).startSharedWorker(sharedWasm()));
  return shared;
}

/** A database name of its own for each element on the page. */
export function nextDatabaseName(): string {
  return `embed-${++nextDb}`;
}
