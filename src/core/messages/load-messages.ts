/**
 * Catalogue section: what reading a schema script reports when some of its statements cannot run.
 * Its phrases, a file per language: load-messages-en.ts, load-messages-ru.ts.
 */
import type { Message } from './message.js';

export interface LoadParams {
  /**
   * A statement of a schema script failed and was skipped; the rest was read. `statement` is its
   * start as written, `error` what went wrong (SQLite's own text, say `no such module: fts5`).
   */
  'load.statement-skipped': { statement: string; error: Message };
}
