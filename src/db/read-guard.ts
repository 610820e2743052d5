/**
 * Tells whether a prepared statement would change anything, before it runs, so a tool's read
 * (`read: true`) can be refused instead of quietly altering the learner's database.
 *
 * sql.js does not export `sqlite3_stmt_readonly`, so this reads the statement's bytecode with
 * EXPLAIN (which never runs it) and applies the same test SQLite does: a write transaction on any
 * database, VACUUM, a journal-mode change or a checkpoint. It is stricter in two ways that matter
 * for a learner's session: transaction control (BEGIN, COMMIT, SAVEPOINT, ...) would end or open
 * the learner's transaction, and `PRAGMA name = value` changes a connection setting (such as
 * foreign_keys); both are refused too. Not caught: ATTACH/DETACH and the `PRAGMA name(value)`
 * form of a setting, which no read of ours writes.
 */
import type { Database } from 'sql.js';
import { tokenizeSql } from '../core/sql/sql-tokens.js';

/** Opcodes that SQLite itself counts as "not read-only", plus transaction control. */
const CHANGING_OPCODES = new Set(['Vacuum', 'JournalMode', 'Checkpoint', 'AutoCommit', 'Savepoint']);

/** True when statement `sql` (one statement, as SQLite prepared it) would change the database or the connection. */
export function wouldChange(db: Database, sql: string): boolean {
  const tokens = tokenizeSql(sql);
  const first = tokens[0]?.value.toUpperCase();
  // EXPLAIN and EXPLAIN QUERY PLAN only describe their statement; they cannot be EXPLAINed again.
  if (first === 'EXPLAIN') return false;
  if (first === 'PRAGMA' && tokens.some((t) => t.kind === 'symbol' && t.value === '=')) return true;
  const explain = db.prepare(`EXPLAIN ${sql}`);
  try {
    while (explain.step()) {
      const { opcode, p2 } = explain.getAsObject();
      if (opcode === 'Transaction' && p2 !== 0) return true;
      if (typeof opcode === 'string' && CHANGING_OPCODES.has(opcode)) return true;
    }
    return false;
  } finally {
    explain.free();
  }
}
