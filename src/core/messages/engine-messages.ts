/**
 * Catalogue section: what the engine says when it stops, loses or refuses a script.
 * Its phrases, a file per language: engine-messages-en.ts, engine-messages-ru.ts.
 */
import type { ResultLimit, UnreadableCharacter } from '../engine.js';

export interface EngineParams {
  /** The watchdog stopped a script that ran past the time limit. */
  'engine.timeout': { limitMs: number };
  /** The SQLite worker died while running a script (out of memory, a crash in the engine). */
  'engine.crash': { afterMs: number };
  /**
   * The script holds a character SQLite cannot read, at `line` and `column`, in statement `sql`;
   * nothing was run.
   */
  'engine.unreadable-character': { reason: UnreadableCharacter; line: number; column: number; sql: string };
  /**
   * What went wrong with a piece of SQL, inside another sentence (a lesson's setup, a schema file):
   * SQLite's own words as it wrote them, a stop at the time limit, or a crash.
   */
  'engine.sqlite-error': { text: string };
  'engine.stopped': { limitMs: number };
  'engine.crashed': { afterMs: number };
  /** A result the checker had to cut (it had `rows` rows; cap `by` of value `limit`), so it was not compared. */
  'engine.too-big-to-check': { rows: number; by: ResultLimit; limit: number };
}

export const seconds = (ms: number, decimal: string) => {
  const s = Math.round(ms / 100) / 10;
  return Number.isInteger(s) ? String(s) : String(s).replace('.', decimal);
};

/** The statement's first line, short, with the unreadable characters made visible. */
export function excerpt(sql: string): string {
  const line = (sql.trim().split('\n')[0] ?? '').replace(/\0/g, '␀').replace(/[\uD800-\uDFFF]/g, '�');
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
