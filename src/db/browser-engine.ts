/** Creates the browser's engine: the SQLite worker behind the watchdog client. */
import { WorkerEngine, type WorkerEngineOptions } from './worker-client.js';

export function createBrowserEngine(options: WorkerEngineOptions = {}): WorkerEngine {
  return new WorkerEngine(() => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }), options);
}
