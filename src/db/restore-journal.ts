/**
 * What the client needs to rebuild a database after the worker is terminated: a restore point per
 * database. It is a snapshot (the file, and the foreign_keys setting the file does not hold) taken
 * after every learner run that changed the database, so a restore replays nothing and comes back
 * exactly as it was, whatever the scripts computed (random(), randomblob(), datetime('now')).
 * Only when no snapshot can be taken (inside an open write transaction, which SQLite cannot
 * export) are the learner's scripts since the last one kept, to be replayed in order. A tool's
 * reads change nothing and are never recorded.
 */
import type { ScriptOutcome } from '../core/engine.js';
import type { Snapshot } from './protocol.js';

interface Entry {
  snapshot: Uint8Array | undefined;
  foreignKeys: boolean;
  /** The learner's scripts since the snapshot; empty whenever a snapshot could be taken. */
  log: string[];
}

export class RestoreJournal {
  readonly #entries = new Map<string, Entry>();

  opened(db: string, bytes?: Uint8Array): void {
    this.#entries.set(db, { snapshot: bytes?.slice(), foreignKeys: true, log: [] });
  }

  /**
   * Records a learner's script that may have changed the database (all of it, or the statements
   * before the one that failed), and every script after one that could not be snapshotted yet:
   * a replay must see a COMMIT too, though it changes no fingerprint.
   */
  ran(db: string, script: string, outcome: ScriptOutcome, changed: boolean): void {
    const entry = this.#entries.get(db);
    if (!entry || (!changed && entry.log.length === 0)) return;
    const end = outcome.ok ? script.length : (outcome.results.at(-1)?.end ?? 0);
    const done = script.slice(0, end);
    if (done.trim() !== '') entry.log.push(done);
  }

  /** True when the restore point is behind the database: a snapshot should be taken now. */
  wantsSnapshot(db: string): boolean {
    return (this.#entries.get(db)?.log.length ?? 0) > 0;
  }

  /** Makes `snapshot` the restore point of `db` (the journal keeps the bytes: pass a copy if they are shared). */
  snapshot(db: string, { bytes, foreignKeys }: Snapshot): void {
    if (this.#entries.has(db)) this.#entries.set(db, { snapshot: bytes, foreignKeys, log: [] });
  }

  closed(db: string): void {
    this.#entries.delete(db);
  }

  entries(): [string, Entry][] {
    return [...this.#entries];
  }
}
