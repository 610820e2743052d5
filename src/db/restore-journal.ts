/**
 * What the client needs to rebuild a database after the worker is terminated: the last snapshot
 * (file bytes) and the learner's scripts that succeeded since, replayed in order. The client
 * never records a tool's reads here: they change nothing, and replaying them would only cost time.
 */
import type { ScriptOutcome } from '../core/engine.js';

interface Entry {
  snapshot: Uint8Array | undefined;
  log: string[];
}

/** Learner scripts kept before a fresh snapshot is taken, so a restore never replays a long history. */
export const SNAPSHOT_AFTER = 50;

export class RestoreJournal {
  readonly #entries = new Map<string, Entry>();

  opened(db: string, bytes?: Uint8Array): void {
    this.#entries.set(db, { snapshot: bytes?.slice(), log: [] });
  }

  /** Records what a script changed: all of it, or the statements before the one that failed. */
  ran(db: string, script: string, outcome: ScriptOutcome): void {
    const entry = this.#entries.get(db);
    if (!entry) return;
    const end = outcome.ok ? script.length : (outcome.results.at(-1)?.end ?? 0);
    const done = script.slice(0, end);
    if (done.trim() !== '') entry.log.push(done);
  }

  wantsSnapshot(db: string): boolean {
    return (this.#entries.get(db)?.log.length ?? 0) >= SNAPSHOT_AFTER;
  }

  snapshot(db: string, bytes: Uint8Array): void {
    const entry = this.#entries.get(db);
    if (entry) this.#entries.set(db, { snapshot: bytes.slice(), log: [] });
  }

  closed(db: string): void {
    this.#entries.delete(db);
  }

  entries(): [string, Entry][] {
    return [...this.#entries];
  }
}
