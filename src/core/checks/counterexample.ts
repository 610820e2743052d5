/**
 * The smallest counterexample: from a database on which the learner's query and the solution differ,
 * delete rows (in chunks, then one by one) for as long as the two results still differ. Deletes go
 * through SQLite with foreign keys on, so a row that others point at stays (or cascades) and the
 * little database is always a valid one.
 */
import type { Engine, SqlValue } from '../engine.js';
import { errorText } from '../engine.js';
import type { ColumnRule, RowOrder } from '../lessons/types.js';
import type { Schema, Table } from '../schema/types.js';
import { quoteIdentifier } from '../sql/identifiers.js';
import { sqlLiteral } from '../sql/literal.js';
import { compareResults, type ResultTable } from './compare.js';
import type { Counterexample } from './counterexample-message.js';
import { outcomeOf } from './outcome.js';
import { countRows, TRAP_DATA_MAX_ROWS } from './trap-data.js';

export { type Counterexample, counterexampleMessage, counterexampleSize } from './counterexample-message.js';

const DB = { shrink: 'check:shrink', reference: 'check:shrink-reference', learner: 'check:shrink-learner' } as const;

/** Deletion attempts per shrink; lesson databases are small, this only bounds a pathological one. */
const MAX_ATTEMPTS = 400;

/**
 * Shrinks `bytes` while `answer` and `solution` give different results on it (both without error);
 * null when they do not differ on `bytes` to begin with.
 */
export async function smallestCounterexample(
  engine: Engine,
  bytes: Uint8Array,
  schema: Schema,
  answer: string,
  solution: string,
  rules: { order: RowOrder; columns: ColumnRule },
): Promise<Counterexample | null> {
  const differs = async (candidate: Uint8Array) => {
    const reference = await outcomeOf(engine, DB.reference, candidate, solution, []);
    if (!reference.ok) return null;
    const learner = await outcomeOf(engine, DB.learner, candidate, answer, []);
    if (!learner.ok) return null;
    const expected = reference.tables.at(-1) ?? { columns: [], rows: [] };
    const actual = learner.tables.at(-1) ?? { columns: [], rows: [] };
    return compareResults(expected, actual, rules).difference === 'equal' ? null : { expected, actual };
  };
  try {
    // Shrinking copies and re-runs both queries per step: on large generated data it would take
    // seconds, and a few rows out of many thousands would not explain much. The diff is shown instead.
    await engine.open(DB.shrink, bytes);
    if ((await countRows(engine, DB.shrink, schema)) > TRAP_DATA_MAX_ROWS) return null;
    let best = await differs(bytes);
    if (!best) return null;
    let current = bytes;
    let attempts = 0;
    // Rows that point at others go first: deleting them frees the rows they point at.
    const tables = [...schema.tables].sort((a, b) => b.foreignKeys.length - a.foreignKeys.length);
    for (let changed = true; changed && attempts < MAX_ATTEMPTS; ) {
      changed = false;
      for (const table of tables) {
        await engine.open(DB.shrink, current);
        let keys = await rowKeys(engine, table);
        for (let chunk = keys.length; chunk >= 1 && attempts < MAX_ATTEMPTS; chunk = chunk === 1 ? 0 : Math.ceil(chunk / 2)) {
          for (let at = 0; at < keys.length && attempts < MAX_ATTEMPTS; ) {
            const doomed = keys.slice(at, at + chunk);
            attempts++;
            const candidate = await withoutRows(engine, current, schema, table, doomed);
            const result = candidate && (await differs(candidate));
            if (candidate && result) {
              current = candidate;
              best = result;
              keys = [...keys.slice(0, at), ...keys.slice(at + chunk)];
              changed = true;
            } else at += chunk;
          }
        }
      }
    }
    return { tables: await allRows(engine, current, schema), ...best };
  } finally {
    for (const db of Object.values(DB)) await engine.close(db);
  }
}

