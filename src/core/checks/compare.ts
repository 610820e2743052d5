/** Compares two query results the way exercises are graded: column count, optional names, multiset or exact rows. */
import type { SqlValue } from '../engine.js';
import type { ColumnRule, RowOrder } from '../lessons/types.js';

/** The rows of one query, as compared. */
export interface ResultTable {
  columns: string[];
  rows: SqlValue[][];
}

/** Why two results differ; `equal` when they do not. */
export type Difference = 'equal' | 'column-count' | 'column-names' | 'rows' | 'order';

/** The verdict with the rows the actual result lacks (`missing`) and has too many of (`extra`). */
export interface Comparison {
  difference: Difference;
  missing: SqlValue[][];
  extra: SqlValue[][];
}

/** Equality by SQLite's rules: numbers numerically (1 = 1.0), NULL equals NULL, text exact, blobs bytewise. */
export function sameValue(a: SqlValue, b: SqlValue): boolean {
  return valueKey(a) === valueKey(b);
}

/** A string that is equal for two values exactly when `sameValue` holds. */
export function valueKey(value: SqlValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return `n:${value === 0 ? 0 : value}`;
  if (typeof value === 'string') return `t:${value}`;
  let hex = '';
  for (const byte of value) hex += byte.toString(16).padStart(2, '0');
  return `b:${hex}`;
}

function rowKey(row: SqlValue[]): string {
  return JSON.stringify(row.map(valueKey));
}

/** Rows of `a` not matched in `b`, counting duplicates (multiset difference), in `a`'s order. */
export function rowsNotIn(a: SqlValue[][], b: SqlValue[][]): SqlValue[][] {
  const counts = new Map<string, number>();
  for (const row of b) {
    const key = rowKey(row);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const out: SqlValue[][] = [];
  for (const row of a) {
    const key = rowKey(row);
    const left = counts.get(key) ?? 0;
    if (left > 0) counts.set(key, left - 1);
    else out.push(row);
  }
  return out;
}

/** Compares `actual` with `expected` under an exercise's order and column rules. */
export function compareResults(expected: ResultTable, actual: ResultTable, rules: { order: RowOrder; columns: ColumnRule }): Comparison {
  if (expected.columns.length !== actual.columns.length) return { difference: 'column-count', missing: [], extra: [] };
  const missing = rowsNotIn(expected.rows, actual.rows);
  const extra = rowsNotIn(actual.rows, expected.rows);
  if (rules.columns === 'names') {
    // Result names are compared like SQL identifiers: case does not matter.
    const differs = expected.columns.some((c, i) => c.toLowerCase() !== actual.columns[i]!.toLowerCase());
    if (differs) return { difference: 'column-names', missing, extra };
  }
  if (missing.length > 0 || extra.length > 0) return { difference: 'rows', missing, extra };
  if (rules.order === 'exact' && expected.rows.some((row, i) => rowKey(row) !== rowKey(actual.rows[i]!))) {
    return { difference: 'order', missing, extra };
  }
  return { difference: 'equal', missing, extra };
}
