/**
 * When the heavy parts of the page load — CodeMirror's editors, the diagram — if the learner has not
 * asked for them yet. They wait for the host's signal (the app and the embed give the engine's
 * readiness), then for an idle moment: on classroom Wi-Fi they would otherwise compete with SQLite's
 * wasm for the network and delay the first Run. A learner's touch or focus loads a part at once.
 */
let gate: Promise<unknown> = Promise.resolve();
let onIdle = true;

/**
 * Holds back the heavy parts until `ready` settles (whatever its outcome). With `idle: false` (an
 * embed, whose host page's learner may never touch most of its exercises) they load only on use:
 * `whenIdle` callbacks never run, and each part loads on the learner's touch, hover or focus.
 */
export function loadHeavyPartsAfter(ready: Promise<unknown>, options: { idle?: boolean } = {}): void {
  gate = ready.catch(() => undefined);
  onIdle = options.idle ?? true;
}

/** Calls `callback` once the gate is open and the browser is idle (or a second has passed); never when idle loading is off. */
export function whenIdle(callback: () => void): void {
  if (!onIdle) return;
  void gate.then(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => callback(), { timeout: 1000 });
    else setTimeout(callback, 0);
  });
}
