/**
 * An engine that loads the real one when first asked: an embed's page pays for the worker's code
 * (sql.js's glue, the protocol) only once a learner turns to an exercise. Nothing is pending
 * before then, so `whenSettled` resolves at once.
 */
import type { Engine, RunOptions, ScriptOutcome } from '../core/engine.js';

export function engineOnDemand(load: () => Promise<Engine>): Engine {
  let engine: Promise<Engine> | null = null;
  const real = () => (engine ??= load());
  return {
    open: (db: string, bytes?: Uint8Array) => real().then((e) => e.open(db, bytes)),
    run: (db: string, script: string, options?: RunOptions): Promise<ScriptOutcome> => real().then((e) => e.run(db, script, options)),
    export: (db: string) => real().then((e) => e.export(db)),
    close: (db: string) => (engine ? engine.then((e) => e.close(db)) : Promise.resolve()),
    whenSettled: () => (engine ? engine.then((e) => e.whenSettled?.()) : Promise.resolve()),
  };
}
