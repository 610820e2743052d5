/**
 * The worker every embed on a page shares, loaded when a learner first turns to one (see
 * shared-engine.ts). The embed's files may live on another origin than the page, and a worker
 * cannot be started from another origin's URL, so a same-origin blob bootstrap imports the worker
 * module by its absolute URL (the page's CSP must allow `worker-src blob:`; see docs/embedding.md).
 */
import workerUrl from './worker.ts?worker&url';
import { engineOnWorkers } from './browser-engine.js';
import type { WorkerEngine } from './worker-client.js';

/** The worker's script address: its own when same-origin, else a blob that imports it. */
function workerScript(url: string): string {
  if (new URL(url).origin === location.origin) return url;
  const bootstrap = `import ${JSON.stringify(url)};`;
  return URL.createObjectURL(new Blob([bootstrap], { type: 'text/javascript' }));
}

/** Starts the page's SQLite worker, handed the wasm compiled ahead. */
export function startSharedWorker(wasm: Promise<WebAssembly.Module | undefined>): WorkerEngine {
  const script = workerScript(new URL(workerUrl, import.meta.url).href);
  return engineOnWorkers(() => new Worker(script, { type: 'module' }), wasm);
}
