/**
 * Rows for generated trap data: a lesson's own rows read once, and new rows made from them (copied
 * values, fresh keys, ids of existing parents), written as one plain INSERT each.
 */
import { sqlLiteral } from '../sql/literal.js';
import type { Engine, SqlValue } from '../engine.js';
import { errorText } from '../engine.js';
import { isNeverNull } from '../schema/keys.js';
import type { Column, Schema, Table } from '../schema/types.js';
import { quoteIdentifier } from '../sql/identifiers.js';

/** The rows of one table as read, plus the rows trap statements have added so far. */
export interface TableRows {
  table: Table;
  columns: string[];
  rows: SqlValue[][];
}

/** A seeded pseudo-random source in [0, 1) (mulberry32 over a hash of `seed`): same seed, same data. */
export function seededRandom(seed: string): () => number {
  let state = 2166136261;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 16777619);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every user table's rows in one round trip, keyed by lower-cased table name. */
export async function readAllRows(engine: Engine, db: string, schema: Schema): Promise<Map<string, TableRows>> {
  const tables = schema.tables.filter((t) => t.columns.some(insertable));
  const script = tables.map(
    (t) =>
      `SELECT ${t.columns
        .filter(insertable)
        .map((c) => quoteIdentifier(c.name))
        .join(', ')} FROM ${quoteIdentifier(t.name)};`,
  );
  const out = new Map<string, TableRows>();
  if (tables.length === 0) return out;
  const run = await engine.run(db, script.join('\n'), { maxRows: Number.MAX_SAFE_INTEGER, read: true });
  if (!run.ok) throw new Error(`Reading the rows for trap data failed: ${errorText(run.error)}.`);
  tables.forEach((table, i) => {
    const result = run.results[i]!;
    out.set(table.name.toLowerCase(), { table, columns: result.columns, rows: result.rows.map((r) => [...r]) });
  });
  return out;
}

/** Columns an INSERT can name: not generated, not hidden. */
function insertable(column: Column): boolean {
  return column.kind === 'normal';
}

const isIntegerType = (column: Column) => column.type.toUpperCase().includes('INT');

/** True when the column must hold a different value in every row (a one-column key or a key part of text). */
function mustDiffer(table: Table, column: Column): boolean {
  const name = column.name.toLowerCase();
  if (table.primaryKey.length === 1 && table.primaryKey[0]!.toLowerCase() === name) return true;
  if (table.primaryKey.length > 1 && table.primaryKey.some((c) => c.toLowerCase() === name) && !isReference(table, name)) return true;
  return table.uniques.some((u) => u.some((c) => c.toLowerCase() === name) && !isReference(table, name));
}

function isReference(table: Table, lowerName: string): boolean {
  return table.foreignKeys.some((fk) => fk.columns.some((c) => c.toLowerCase() === lowerName));
}

/** Makes new rows for the tables of one trap database; each row is remembered so later rows can point at it. */
export class RowMaker {
  readonly #data: Map<string, TableRows>;
  readonly #random: () => number;
  #counter = 1;

  constructor(data: Map<string, TableRows>, random: () => number) {
    this.#data = data;
    this.#random = random;
  }

  rowsOf(table: string): TableRows | undefined {
    return this.#data.get(table.toLowerCase());
  }

