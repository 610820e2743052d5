/** What changed between two schema readings, so the diagram can highlight new and altered tables. */
import type { Schema, Table } from './types.js';

/** Table names added, removed and changed (same name, different columns or keys), each in schema order. */
export interface SchemaDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

/**
 * Compares the tables of two schemas by name (case-insensitive, as SQLite does). Views and plain
 * indexes do not count: only columns, primary/unique keys, foreign keys and table options do.
 */
export function diffSchemas(before: Schema, after: Schema): SchemaDiff {
  const old = new Map(before.tables.map((t) => [t.name.toLowerCase(), t]));
  const now = new Set(after.tables.map((t) => t.name.toLowerCase()));
  const added: string[] = [];
  const changed: string[] = [];
  for (const table of after.tables) {
    const previous = old.get(table.name.toLowerCase());
    if (!previous) added.push(table.name);
    else if (shapeOf(previous) !== shapeOf(table)) changed.push(table.name);
  }
  const removed = before.tables.filter((t) => !now.has(t.name.toLowerCase())).map((t) => t.name);
  return { added, removed, changed };
}

/** A canonical text of everything that makes a table "different" to a learner looking at the diagram. */
function shapeOf(table: Table): string {
  return JSON.stringify([
    table.withoutRowid,
    table.strict,
    table.columns.map((c) => [c.name, c.type, c.notNull, c.defaultValue, c.pkPosition, c.kind]),
    table.primaryKey,
    table.uniques,
    table.foreignKeys.map((f) => [f.columns, f.table, f.toColumns, f.onDelete, f.onUpdate]),
  ]);
}
