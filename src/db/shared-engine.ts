/**
 * The SQLite engine every embed on a page shares: one worker, one wasm download, a database
 * per element. The embed's files may live on another origin than the page, and a worker cannot be
 * started from another origin's URL, so a same-origin blob bootstrap imports the worker module by
 * its absolute URL (the page's CSP must allow `worker-src blob:`; see docs/embedding.md).
 */
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import workerUrl from './worker.ts?worker&url';
import { compileSqlite, engineOnWorkers } from './browser-engine.js';
import type { WorkerEngine } from './worker-client.js';

let shared: WorkerEngine | null = null;
let nextDb = 0;

/** Absolute, from the module's own address: relative URLs would resolve against the host page. */
const absolute = (url: string) => new URL(url, import.meta.url).href;

/** The worker's script address: its own when same-origin, else a blob that imports it. */
function workerScript(url: string): string {
  if (new URL(url).origin === location.origin) return url;
  const bootstrap = `import ${JSON.stringify(url)};`;
  return URL.createObjectURL(new Blob([bootstrap], { type: 'text/javascript' }));
}

/** The page's engine, started on first use (so a page that defines the element but shows none pays nothing). */
export function sharedEngine(): WorkerEngine {
  if (shared) return shared;
  // Fetched from the embed's origin (CORS), once for every embed on the page.
  const wasm = compileSqlite(absolute(wasmUrl), { credentials: 'omit' });
  const script = workerScript(absolute(workerUrl));
  shared = engineOnWorkers(() => new Worker(script, { type: 'module' }), wasm);
  return shared;
}

/** A database name of its own for each element on the page. */
export function nextDatabaseName(): string {
  return `embed-${++nextDb}`;
}
