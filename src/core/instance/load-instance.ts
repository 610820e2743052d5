/**
 * The rows behind one many-to-many relationship: each entity's rows with a readable label, and
 * one link per junction row — what the instance view draws as a bipartite picture.
 */
import { errorText } from '../engine.js';
import type { Engine, SqlValue } from '../engine.js';
import { quoteIdentifier } from '../sql/identifiers.js';
import { junctionShape } from '../relations/junction.js';
import type { ManyToManyRelationship } from '../relations/types.js';
import { findTable } from '../schema/keys.js';
import type { ForeignKey, Schema, Table } from '../schema/types.js';

/** One entity row: a stable key (its referenced values), the text to show, and a tooltip naming the key. */
export interface InstanceRow {
  key: string;
  label: string;
  title: string;
}

/** One side of the picture: an entity table and its rows in key order. */
export interface InstanceSide {
  table: string;
  /** The column the labels come from; null when rows are labelled by their key. */
  labelColumn: string | null;
  /** The columns the junction references (`rowid` when the table declares no key). */
  keyColumns: string[];
  rows: InstanceRow[];
}

/** A junction row, as the keys of the two rows it pairs up. */
export interface InstanceLink {
  left: string;
  right: string;
}

/** The drawable instance of a many-to-many relationship. */
export interface Instance {
  relation: ManyToManyRelationship;
  left: InstanceSide;
  right: InstanceSide;
  links: InstanceLink[];
  /** Junction rows that pair no two existing rows (NULLs, or dangling values with foreign keys off). */
  unmatched: number;
}

/** Which part was over its limit, and by how much: the picture would be unreadable. */
export interface TooManyRows {
  tooMany: { part: 'left' | 'right' | 'links'; table: string; count: number; limit: number };
}

export interface LoadInstanceOptions {
  /** Most rows drawn per side (default 200). */
  maxRows?: number;
  /** Most junction rows drawn (default 5,000). */
  maxLinks?: number;
}

export const DEFAULT_MAX_ROWS = 200;
export const DEFAULT_MAX_LINKS = 5000;

/**
 * Reads the rows of `relation` from database `db`. Counts come first, so a huge table is never
 * read in full; every identifier is quoted, since table and column names can hold anything.
 */
export async function loadInstance(
  engine: Engine,
  db: string,
  schema: Schema,
  relation: ManyToManyRelationship,
  options: LoadInstanceOptions = {},
): Promise<Instance | TooManyRows> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const maxLinks = options.maxLinks ?? DEFAULT_MAX_LINKS;
  const junction = findTable(schema, relation.junction);
  const shape = junction ? junctionShape(junction) : null;
  const leftTable = findTable(schema, relation.between[0]);
  const rightTable = findTable(schema, relation.between[1]);
  if (!junction || !shape || shape.kind !== 'many-to-many' || !leftTable || !rightTable) {
    throw new Error(`The schema has no many-to-many junction "${relation.junction}" between its two tables.`);
  }
  const [leftFk, rightFk] = shape.foreignKeys;

  for (const [part, table] of [
    ['left', leftTable],
    ['right', rightTable],
  ] as const) {
    const count = await countRows(engine, db, table.name);
    if (count > maxRows) return { tooMany: { part, table: table.name, count, limit: maxRows } };
  }
  const junctionCount = await countRows(engine, db, junction.name);
  if (junctionCount > maxLinks) {
    return { tooMany: { part: 'links', table: junction.name, count: junctionCount, limit: maxLinks } };
  }

  const left = await loadSide(engine, db, leftTable, keyColumnsOf(leftTable, leftFk));
  const right = await loadSide(engine, db, rightTable, keyColumnsOf(rightTable, rightFk));
  const pairs = await queryRows(
    engine,
    db,
    linksSql(junction, [leftTable, leftFk, left.keyColumns], [rightTable, rightFk, right.keyColumns]),
  );
  const split = left.keyColumns.length;
  const links = pairs.map((row) => ({ left: keyOf(row.slice(0, split)), right: keyOf(row.slice(split)) }));
  return { relation, left, right, links, unmatched: Math.max(0, junctionCount - links.length) };
}

