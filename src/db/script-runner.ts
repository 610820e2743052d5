/**
 * Runs scripts on sql.js databases: the one piece of code that executes SQL, shared by the Web
 * Worker and the Node engine so both behave identically.
 */
import type { Database, SqlJsStatic } from 'sql.js';
import {
  type InputError,
  LEARNER_LIMITS,
  type ResultLimits,
  type RunOptions,
  type ScriptError,
  type ScriptOutcome,
  type StatementResult,
} from '../core/engine.js';
import { firstTokenAt, tokenizeSql } from '../core/sql/sql-tokens.js';
import { EngineError } from './engine-error.js';
import type { RunAnswer, Snapshot } from './protocol.js';
import { wouldChange } from './read-guard.js';
import { ResultBudget } from './result-budget.js';

/** A set of named sql.js databases. */
export class DatabaseSet {
  readonly #sqlite: SqlJsStatic;
  readonly #dbs = new Map<string, Database>();

  constructor(sqlite: SqlJsStatic) {
    this.#sqlite = sqlite;
  }

  /** Opens `name` from `bytes` (or empty) with foreign keys on, unless a restore asks for them off. */
  open(name: string, bytes?: Uint8Array, foreignKeys = true): void {
    this.close(name);
    const db = new this.#sqlite.Database(bytes);
    db.run(`PRAGMA foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    try {
      // The file lives in memory anyway (durability is the caller's export): a rollback journal in
      // memory rather than in a MEMFS file makes each autocommit INSERT of a pasted dump ~3× cheaper.
      db.run('PRAGMA journal_mode = MEMORY');
    } catch {
      // Bytes that are not a database: opening them still works, and the first run says why not.
    }
    this.#dbs.set(name, db);
  }

  /**
   * Runs a script, keeping of its results what `options` allow (LEARNER_LIMITS by default). A tool's read (`read: true`) is checked statement by statement before each one
   * runs: one that would change anything throws an EngineError of kind 'read-would-write'.
   */
  run(name: string, script: string, options: RunOptions = {}): ScriptOutcome {
    const limits = ResultBudget.limitsOf(options, LEARNER_LIMITS);
    return runScript(this.#get(name), script, options.read ? { limits, readOf: name } : { limits });
  }

  /**
   * Runs a script and tells whether it may have changed the database: its content, schema or
   * header, its foreign_keys setting, or its transaction (the file cannot show an open one).
   */
  runTracked(name: string, script: string, options: RunOptions = {}): RunAnswer {
    if (options.read) return { outcome: this.run(name, script, options), changed: false };
    const before = this.#fingerprint(name);
    const outcome = this.run(name, script, options);
    const changed = this.#fingerprint(name) !== before || outcome.results.some((r) => TRANSACTION.test(r.sql));
    return { outcome, changed };
  }

  /** The file and the foreign_keys setting; throws (an internal failure) inside an open write transaction. */
  snapshot(name: string): Snapshot {
    const bytes = this.export(name);
    const foreignKeys = this.#get(name).exec('PRAGMA foreign_keys')[0]?.values[0]?.[0] === 1;
    return { bytes, foreignKeys };
  }

  export(name: string): Uint8Array {
    // sql.js 1.16 exports through the backup API: the connection, and its foreign_keys setting
    // (which the learner may have switched off), stay as they are.
    return this.#get(name).export();
  }

  close(name: string): void {
    this.#dbs.get(name)?.close();
    this.#dbs.delete(name);
  }

  has(name: string): boolean {
    return this.#dbs.has(name);
  }

  /** What a change to the database moves: changes made, schema and header versions, foreign_keys. */
  #fingerprint(name: string): string {
    try {
      return JSON.stringify(this.#get(name).exec(FINGERPRINT)[0]?.values[0]);
    } catch {
      // A file that is not a database cannot be changed by a script either.
      return 'unreadable';
    }
  }

  #get(name: string): Database {
    const db = this.#dbs.get(name);
    if (!db) throw new EngineError({ kind: 'no-database', db: name });
    return db;
  }
}

const FINGERPRINT =
  'SELECT total_changes(), (SELECT schema_version FROM pragma_schema_version), (SELECT user_version FROM pragma_user_version), ' +
  '(SELECT application_id FROM pragma_application_id), (SELECT foreign_keys FROM pragma_foreign_keys)';

/** A statement that opens or ends a transaction, which a fingerprint of the file cannot see. */
const TRANSACTION = /^(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

/** How to run a script: what is kept of its results, and for a tool's read the database's name. */
export interface ScriptMode {
  limits: ResultLimits;
  /** Set for a read: a statement that would change the database is refused, naming this database. */
  readOf?: string;
}

/**
 * Runs `script` statement by statement with SQLite's own splitter; stops at the first failure.
 * Throws (instead of returning an error value) only for a refused read and for a trap in SQLite's
 * wasm, after which the engine cannot be trusted.
 */
export function runScript(db: Database, script: string, { limits, readOf }: ScriptMode): ScriptOutcome {
  const results: StatementResult[] = [];
  const budget = new ResultBudget(limits);
  const unreadable = unreadableCharacter(script);
  if (unreadable) return { ok: false, results, error: unreadable };
  let changes: ReturnType<Database['prepare']>;
  let iterator: ReturnType<Database['iterateStatements']>;
  try {
    // Fails on a file that is not a database (the header is only read on first use).
    changes = db.prepare('SELECT total_changes()');
    iterator = db.iterateStatements(script);
  } catch (e) {
    return { ok: false, results, error: prepareError(script, 0, rethrowFatal(e)) };
  }
  let position = 0;
  try {
    for (;;) {
      let next: IteratorResult<ReturnType<Database['prepare']>>;
      try {
        next = iterator.next();
      } catch (e) {
        return { ok: false, results, error: prepareError(script, position, rethrowFatal(e)) };
      }
      if (next.done) break;
      const stmt = next.value;
      // SQLite keeps a statement's text from where it started reading (the previous tail, blanks
      // included) to its own tail, so its length is the step to the next offset. Reading what is
      // left of the script instead (getRemainingSQL) would copy the rest at every statement.
      const step = stmt.getSQL();
      const end = position + step.length;
      if (!script.startsWith(step, position)) {
        throw new Error(`The script runner lost its place at offset ${position}: SQLite read a different text.`);
      }
      const start = firstTokenAt(script, position, end);
      position = end;
      const text = script.slice(start, end);
      try {
        if (readOf !== undefined && wouldChange(db, stmt.getSQL())) {
          throw new EngineError({ kind: 'read-would-write', db: readOf, sql: text });
        }
        const before = totalChanges(changes);
        const started = performance.now();
        const { columns, rows, rowCount, cut } = budget.collect(stmt);
        const durationMs = performance.now() - started;
        const modified = totalChanges(changes) !== before ? db.getRowsModified() : 0;
        results.push({
          sql: text,
          start,
          end,
          columns,
          rows,
          rowCount,
          truncated: rowCount > rows.length,
          ...(cut ? { cut } : {}),
          rowsModified: modified,
          durationMs,
        });
      } catch (e) {
        return { ok: false, results, error: statementError(script, start, end, rethrowFatal(e)) };
      } finally {
        stmt.free();
      }
    }
    return { ok: true, results };
  } finally {
    changes.free();
  }
}

/** A NUL, or a lone half of a surrogate pair (a high one not followed by a low one, or a low one alone). */
const UNREADABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The first character of `script` SQLite cannot read, as an error naming its statement, or null.
 * sql.js hands SQLite a C string, so at a NUL SQLite would stop reading and silently drop the
 * rest; a lone surrogate has no UTF-8 form and would garble the text around it. Checked before
 * anything runs, in one pass.
 */
function unreadableCharacter(script: string): InputError | null {
  const found = UNREADABLE.exec(script);
  if (!found) return null;
  const offset = found.index;
  // The statement holding it: after the last `;` before it (outside quotes and comments) to its own `;`.
  const before = tokenizeSql(script.slice(0, offset)).findLast((t) => t.kind === 'symbol' && t.value === ';');
  const start = firstTokenAt(script, before ? before.start + 1 : 0);
  const end = statementEnd(script, Math.min(start, offset));
  const line = lineAt(script, offset);
  const column = offset - script.lastIndexOf('\n', offset - 1);
  return {
    kind: 'input',
    reason: found[0] === '\0' ? 'nul' : 'unpaired-surrogate',
    at: { offset, line, column },
    sql: script.slice(Math.min(start, offset), end),
    start: Math.min(start, offset),
    end,
    line: lineAt(script, Math.min(start, offset)),
  };
}

function totalChanges(stmt: ReturnType<Database['prepare']>): number {
  stmt.step();
  const value = stmt.get()[0];
  stmt.reset();
  return Number(value);
}

/** Lets a refused read and a wasm trap escape; anything else thrown while running SQL is SQLite's error. */
function rethrowFatal(e: unknown): unknown {
  if (e instanceof EngineError || e instanceof WebAssembly.RuntimeError) throw e;
  return e;
}

function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  return typeof e === 'string' ? e : 'Unknown SQLite error';
}

/** The 1-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function statementError(script: string, start: number, end: number, e: unknown): ScriptError {
  return { kind: 'sql', message: messageOf(e), sql: script.slice(start, end), start, end, line: lineAt(script, start) };
}

/**
 * A statement SQLite could not prepare has no tail pointer, so its extent is estimated: from the
 * first token after `position` to the next `;` outside quotes and comments (or the end).
 */
function prepareError(script: string, position: number, e: unknown): ScriptError {
  const start = firstTokenAt(script, position);
  const end = statementEnd(script, start);
  return statementError(script, start, end, e);
}

/** The end of the statement starting at `from`: just past its `;` outside quotes and comments, or the end. */
function statementEnd(text: string, from: number): number {
  const semicolon = tokenizeSql(text.slice(from)).find((t) => t.kind === 'symbol' && t.value === ';');
  return semicolon ? from + semicolon.start + 1 : text.length;
}
