/// <reference lib="webworker" />
/** The SQLite Web Worker: loads sql.js, then answers protocol requests one at a time. */
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import { answerWhenReady } from './dispatch.js';
import type { Init, Ready, Request } from './protocol.js';
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

self.onmessage = (event: MessageEvent<Request | Init>) => {
  if (event.data.type === 'init') return receiveInit(event.data);
  void answerWhenReady(event.data, ready, (response, transfer) => self.postMessage(response, transfer));
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
