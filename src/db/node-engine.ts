/** The engine in-process for Node: unit tests and the CLI use it. Same behaviour as the worker. */
import initSqlJs from 'sql.js';
import type { Engine, RunOptions, ScriptOutcome } from '../core/engine.js';
import { DatabaseSet } from './script-runner.js';

/** Creates an engine backed by sql.js in this process (no watchdog: Node callers own their time). */
export async function createNodeEngine(): Promise<Engine> {
  const set = new DatabaseSet(await initSqlJs());
  return {
    async open(db: string, bytes?: Uint8Array) {
      set.open(db, bytes);
    },
    async run(db: string, script: string, options?: RunOptions): Promise<ScriptOutcome> {
      return set.run(db, script, options);
    },
    async export(db: string) {
      return set.export(db);
    },
    async close(db: string) {
      set.close(db);
    },
  };
}