/** How a row is named in a DELETE: its rowid, or its primary key in a WITHOUT ROWID table. */
function keyColumns(table: Table): string[] {
  return table.withoutRowid ? table.primaryKey : ['rowid'];
}

async function rowKeys(engine: Engine, table: Table): Promise<SqlValue[][]> {
  const columns = keyColumns(table).map((c) => (c === 'rowid' ? c : quoteIdentifier(c)));
  const run = await engine.run(DB.shrink, `SELECT ${columns.join(', ')} FROM ${quoteIdentifier(table.name)};`, {
    maxRows: Number.MAX_SAFE_INTEGER,
    read: true,
  });
  if (!run.ok) throw new Error(`Listing the rows of ${table.name} failed: ${errorText(run.error)}.`);
  return run.results[0]?.rows ?? [];
}

/**
 * The bytes of `bytes` without the rows `keys` of `table`, or null when SQLite refuses the delete.
 * When rows of other tables point at them (a course's enrollments), the delete is tried again with
 * those rows deleted first: one step then takes a course away with its pairs, which deleting either
 * alone cannot do while the two results must still differ.
 */
async function withoutRows(
  engine: Engine,
  bytes: Uint8Array,
  schema: Schema,
  table: Table,
  keys: SqlValue[][],
): Promise<Uint8Array | null> {
  const columns = keyColumns(table).map((c) => (c === 'rowid' ? c : quoteIdentifier(c)));
  const tuples = keys.map((k) => `(${k.map(sqlLiteral).join(', ')})`).join(', ');
  const where =
    columns.length === 1
      ? `${columns[0]} IN (${keys.map((k) => sqlLiteral(k[0]!)).join(', ')})`
      : `(${columns.join(', ')}) IN (VALUES ${tuples})`;
  const own = `DELETE FROM ${quoteIdentifier(table.name)} WHERE ${where};`;
  const dependents = dependentDeletes(schema, table, where);
  for (const script of dependents.length > 0 ? [own, [...dependents, own].join('\n')] : [own]) {
    await engine.open(DB.shrink, bytes);
    const run = await engine.run(DB.shrink, script);
    if (run.ok) return engine.export(DB.shrink);
  }
  return null;
}

/**
 * DELETEs of the rows that point, directly or through other rows, at the rows of `table` matching
 * `where`, the farthest first. Self-references and cycles are left to SQLite (the delete is refused).
 */
function dependentDeletes(schema: Schema, table: Table, where: string, seen: ReadonlySet<string> = new Set()): string[] {
  const path = new Set([...seen, table.name.toLowerCase()]);
  const out: string[] = [];
  for (const child of schema.tables) {
    if (path.has(child.name.toLowerCase())) continue;
    for (const fk of child.foreignKeys) {
      if (fk.table.toLowerCase() !== table.name.toLowerCase() || fk.toColumns.length !== fk.columns.length) continue;
      const from = fk.columns.map(quoteIdentifier).join(', ');
      const to = fk.toColumns.map(quoteIdentifier).join(', ');
      const pointing = `(${from}) IN (SELECT ${to} FROM ${quoteIdentifier(table.name)} WHERE ${where})`;
      out.push(...dependentDeletes(schema, child, pointing, path), `DELETE FROM ${quoteIdentifier(child.name)} WHERE ${pointing};`);
    }
  }
  return out;
}

async function allRows(engine: Engine, bytes: Uint8Array, schema: Schema): Promise<Record<string, ResultTable>> {
  await engine.open(DB.shrink, bytes);
  const script = schema.tables.map((t) => `SELECT * FROM ${quoteIdentifier(t.name)};`).join('\n');
  const out: Record<string, ResultTable> = {};
  if (script === '') return out;
  const run = await engine.run(DB.shrink, script, { maxRows: Number.MAX_SAFE_INTEGER, read: true });
  if (!run.ok) throw new Error(`Reading the counterexample failed: ${errorText(run.error)}.`);
  schema.tables.forEach((table, i) => {
    const result = run.results[i]!;
    out[table.name] = { columns: result.columns, rows: result.rows };
  });
  return out;
}
