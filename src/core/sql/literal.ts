/** Values written as SQLite literals. */
import type { SqlValue } from '../engine.js';

/** `value` as a SQLite literal: NULL, a number, a quoted string, or a blob as `x'…'`. */
export function sqlLiteral(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NULL';
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  let hex = '';
  for (const byte of value) hex += byte.toString(16).padStart(2, '0');
  return `x'${hex}'`;
}
