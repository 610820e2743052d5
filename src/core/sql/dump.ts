/**
 * The lab database as an SQL script that rebuilds it: tables, their rows, then indexes, views and
 * triggers, read through the engine with `read: true` queries only (a dump changes nothing).
 */
import { type Engine, queryObjects } from '../engine.js';

/** One object of `sqlite_schema` as the dump needs it. */
interface SchemaObject {
  type: 'table' | 'index' | 'view' | 'trigger';
  name: string;
  sql: string;
}

/** Quotes an identifier for SQLite: `a"b` → `"a""b"`. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a text value as an SQL string literal. */
function quoteText(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A statement as stored in `sqlite_schema`, ended by one semicolon. */
function statement(sql: string): string {
  const text = sql.trim();
  return text.endsWith(';') ? text : `${text};`;
}

/**
 * Writes database `db` as a script: run on an empty database, it gives the same schema, the same
 * rows and the same `user_version`. Foreign keys are off while it loads (rows may come in any
 * order) and on again at its end; rows of tables that AUTOINCREMENT keep their counters.
 */
export async function dumpDatabase(engine: Engine, db: string): Promise<string> {
  const objects = (await queryObjects(
    engine,
    db,
    "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid",
  )) as unknown as SchemaObject[];
  // Shadow tables belong to their virtual table, which makes them afresh; its rows are not copied.
  const kinds = await queryObjects(engine, db, "SELECT name, type FROM pragma_table_list WHERE schema = 'main'");
  const kindOf = new Map(kinds.map((row) => [String(row.name), String(row.type)]));
  const tables = objects.filter((o) => o.type === 'table' && kindOf.get(o.name) !== 'shadow');

  const lines = ['PRAGMA foreign_keys=OFF;', 'BEGIN TRANSACTION;'];
  for (const table of tables) lines.push(statement(table.sql));
  for (const table of tables) {
    if (kindOf.get(table.name) !== 'table') continue;
    lines.push(...(await insertsFor(engine, db, table.name)));
  }
  lines.push(...(await sequenceRows(engine, db)));
  // Views may name views made before them and triggers may name views: creation order, views first.
  for (const type of ['index', 'view', 'trigger'] as const) {
    for (const object of objects) if (object.type === type) lines.push(statement(object.sql));
  }
  const [version] = await queryObjects(engine, db, 'SELECT user_version FROM pragma_user_version');
  if (version && Number(version.user_version) !== 0) lines.push(`PRAGMA user_version=${Number(version.user_version)};`);
  lines.push('COMMIT;', 'PRAGMA foreign_keys=ON;');
  return `${lines.join('\n')}\n`;
}

/**
 * One INSERT per row of `table`. Values are written by SQLite's own `quote()`, which keeps every
 * type exact: integers past 2^53, reals that look whole (`1.0`), blobs as `X'…'`.
 */
async function insertsFor(engine: Engine, db: string, table: string): Promise<string[]> {
  const columns = await queryObjects(engine, db, `SELECT name, hidden FROM pragma_table_xinfo(${quoteText(table)})`);
  // Generated columns (hidden 2 and 3) cannot be inserted into; they are computed again.
  const stored = columns.filter((c) => Number(c.hidden) === 0).map((c) => String(c.name));
  if (stored.length === 0) return [];
  const names = stored.map(quoteIdentifier);
  const quoted = stored.map((c) => `quote(${quoteIdentifier(c)})`).join(" || ',' || ");
  const rows = await queryObjects(engine, db, `SELECT ${quoted} AS v FROM ${quoteIdentifier(table)}`);
  const head = `INSERT INTO ${quoteIdentifier(table)}(${names.join(',')}) VALUES(`;
  return rows.map((row) => `${head}${String(row.v)});`);
}

/** The AUTOINCREMENT counters, which SQLite keeps in `sqlite_sequence` once such a table exists. */
async function sequenceRows(engine: Engine, db: string): Promise<string[]> {
  const exists = await queryObjects(engine, db, "SELECT 1 AS found FROM sqlite_schema WHERE name = 'sqlite_sequence'");
  if (exists.length === 0) return [];
  const rows = await queryObjects(engine, db, 'SELECT quote(name) AS name, quote(seq) AS seq FROM sqlite_sequence');
  if (rows.length === 0) return [];
  return [
    'DELETE FROM sqlite_sequence;',
    ...rows.map((row) => `INSERT INTO sqlite_sequence(name,seq) VALUES(${String(row.name)},${String(row.seq)});`),
  ];
}
