/** One call for the app: SQLAlchemy model code → the DDL `create_all()` would emit, with warnings. */
import { createIndexSql, createTableSql, renderDdl, sortTables } from './ddl.js';
import type { OrmWarning } from './metadata.js';
import { parseModels } from './parse-models.js';

/** A table's statements in `create_all()` order: its CREATE TABLE, then its indexes. */
export interface TableDdl {
  table: string;
  statements: string[];
}

/** The DDL script (statements ending in `;` and a blank line), the same per table, and the warnings. */
export function modelsToDdl(code: string): { ddl: string; tables: TableDdl[]; warnings: OrmWarning[] } {
  const { metadata, warnings } = parseModels(code);
  const tables = sortTables(metadata.tables).map((t) => ({
    table: t.name,
    statements: [createTableSql(t), ...t.indexes.map((i) => createIndexSql(t, i))],
  }));
  return { ddl: renderDdl(metadata), tables, warnings };
}

/**
 * What `create_all()` (checkfirst=True, its default) runs on a database that already has
 * `existing` tables: existing ones are skipped, the rest are created in order.
 */
export function createAllScript(tables: TableDdl[], existing: readonly string[]): { script: string; skipped: string[] } {
  const have = new Set(existing.map((name) => name.toLowerCase()));
  const skipped = tables.filter((t) => have.has(t.table.toLowerCase())).map((t) => t.table);
  const script = tables
    .filter((t) => !have.has(t.table.toLowerCase()))
    .flatMap((t) => t.statements)
    .map((s) => `${s};\n`)
    .join('\n');
  return { script, skipped };
}
