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

  /** Steps `stmt` to its end: every row is counted, rows are kept while the caps allow. */
  collect(stmt: Statement): Collected {
    const { maxRows, maxCellChars } = this.#limits;
    const values = { count: 0, lost: 0 };
    const columns = stmt.getColumnNames().map((name) => shorten(name, maxCellChars, values) as string);
    const rows: SqlValue[][] = [];
    let rowCount = 0;
    let stoppedBy: Exclude<keyof ResultLimits, 'maxCellChars'> | null = null;
    const countLimit = maxRows >= NONE / COUNT_FACTOR ? NONE : maxRows * COUNT_FACTOR;
    let uncounted = false;
    while (stmt.step()) {
      rowCount++;
      if (stoppedBy !== null) {
        if (rowCount >= countLimit) {
          uncounted = true;
          break;
        }
        continue;
      }
      if (rows.length >= maxRows) stoppedBy = 'maxRows';
      else if (columns.length > this.#cells) stoppedBy = 'maxCells';
      else {
        const shortened = { count: 0, lost: 0 };
        const row = (stmt.get() as SqlValue[]).map((value) => shorten(value, maxCellChars, shortened));
        const chars = row.reduce<number>((sum, v) => sum + (typeof v === 'string' || v instanceof Uint8Array ? v.length : 0), 0);
        if (chars > this.#chars) stoppedBy = 'maxChars';
        else {
          this.#cells -= columns.length;
          this.#chars -= chars;
          values.count += shortened.count;
          values.lost += shortened.lost;
          rows.push(row);
        }
      }
    }
    const cut: ResultCut = {};
    if (stoppedBy !== null) cut.rows = { count: rowCount - rows.length, by: stoppedBy, limit: this.#limits[stoppedBy] };
    if (uncounted) cut.uncounted = true;
    if (values.count > 0) cut.values = { ...values, limit: maxCellChars };
    return cut.rows || cut.values ? { columns, rows, rowCount, cut } : { columns, rows, rowCount };
  }
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
