/**
 * The small SQL engine interface the core needs. `src/db` implements it twice: in a Web Worker
 * for the browser and in-process for Node (tests and the CLI), so every core capability runs in both.
 */
import { type Message, msg } from './messages/message.js';

/** A value as SQLite hands it back. */
export type SqlValue = number | string | Uint8Array | null;

/** The outcome of one statement of a script. */
export interface StatementResult {
  /** The statement's text as written in the script. */
  sql: string;
  /** Offsets of the statement in the script (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  columns: string[];
  /** The rows kept: at most `maxRows` of them, fewer when the script's cell or character budget ran out. */
  rows: SqlValue[][];
  /** How many rows the statement returned in all (may exceed `rows.length`). */
  rowCount: number;
  /** True when rows were counted but not kept (`rowCount > rows.length`); `cut` says which cap stopped them. */
  truncated: boolean;
  /** What the engine left out so the result stays small enough to send and show; absent when nothing was. */
  cut?: ResultCut;
  /** `sqlite3_changes()` after the statement: rows inserted, updated or deleted. */
  rowsModified: number;
  durationMs: number;
}

/** The caps on what a run keeps, as RunOptions name them. */
export type ResultLimit = 'maxRows' | 'maxCells' | 'maxCellChars' | 'maxChars';

/** What was cut from one statement's result, with the caps that cut it (so a sentence can name them). */
export interface ResultCut {
  /** Rows counted but not kept (`rowCount - rows.length`), the cap that stopped keeping them, and its value. */
  rows?: { count: number; by: Exclude<ResultLimit, 'maxCellChars'>; limit: number };
  /**
   * The engine stopped counting after `COUNT_FACTOR × maxRows` rows (`rowCount` is then a lower bound):
   * stepping ten million rows only to count them would outlast the watchdog.
   */
  uncounted?: true;
  /**
   * Values (and column names) shortened to `limit` characters of text or bytes of a blob, and how many
   * characters or bytes they lost in all.
   */
  values?: { count: number; lost: number; limit: number };
}

/** Where in a script it stopped: the statement's text, its offsets, and its 1-based first line. */
interface ErrorPlace {
  sql: string;
  start: number;
  end: number;
  line: number;
}

/** SQLite rejected a statement; `message` is SQLite's own text (shown quoted beside an explanation). */
export interface SqlError extends ErrorPlace {
  kind: 'sql';
  message: string;
}

/** The watchdog stopped a script that ran past `limitMs`; the database is as it was before the script. */
export interface TimeoutError extends ErrorPlace {
  kind: 'timeout';
  limitMs: number;
}

/** The engine itself died while running the script (not a time limit); the database was restored. */
export interface CrashError extends ErrorPlace {
  kind: 'crash';
  afterMs: number;
}

/**
 * Characters SQLite cannot read in a script: a NUL (SQLite reads C strings, so it would stop there
 * and silently drop the rest) and half of a UTF-16 surrogate pair (it cannot be written as UTF-8).
 */
export type UnreadableCharacter = 'nul' | 'unpaired-surrogate';

/**
 * The script was refused before anything ran: it holds a character SQLite cannot read. The place is
 * the statement holding it; `at` is the character itself (offset, 1-based line and column).
 */
export interface InputError extends ErrorPlace {
  kind: 'input';
  reason: UnreadableCharacter;
  at: { offset: number; line: number; column: number };
}

/** Why a script stopped early. `sql` errors carry SQLite's own text; the others are the engine's own. */
export type ScriptError = SqlError | TimeoutError | CrashError | InputError;

/** A script's outcome: results of the statements that ran, and the error that stopped it, if any. */
export type ScriptOutcome = { ok: true; results: StatementResult[] } | { ok: false; results: StatementResult[]; error: ScriptError };

/**
 * How much a run keeps of what its statements return, so no result can send unbounded data to the
 * page: rows per statement, and for the whole script the cells, the characters per value and the
 * characters in all (text characters and blob bytes). What is cut is counted and said in `cut`.
 */
