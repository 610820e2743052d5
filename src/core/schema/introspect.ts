/**
 * Reads a live database's schema through SQLite's table-valued pragmas. Everything comes from one
 * script of five queries, because each `engine.run` is a worker round trip in the browser.
 */
import { errorText } from '../engine.js';
import type { Engine, SqlValue, StatementResult } from '../engine.js';
import { findTable, foreignKeysInColumnOrder, setKey } from './keys.js';
import type { Column, ColumnKind, ForeignKey, ForeignKeyAction, Schema, Table } from './types.js';

// Shadow tables (FTS internals) and sqlite_ tables are SQLite's business, not the learner's;
// `substr` rather than LIKE because `_` is a LIKE wildcard.
const USER_TABLE = `m.type = 'table' AND tl.type IN ('table', 'virtual') AND substr(m.name, 1, 7) <> 'sqlite_'`;
const LISTED = `sqlite_schema m JOIN pragma_table_list tl ON tl.schema = 'main' AND tl.name = m.name`;

/** Foreign-keys pragma, objects, columns, foreign keys, indexes: one script, one round trip. */
const SCRIPT = `PRAGMA foreign_keys;
SELECT m.type AS type, m.name AS name, coalesce(m.sql, '') AS sql, coalesce(tl.wr, 0) AS wr,
    coalesce(tl.strict, 0) AS strict
  FROM sqlite_schema m LEFT JOIN pragma_table_list tl ON tl.schema = 'main' AND tl.name = m.name
  WHERE (m.type = 'view' OR (${USER_TABLE})) AND substr(m.name, 1, 7) <> 'sqlite_'
  ORDER BY m.rowid;
SELECT m.name AS tbl, c.name AS name, c.type AS type, c."notnull" AS not_null, c.dflt_value AS dflt,
    c.pk AS pk, c.hidden AS hidden
  FROM ${LISTED} JOIN pragma_table_xinfo(m.name) c
  WHERE ${USER_TABLE}
  ORDER BY m.rowid, c.cid;
SELECT m.name AS tbl, f.id AS id, f."table" AS target, f."from" AS "from", f."to" AS "to",
    f.on_update AS on_update, f.on_delete AS on_delete
  FROM ${LISTED} JOIN pragma_foreign_key_list(m.name) f
  WHERE ${USER_TABLE}
  ORDER BY m.rowid, f.id, f.seq;
SELECT m.name AS tbl, il.name AS idx, il."unique" AS "unique", il.origin AS origin,
    il.partial AS partial, ii.name AS col
  FROM ${LISTED} JOIN pragma_index_list(m.name) il LEFT JOIN pragma_index_info(il.name) ii
    LEFT JOIN sqlite_schema si ON si.type = 'index' AND si.name = il.name
  WHERE ${USER_TABLE}
  -- pragma_index_list lists newest first; sqlite_schema rowid gives creation order (a WITHOUT
  -- ROWID table's PK index has no row there, so it comes first).
  ORDER BY m.rowid, coalesce(si.rowid, 0), il.name, ii.seqno;`;

type Row = Record<string, SqlValue>;

/** Reads tables (creation order), columns, keys, indexes and views of database `db`. */
export async function introspectSchema(engine: Engine, db: string): Promise<Schema> {
  const outcome = await engine.run(db, SCRIPT, { maxRows: Number.MAX_SAFE_INTEGER, read: true });
  if (!outcome.ok) throw new Error(`Schema introspection failed: ${errorText(outcome.error)}.`);
  const [pragma, objects, columns, foreignKeys, indexes] = outcome.results.map(objectsOf);
  if (!pragma || !objects || !columns || !foreignKeys || !indexes) {
    throw new Error(`Schema introspection expected 5 results but got ${outcome.results.length}.`);
  }

  const tables: Table[] = [];
  const views: Schema['views'] = [];
  const byName = new Map<string, Table>();
  for (const o of objects) {
    const name = String(o.name);
    if (o.type === 'view') {
      views.push({ name, sql: String(o.sql) });
      continue;
    }
    const table: Table = {
      name,
      withoutRowid: o.wr === 1,
      strict: o.strict === 1,
      columns: [],
      primaryKey: [],
      uniques: [],
      foreignKeys: [],
      indexes: [],
      sql: String(o.sql),
    };
    tables.push(table);
    byName.set(name, table);
  }

  for (const c of columns) byName.get(String(c.tbl))?.columns.push(columnOf(c));
  for (const table of tables) {
    table.primaryKey = table.columns
      .filter((c) => c.pkPosition > 0)
      .sort((a, b) => a.pkPosition - b.pkPosition)
      .map((c) => c.name);
  }
  for (const row of indexes) addIndexRow(byName.get(String(row.tbl)), row);
  for (const row of foreignKeys) addForeignKeyRow(byName.get(String(row.tbl)), row);
  const schema: Schema = { tables, views, foreignKeysEnabled: pragma[0]?.foreign_keys === 1 };
  for (const table of tables) {
    table.uniques = uniquesOf(table);
    table.foreignKeys = foreignKeysInColumnOrder(table);
    for (const fk of table.foreignKeys) {
      if (fk.toPrimaryKey) fk.toColumns = primaryKeyOf(schema, fk.table);
      canonicalizeTarget(schema, fk);
    }
  }
  return schema;
}

