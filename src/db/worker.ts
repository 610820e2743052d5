/// <reference lib="webworker" />
/** The SQLite Web Worker: loads sql.js, then answers protocol requests one at a time. */
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import type { Init, Ready, Request, Response } from './protocol.js';
import { DatabaseSet } from './script-runner.js';

declare const self: DedicatedWorkerGlobalScope;

let receiveInit: (init: Init) => void;
const init = new Promise<Init>((resolve) => {
  receiveInit = resolve;
});

const ready = init
  .then(({ wasm }) =>
    initSqlJs(
      wasm
        ? {
            instantiateWasm(imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance) => void) {
              void WebAssembly.instantiate(wasm, imports).then(receive);
              return {};
            },
          }
        : { locateFile: () => wasmUrl },
    ),
  )
  .then((sqlite) => new DatabaseSet(sqlite));

function answer(request: Request, set: DatabaseSet): Response {
  switch (request.type) {
    case 'open':
      set.open(request.db, request.bytes);
      return { id: request.id, type: 'open', ok: true, result: null };
    case 'run':
      return { id: request.id, type: 'run', ok: true, result: set.run(request.db, request.script, request.options) };
    case 'export':
      return { id: request.id, type: 'export', ok: true, result: set.export(request.db) };
    case 'close':
      set.close(request.db);
      return { id: request.id, type: 'close', ok: true, result: null };
    default: {
      const never: never = request;
      throw new Error(`Unknown request ${JSON.stringify(never)}`);
    }
  }
}

self.onmessage = async (event: MessageEvent<Request | Init>) => {
  if (event.data.type === 'init') return receiveInit(event.data);
  const request = event.data;
  let response: Response;
  try {
    response = answer(request, await ready);
  } catch (e) {
    const reason = e instanceof Error ? e.message : 'unknown error';
    response = { id: request.id, ok: false, error: reason };
  }
  const transfer = response.ok && response.type === 'export' ? [response.result.buffer as ArrayBuffer] : [];
  self.postMessage(response, transfer);
};

// Ready either way: if sql.js failed to load, every request is answered with that failure
// (see onmessage) instead of waiting forever.
ready.then(
  () => self.postMessage({ type: 'ready' } satisfies Ready),
  (e: unknown) => {
    console.error('sql.js failed to load', e);
    self.postMessage({ type: 'ready' } satisfies Ready);
  },
);
