/** Questions about keys asked by several stages: is this column set a key, which table is this name. */
import type { ForeignKey, Schema, Table } from './types.js';

/** A column set's identity regardless of order (SQLite identifiers are case-insensitive). */
export function setKey(columns: readonly string[]): string {
  return columns
    .map((c) => c.toLowerCase())
    .sort()
    .join('\u0000');
}

/** True when `columns` are exactly the primary key or exactly one unique set of `table` (order ignored). */
export function isKey(table: Table, columns: readonly string[]): boolean {
  if (columns.length === 0) return false;
  const key = setKey(columns);
  if (table.primaryKey.length > 0 && setKey(table.primaryKey) === key) return true;
  return table.uniques.some((u) => setKey(u) === key);
}

/**
 * True when some key of `table` is contained in `columns`, so rows are already unique on them
 * (a key over a subset makes any superset unique as well).
 */
export function hasKeyWithin(table: Table, columns: readonly string[]): boolean {
  const within = new Set(columns.map((c) => c.toLowerCase()));
  const keys = table.primaryKey.length > 0 ? [table.primaryKey, ...table.uniques] : table.uniques;
  return keys.some((k) => k.length > 0 && k.every((c) => within.has(c.toLowerCase())));
}

/** The table called `name` (SQLite compares names case-insensitively), if any. */
export function findTable(schema: Schema, name: string): Table | undefined {
  const lower = name.toLowerCase();
  return schema.tables.find((t) => t.name.toLowerCase() === lower);
}

/**
 * The table's foreign keys ordered by where their first column sits in the table. SQLite numbers
 * constraints newest-first, so on a tie (same first column) the higher id was declared earlier.
 */
export function foreignKeysInColumnOrder(table: Table): ForeignKey[] {
  const position = (name: string | undefined) => {
    const lower = name?.toLowerCase();
    const at = table.columns.findIndex((c) => c.name.toLowerCase() === lower);
    return at === -1 ? table.columns.length : at;
  };
  return [...table.foreignKeys].sort((a, b) => position(a.columns[0]) - position(b.columns[0]) || b.id - a.id);
}

/** True when SQLite guarantees the column is never NULL (NOT NULL, a rowid alias, or a WITHOUT ROWID key). */
export function isNeverNull(table: Table, column: string): boolean {
  const col = table.columns.find((c) => c.name.toLowerCase() === column.toLowerCase());
  if (!col) return false;
  if (col.notNull) return true;
  if (col.pkPosition === 0) return false;
  // SQLite lets ordinary PRIMARY KEY columns hold NULL (a legacy quirk); only these two are exempt.
  const rowidAlias = table.primaryKey.length === 1 && col.type.toUpperCase() === 'INTEGER';
  return table.withoutRowid || rowidAlias;
}