function objectsOf(result: StatementResult): Row[] {
  return result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i] ?? null])));
}

const KINDS: ColumnKind[] = ['normal', 'hidden', 'generated-virtual', 'generated-stored'];

function columnOf(row: Row): Column {
  return {
    name: String(row.name),
    type: row.type === null ? '' : String(row.type),
    notNull: row.not_null === 1,
    defaultValue: row.dflt === null ? null : String(row.dflt),
    pkPosition: Number(row.pk),
    kind: KINDS[Number(row.hidden)] ?? 'normal',
  };
}

function addIndexRow(table: Table | undefined, row: Row): void {
  if (!table) return;
  const name = String(row.idx);
  let index = table.indexes.find((i) => i.name === name);
  if (!index) {
    index = {
      name,
      unique: row.unique === 1,
      origin: row.origin === 'pk' || row.origin === 'u' ? row.origin : 'c',
      partial: row.partial === 1,
      columns: [],
    };
    table.indexes.push(index);
  }
  // An expression part has no column name; keep its place so "leading column" stays truthful.
  index.columns.push(row.col === null ? null : String(row.col));
}

function addForeignKeyRow(table: Table | undefined, row: Row): void {
  if (!table) return;
  const id = Number(row.id);
  let fk = table.foreignKeys.find((f) => f.id === id);
  if (!fk) {
    fk = {
      id,
      columns: [],
      table: String(row.target),
      toColumns: [],
      toPrimaryKey: row.to === null,
      onDelete: actionOf(row.on_delete),
      onUpdate: actionOf(row.on_update),
    };
    table.foreignKeys.push(fk);
  }
  fk.columns.push(String(row.from));
  if (row.to !== null) fk.toColumns.push(String(row.to));
}

const ACTIONS: ForeignKeyAction[] = ['NO ACTION', 'RESTRICT', 'SET NULL', 'SET DEFAULT', 'CASCADE'];

function actionOf(value: SqlValue | undefined): ForeignKeyAction {
  return ACTIONS.find((a) => a === value) ?? 'NO ACTION';
}

/** Unique, non-partial, plain-column indexes other than the primary key, each column set once. */
function uniquesOf(table: Table): string[][] {
  const pk = setKey(table.primaryKey);
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const index of table.indexes) {
    if (!index.unique || index.partial || index.origin === 'pk') continue;
    if (index.columns.some((c) => c === null)) continue;
    const columns = index.columns as string[];
    const key = setKey(columns);
    if (key === pk || seen.has(key)) continue;
    seen.add(key);
    out.push(columns);
  }
  return out;
}

/**
 * SQLite matches `REFERENCES Students(ID)` to `students(id)` case-insensitively but reports the
 * names as written; everything downstream (diagram, models) looks tables up by their real names.
 */
function canonicalizeTarget(schema: Schema, fk: ForeignKey): void {
  const target = findTable(schema, fk.table);
  if (!target) return;
  fk.table = target.name;
  fk.toColumns = fk.toColumns.map((name) => target.columns.find((c) => c.name.toLowerCase() === name.toLowerCase())?.name ?? name);
}

/** The primary key of table `name` (case-insensitive), or [] when the table is missing or has none. */
function primaryKeyOf(schema: Schema, name: string): string[] {
  return [...(findTable(schema, name)?.primaryKey ?? [])];
}

export { diffSchemas } from './diff-schemas.js';
