/**
 * When the heavy parts of the page load — CodeMirror's editors, the diagram — if the learner has not
 * asked for them yet. They wait for the host's signal (the app and the embed give the engine's
 * readiness), then for an idle moment: on classroom Wi-Fi they would otherwise compete with SQLite's
 * wasm for the network and delay the first Run. A learner's touch or focus loads a part at once.
 */
let gate: Promise<unknown> = Promise.resolve();

/** Holds back the heavy parts until `ready` settles (whatever its outcome). */
export function loadHeavyPartsAfter(ready: Promise<unknown>): void {
  gate = ready.catch(() => undefined);
}

/** Calls `callback` once the gate is open and the browser is idle (or a second has passed). */
export function whenIdle(callback: () => void): void {
  void gate.then(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => callback(), { timeout: 1000 });
    else setTimeout(callback, 0);
  });
}
