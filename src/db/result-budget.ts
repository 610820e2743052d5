/**
 * Keeps what a script's statements return within caps (rows per statement; cells, characters per
 * value and characters in all for the whole script), cutting in the worker before anything is
 * posted, so no result can send unbounded data to the page. What is cut is counted, never hidden.
 */
import type { Statement } from 'sql.js';
import type { ResultCut, ResultLimits, SqlValue } from '../core/engine.js';

/** The rows, columns and counts of one statement, as kept. */
export interface Collected {
  columns: string[];
  rows: SqlValue[][];
  rowCount: number;
  cut?: ResultCut;
}

/** No cap at all: what a tool's read keeps of cells and characters unless it asks for less. */
const NONE = Number.MAX_SAFE_INTEGER;

/**
 * Rows are counted up to this many times `maxRows`, then stepping stops (the count is a lower
 * bound, `cut.uncounted`). Safe for `… RETURNING`: SQLite makes every change on the first step.
 */
export const COUNT_FACTOR = 100;

/** The budget of one script run; `collect` steps a statement to its end and keeps what fits. */
export class ResultBudget {
  readonly #limits: ResultLimits;
  #cells: number;
  #chars: number;

  constructor(limits: ResultLimits) {
    this.#limits = limits;
    this.#cells = limits.maxCells;
    this.#chars = limits.maxChars;
  }

  /** The caps for `options` (a tool's read caps only rows unless it passes more). */
  static limitsOf(options: Partial<ResultLimits> & { read?: boolean }, defaults: ResultLimits): ResultLimits {
    const fallback = options.read ? { ...defaults, maxCells: NONE, maxCellChars: NONE, maxChars: NONE } : defaults;
    return {
      maxRows: options.maxRows ?? fallback.maxRows,
      maxCells: options.maxCells ?? fallback.maxCells,
      maxCellChars: options.maxCellChars ?? fallback.maxCellChars,
      maxChars: options.maxChars ?? fallback.maxChars,
    };
  }

  /**
   * Steps `stmt` to its end (or until `COUNT_FACTOR × maxRows` rows are counted): rows are kept
   * while the caps allow.
   */
  collect(stmt: Statement): Collected {
    const { maxRows, maxCellChars } = this.#limits;
    const values = { count: 0, lost: 0 };
    const columns = stmt.getColumnNames().map((name) => shorten(name, maxCellChars, values) as string);
    const rows: SqlValue[][] = [];
    const countLimit = maxRows >= NONE / COUNT_FACTOR ? NONE : maxRows * COUNT_FACTOR;
    let rowCount = 0;
    let stoppedBy: Stop | null = null;
    let uncounted = false;
    // Keep rows while the caps allow, then only count (up to the count limit).
    while (stoppedBy === null && stmt.step()) {
      rowCount++;
      stoppedBy = this.#keep(stmt, columns.length, rows, values);
    }
    if (stoppedBy !== null) {
      const counted = countRest(stmt, countLimit - rowCount);
      rowCount += counted.rows;
      uncounted = counted.stopped;
    }
    const cut: ResultCut = {};
    if (stoppedBy !== null) cut.rows = { count: rowCount - rows.length, by: stoppedBy, limit: this.#limits[stoppedBy] };
    if (uncounted) cut.uncounted = true;
    if (values.count > 0) cut.values = { ...values, limit: maxCellChars };
    return cut.rows || cut.values ? { columns, rows, rowCount, cut } : { columns, rows, rowCount };
  }

  /** Keeps the statement's current row if the caps allow; else says which cap stops keeping. */
  #keep(stmt: Statement, width: number, rows: SqlValue[][], values: { count: number; lost: number }): Stop | null {
    if (rows.length >= this.#limits.maxRows) return 'maxRows';
    if (width > this.#cells) return 'maxCells';
    const shortened = { count: 0, lost: 0 };
    const got = stmt.get() as SqlValue[];
    const row: SqlValue[] = new Array(got.length);
    let chars = 0;
    for (let i = 0; i < got.length; i++) {
      const value = shorten(got[i] ?? null, this.#limits.maxCellChars, shortened);
      row[i] = value;
      chars += sizeOf(value);
    }
    if (chars > this.#chars) return 'maxChars';
    this.#cells -= width;
    this.#chars -= chars;
    values.count += shortened.count;
    values.lost += shortened.lost;
    rows.push(row);
    return null;
  }
}

/** Characters of text or bytes of a blob; 0 for numbers and NULL. */
function sizeOf(value: SqlValue): number {
  if (typeof value === 'string') return value.length;
  if (value instanceof Uint8Array) return value.byteLength;
  return 0;
}

/** Which cap stopped keeping rows. */
type Stop = Exclude<keyof ResultLimits, 'maxCellChars'>;

/**
 * Counts the rows the statement still has, up to `limit` more; `stopped` when it gave up counting.
 * The current row (the one that did not fit) was already counted by the caller.
 */
function countRest(stmt: Statement, limit: number): { rows: number; stopped: boolean } {
  let rows = 0;
  while (rows < limit) {
    if (!stmt.step()) return { rows, stopped: false };
    rows++;
  }
  return { rows, stopped: true };
}

/** `value` cut to `limit` characters (text, never inside a surrogate pair) or bytes (a blob copy). */
function shorten(value: SqlValue, limit: number, tally: { count: number; lost: number }): SqlValue {
  if (typeof value === 'string' && value.length > limit) {
    // Half a surrogate pair would be a character SQLite (and the page) cannot read back.
    const end = limit > 0 && /[\uD800-\uDBFF]/.test(value[limit - 1]!) ? limit - 1 : limit;
    tally.count++;
    tally.lost += value.length - end;
    return value.slice(0, end);
  }
  if (value instanceof Uint8Array && value.length > limit) {
    tally.count++;
    tally.lost += value.length - limit;
    // A copy: a view would keep (and post) the whole buffer.
    return value.slice(0, limit);
  }
  return value;
}
