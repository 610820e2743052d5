/**
 * The SQLite worker for Node: the browser worker (`worker.ts`) as a `node:worker_threads` thread,
 * so the CLI's watchdog can stop a runaway script. Same protocol, same dispatch; sql.js finds its
 * wasm beside its own script in node_modules, so there is no `init` message.
 */
import { parentPort } from 'node:worker_threads';
import initSqlJs from 'sql.js';
import { answerWhenReady } from './dispatch.js';
import type { Ready, Request } from './protocol.js';
import { DatabaseSet } from './script-runner.js';

const port = parentPort;
if (!port) throw new Error('node-worker.ts runs as a worker thread (node:worker_threads), not as a program of its own.');

const ready = initSqlJs().then((sqlite) => new DatabaseSet(sqlite));

port.on('message', (request: Request) => {
  void answerWhenReady(request, ready, (response, transfer) => port.postMessage(response, transfer as ArrayBuffer[]));
});

// Ready either way: if sql.js failed to load, every request is answered with that failure.
ready.then(
  () => port.postMessage({ type: 'ready' } satisfies Ready),
  (e: unknown) => {
    console.error('sql.js failed to load', e);
    port.postMessage({ type: 'ready' } satisfies Ready);
  },
);