/** True when a declared type gives a column TEXT affinity (SQLite's rule: CHAR, CLOB or TEXT in it). */
export function hasTextAffinity(type: string): boolean {
  const upper = type.toUpperCase();
  return !upper.includes('INT') && (upper.includes('CHAR') || upper.includes('CLOB') || upper.includes('TEXT'));
}

/** The referenced columns; a bare `REFERENCES t` with no primary key there can only mean the rowid. */
function keyColumnsOf(table: Table, fk: ForeignKey): string[] {
  if (fk.toColumns.length > 0) return fk.toColumns;
  return table.primaryKey.length > 0 ? table.primaryKey : ['rowid'];
}

async function loadSide(engine: Engine, db: string, table: Table, keyColumns: string[]): Promise<InstanceSide> {
  const keyed = new Set(keyColumns.map((c) => c.toLowerCase()));
  const labelColumn =
    table.columns.find((c) => c.kind !== 'hidden' && hasTextAffinity(c.type) && !keyed.has(c.name.toLowerCase()))?.name ?? null;
  const keys = keyColumns.map(quoteIdentifier).join(', ');
  const label = labelColumn === null ? '' : `, ${quoteIdentifier(labelColumn)}`;
  const rows = await queryRows(engine, db, `SELECT ${keys}${label} FROM ${quoteIdentifier(table.name)} ORDER BY ${keys}`);
  return {
    table: table.name,
    labelColumn,
    keyColumns,
    rows: rows.map((row) => {
      const keyValues = row.slice(0, keyColumns.length);
      const keyText = keyValues.map(valueText).join(', ');
      const labelValue = labelColumn === null ? null : (row[keyColumns.length] ?? null);
      return {
        key: keyOf(keyValues),
        label: labelValue === null ? keyText : valueText(labelValue),
        title: `${table.name}: ${keyColumns.map((c, i) => `${c} = ${valueText(keyValues[i] ?? null)}`).join(', ')}`,
      };
    }),
  };
}

/**
 * Pairs each junction row with the rows it references. The keys come from the entity rows, not
 * the junction, so they match the side's keys exactly whatever type affinity the junction has.
 */
type End = [table: Table, fk: ForeignKey, keys: string[]];

function linksSql(junction: Table, left: End, right: End): string {
  const join = (alias: string, [table, fk, keys]: End) => {
    const on = fk.columns.map((c, i) => `${alias}.${quoteIdentifier(keys[i] ?? 'rowid')} = j.${quoteIdentifier(c)}`);
    return ` JOIN ${quoteIdentifier(table.name)} AS ${alias} ON ${on.join(' AND ')}`;
  };
  const select = [...left[2].map((k) => `a.${quoteIdentifier(k)}`), ...right[2].map((k) => `b.${quoteIdentifier(k)}`)];
  // The junction's own order (rowid, or its key for WITHOUT ROWID tables) keeps lines stable between runs.
  const order = junction.withoutRowid ? junction.primaryKey.map((c) => `j.${quoteIdentifier(c)}`).join(', ') : 'j.rowid';
  return `SELECT ${select.join(', ')} FROM ${quoteIdentifier(junction.name)} AS j${join('a', left)}${join('b', right)} ORDER BY ${order}`;
}

async function countRows(engine: Engine, db: string, table: string): Promise<number> {
  const rows = await queryRows(engine, db, `SELECT count(*) FROM ${quoteIdentifier(table)}`);
  return Number(rows[0]?.[0] ?? 0);
}

async function queryRows(engine: Engine, db: string, sql: string): Promise<SqlValue[][]> {
  const outcome = await engine.run(db, sql, { maxRows: Number.MAX_SAFE_INTEGER, read: true });
  if (!outcome.ok) throw new Error(`Reading the instance failed: ${errorText(outcome.error)} in ${sql}`);
  return outcome.results.at(-1)?.rows ?? [];
}

/** A key that tells 1 from '1' and survives blobs. */
function keyOf(values: SqlValue[]): string {
  return JSON.stringify(values.map((v) => (v instanceof Uint8Array ? { blob: hex(v) } : v)));
}

function valueText(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (value instanceof Uint8Array) return `x'${hex(value.subarray(0, 8))}${value.length > 8 ? '…' : ''}'`;
  return String(value);
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