export interface ResultLimits {
  maxRows: number;
  maxCells: number;
  maxCellChars: number;
  maxChars: number;
}

/** The caps for a learner's run: what a results pane can show at once without freezing the page. */
export const LEARNER_LIMITS: ResultLimits = { maxRows: 1000, maxCells: 200_000, maxCellChars: 10_000, maxChars: 2_000_000 };

export interface RunOptions {
  /** Rows kept per statement (default 1,000). */
  maxRows?: number;
  /** Cells kept in all, over every statement of the script (default 200,000; a tool's read: no cap). */
  maxCells?: number;
  /** Characters kept of one text value or column name, bytes of one blob (default 10,000; a tool's read: no cap). */
  maxCellChars?: number;
  /** Text characters and blob bytes kept in all, over the whole script (default 2,000,000; a tool's read: no cap). */
  maxChars?: number;
  /**
   * A read of the tool's own (introspection, EXPLAIN QUERY PLAN, the Rows view, probes), not a
   * learner's script: it is not journaled for a restore and does not count toward snapshots. It
   * must change nothing: src/db refuses, before it runs, a statement that would write, control a
   * transaction or set a pragma (an EngineError of kind 'read-would-write': a bug, not a learner's mistake).
   * Its cells and characters are not capped unless it asks: its queries are ours (introspection reads
   * whole CREATE statements), and it still keeps `maxRows` rows.
   */
  read?: boolean;
}

/** Several named SQLite databases: the learner's playground and scratch copies for checks. */
export interface Engine {
  /** Opens (or replaces) database `db`, empty or from file bytes; foreign keys are turned on. */
  open(db: string, bytes?: Uint8Array): Promise<void>;
  /** Runs a script statement by statement; the first failing statement stops it. */
  run(db: string, script: string, options?: RunOptions): Promise<ScriptOutcome>;
  /** The database file's bytes. */
  export(db: string): Promise<Uint8Array>;
  close(db: string): Promise<void>;
  /**
   * Resolves once every request asked for so far has been answered. Optional: an engine that answers
   * in order on the caller's thread (Node's in-process one) has nothing pending between calls.
   */
  whenSettled?(): Promise<void>;
}

/** SQLite's text of an SQL error, or the English sentence for a stop (for internal errors and logs). */
export function errorText(error: ScriptError): string {
  switch (error.kind) {
    case 'sql':
      return error.message;
    case 'timeout':
      return `stopped after ${error.limitMs} ms`;
    case 'crash':
      return `the engine crashed after ${error.afterMs} ms`;
    case 'input':
      return `the script was not run: an unreadable character (${error.reason}) at line ${error.at.line}, column ${error.at.column}`;
    default:
      throw new Error(`Unknown script error ${JSON.stringify(error satisfies never)}.`);
  }
}

/** What went wrong, as a message to put inside another sentence (its `error`): errorText's, in words of each language. */
export function scriptErrorMessage(error: ScriptError): Message {
  switch (error.kind) {
    case 'sql':
      return msg('engine.sqlite-error', { text: error.message });
    case 'timeout':
      return msg('engine.stopped', { limitMs: error.limitMs });
    case 'crash':
      return msg('engine.crashed', { afterMs: error.afterMs });
    case 'input':
      return msg('engine.unreadable-character', { reason: error.reason, line: error.at.line, column: error.at.column, sql: error.sql });
    default:
      throw new Error(`Unknown script error ${JSON.stringify(error satisfies never)}.`);
  }
}

/** Runs one read-only query and returns its rows as objects keyed by column name; throws on SQL errors. */
export async function queryObjects(engine: Engine, db: string, sql: string): Promise<Record<string, SqlValue>[]> {
  const outcome = await engine.run(db, sql, { maxRows: Number.MAX_SAFE_INTEGER, read: true });
  if (!outcome.ok) throw new Error(`Internal query failed: ${errorText(outcome.error)} in ${sql}`);
  const last = outcome.results[outcome.results.length - 1];
  if (!last) return [];
  return last.rows.map((row) => Object.fromEntries(last.columns.map((c, i) => [c, row[i] ?? null])));
}