  /** A pseudo-random element of `items` (undefined when empty). */
  pick<T>(items: readonly T[]): T | undefined {
    return items.length === 0 ? undefined : items[Math.floor(this.#random() * items.length)];
  }

  /** Up to `n` distinct elements of `items`, in a seeded order. */
  pickSome<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(this.#random() * pool.length), 1)[0]!);
    return out;
  }

  /** The values of column `column` in `table`'s rows. */
  values(table: string, column: string): SqlValue[] {
    const rows = this.rowsOf(table);
    if (!rows) return [];
    const at = rows.columns.findIndex((c) => c.toLowerCase() === column.toLowerCase());
    return at === -1 ? [] : rows.rows.map((r) => r[at]!);
  }

  /** One more than the largest integer in the column (1 for an empty table), at least `floor`. */
  nextInteger(table: string, column: string, floor = 0): number {
    const numbers = this.values(table, column).filter((v): v is number => typeof v === 'number');
    return Math.max(floor, numbers.length === 0 ? 0 : Math.max(...numbers)) + 1;
  }

  /**
   * An INSERT for a new row of `table`: `set` values win; other columns follow `template` (or a random
   * row) — numbers copied, text made new unless `copyText` (then repeated, as in "two students called
   * Ada") — with fresh values where the column must differ, parents' ids for foreign keys, and made-up
   * values for an empty table. Returns the statement and the row as it will be stored.
   */
  insert(
    table: string,
    set: Record<string, SqlValue> = {},
    template?: SqlValue[],
    copyText = false,
  ): { sql: string; row: SqlValue[] } | null {
    const rows = this.rowsOf(table);
    if (!rows) return null;
    const model = template ?? this.pick(rows.rows);
    const given = new Map(Object.entries(set).map(([k, v]) => [k.toLowerCase(), v]));
    const n = this.#counter++;
    const row = rows.columns.map((name, i): SqlValue => {
      const lower = name.toLowerCase();
      if (given.has(lower)) return given.get(lower)!;
      const column = rows.table.columns.find((c) => c.name.toLowerCase() === lower)!;
      const fk = rows.table.foreignKeys.find((f) => f.columns.length === 1 && f.columns[0]!.toLowerCase() === lower);
      if (fk) {
        const parent = this.pick(this.values(fk.table, fk.toColumns[0] ?? ''));
        if (parent !== undefined) return parent;
      }
      const copied = model?.[i] ?? null;
      // New text keeps a repeated name from pairing up with its namesake's partners by accident.
      if (mustDiffer(rows.table, column) || (typeof copied === 'string' && !copyText)) return this.fresh(table, column, copied, n);
      if (copied !== null || !isNeverNull(rows.table, name)) return model ? copied : this.madeUp(table, column, n);
      return this.madeUp(table, column, n);
    });
    rows.rows.push(row);
    const columns = rows.columns.map(quoteIdentifier).join(', ');
    return { sql: `INSERT INTO ${quoteIdentifier(rows.table.name)} (${columns}) VALUES (${row.map(sqlLiteral).join(', ')});`, row };
  }

  /** An INSERT of `row` exactly as given (values in `rowsOf(table).columns` order), remembered like any other. */
  insertExact(table: string, row: SqlValue[]): string | null {
    const rows = this.rowsOf(table);
    if (!rows || row.length !== rows.columns.length) return null;
    rows.rows.push([...row]);
    const columns = rows.columns.map(quoteIdentifier).join(', ');
    return `INSERT INTO ${quoteIdentifier(rows.table.name)} (${columns}) VALUES (${row.map(sqlLiteral).join(', ')});`;
  }

  /** A value for a column that must differ from every row's: the next integer, or the copied text with a number. */
  fresh(table: string, column: Column, copied: SqlValue, n: number): SqlValue {
    if (typeof copied === 'number' || (copied === null && isIntegerType(column))) return this.nextInteger(table, column.name);
    const base = typeof copied === 'string' ? copied : `${table} ${column.name}`;
    const taken = new Set(this.values(table, column.name));
    let k = n + 1;
    while (taken.has(`${base} ${k}`)) k++;
    return `${base} ${k}`;
  }

  madeUp(table: string, column: Column, n: number): SqlValue {
    const type = column.type.toUpperCase();
    if (type.includes('INT')) return n;
    if (type.includes('REAL') || type.includes('FLOA') || type.includes('DOUB') || type.includes('NUM')) return n + 0.5;
    return `${table} ${n}`;
  }

  /** The DELETE of `table`'s rows whose `column` equals `value`, and the same change to the remembered rows. */
  deleteWhere(table: string, column: string, value: SqlValue): string | null {
    const rows = this.rowsOf(table);
    if (!rows || value === null) return null;
    const at = rows.columns.findIndex((c) => c.toLowerCase() === column.toLowerCase());
    if (at === -1) return null;
    rows.rows = rows.rows.filter((r) => r[at] !== value);
    return `DELETE FROM ${quoteIdentifier(rows.table.name)} WHERE ${quoteIdentifier(rows.columns[at]!)} = ${sqlLiteral(value)};`;
  }
}
