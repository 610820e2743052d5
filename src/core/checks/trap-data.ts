/**
 * Generated trap data: extra databases built from a lesson's own schema and rows, each aimed at a
 * many-to-many mistake that small sample data lets through (docs/lesson-format.md, "Trap data").
 * Every new row is one INSERT; a row the schema refuses (FK, NOT NULL, UNIQUE, CHECK) is skipped.
 */
import type { Engine, SqlValue } from '../engine.js';
import type { TrapKind } from '../lessons/types.js';
import { inferRelationships } from '../relations/infer.js';
import { junctionShape } from '../relations/junction.js';
import type { Schema, Table } from '../schema/types.js';
import { quoteIdentifier } from '../sql/identifiers.js';
import { readAllRows, RowMaker, seededRandom } from './trap-rows.js';

/** One trap database: its kind and its file bytes. */
export interface TrapDatabase {
  kind: TrapKind;
  bytes: Uint8Array;
}

/** A many-to-many link as the recipes need it: the junction and, per side, its column and the key it references. */
interface Link {
  junction: Table;
  sides: [Side, Side];
}

interface Side {
  /** The junction's column pointing at this side. */
  column: string;
  table: Table;
  key: string;
}

/** Where the trap databases are built (the checker's other scratch names are in check-exercise.ts). */
export const TRAP_DATABASE = 'check:trap';

/** The largest number of rows a recipe adds per side, so trap databases stay small enough to shrink. */
const MAX_NEW = 6;

/**
 * Trap data is built only from a base database of at most this many rows. On larger (generated)
 * data, size itself defeats most lucky answers, and copying it into trap databases would make
 * every Check slow in the browser.
 */
export const TRAP_DATA_MAX_ROWS = 5000;

/**
 * Builds the trap databases of `kinds` from `bytes` (a base database), seeded by `seed`. `ties` needs
 * `withLimit` (the solution ends in ORDER BY … LIMIT). A kind gives one database (`misaligned-ids` two),
 * and none when it adds nothing.
 */
export async function buildTrapDatabases(
  engine: Engine,
  bytes: Uint8Array,
  schema: Schema,
  kinds: readonly TrapKind[],
  seed: string,
  withLimit: boolean,
): Promise<TrapDatabase[]> {
  const links = manyToManyLinks(schema);
  const out: TrapDatabase[] = [];
  await engine.open(TRAP_DATABASE, bytes);
  if ((await countRows(engine, TRAP_DATABASE, schema)) > TRAP_DATA_MAX_ROWS) {
    await engine.close(TRAP_DATABASE);
    return out;
  }
  const original = await readAllRows(engine, TRAP_DATABASE, schema);
  for (const kind of kinds) {
    if (kind === 'ties' && !withLimit) continue;
    for (const [n, recipe] of [RECIPES[kind], SECOND_RECIPES[kind]].entries()) {
      if (!recipe) continue;
      // Each recipe starts from the lesson's rows, not from another recipe's.
      const data = new Map([...original].map(([name, rows]) => [name, { ...rows, rows: rows.rows.map((r) => [...r]) }]));
      const maker = new RowMaker(data, seededRandom(n === 0 ? `${seed}:${kind}` : `${seed}:${kind}:${n}`));
      const statements = recipe(maker, links, schema);
      if (statements.length === 0) continue;
      await engine.open(TRAP_DATABASE, bytes);
      if ((await runSkippingRefused(engine, statements.join('\n'))) === 0) continue;
      out.push({ kind, bytes: await engine.export(TRAP_DATABASE) });
    }
  }
  await engine.close(TRAP_DATABASE);
  return out;
}

/** How many rows the tables of `schema` hold in all (one read, no rows transferred). */
export async function countRows(engine: Engine, db: string, schema: Schema): Promise<number> {
  if (schema.tables.length === 0) return 0;
  const sum = schema.tables.map((t) => `(SELECT count(*) FROM ${quoteIdentifier(t.name)})`).join(' + ');
  const run = await engine.run(db, `SELECT ${sum};`, { read: true });
  const value = run.ok ? run.results[0]?.rows[0]?.[0] : undefined;
  return typeof value === 'number' ? value : 0;
}

/** Runs a script of one-row statements, skipping each one SQLite refuses; returns how many changed a row. */
async function runSkippingRefused(engine: Engine, script: string): Promise<number> {
  let rest = script;
  let changed = 0;
  for (;;) {
    const run = await engine.run(TRAP_DATABASE, rest, { maxRows: 1 });
    changed += run.results.reduce((sum, r) => sum + (r.rowsModified > 0 ? 1 : 0), 0);
    if (run.ok) return changed;
    rest = rest.slice(run.error.end);
    if (rest.trim().replace(/^;/, '').trim() === '') return changed;
  }
}

/** The schema's many-to-many junctions whose two foreign keys are single columns with known targets. */
function manyToManyLinks(schema: Schema): Link[] {
  const links: Link[] = [];
  for (const relationship of inferRelationships(schema).relationships) {
    if (relationship.kind !== 'many-to-many') continue;
    const junction = schema.tables.find((t) => t.name === relationship.junction);
    const shape = junction && junctionShape(junction);
    if (!junction || shape?.kind !== 'many-to-many') continue;
    const sides = shape.foreignKeys.map((fk): Side | null => {
      const table = schema.tables.find((t) => t.name.toLowerCase() === fk.table.toLowerCase());
      if (!table || fk.columns.length !== 1 || fk.toColumns.length !== 1) return null;
      return { column: fk.columns[0]!, table, key: fk.toColumns[0]! };
    });
    if (sides[0] && sides[1]) links.push({ junction, sides: [sides[0], sides[1]] });
  }
  return links;
}

type Recipe = (maker: RowMaker, links: Link[], schema: Schema) => string[];

/** Both directions of a link: each side with the side it pairs with. */
function directions(link: Link): [Side, Side][] {
  return [
    [link.sides[0], link.sides[1]],
    [link.sides[1], link.sides[0]],
  ];
}

/** A new row of `side`'s table; its key value, or null when it cannot be made. */
function newEntity(maker: RowMaker, side: Side, statements: string[], template?: SqlValue[], key?: SqlValue): SqlValue {
  const made = maker.insert(side.table.name, key === undefined ? {} : { [side.key]: key }, template);
  if (!made) return null;
  statements.push(made.sql);
  const rows = maker.rowsOf(side.table.name)!;
  return made.row[rows.columns.findIndex((c) => c.toLowerCase() === side.key.toLowerCase())] ?? null;
}

/** A junction row pairing `a` (on `from`) with `b` (on `to`), unless the pair is already stored. */
function pair(maker: RowMaker, link: Link, from: Side, a: SqlValue, to: Side, b: SqlValue, statements: string[]): void {
  if (a === null && b === null) return;
  if (pairsOf(maker, link, from, to).some(([x, y]) => x === a && y === b)) return;
  const made = maker.insert(link.junction.name, { [from.column]: a, [to.column]: b });
  if (made) statements.push(made.sql);
}

/** The stored pairs as [value on `from`, value on `to`]. */
function pairsOf(maker: RowMaker, link: Link, from: Side, to: Side): [SqlValue, SqlValue][] {
  const a = maker.values(link.junction.name, from.column);
  const b = maker.values(link.junction.name, to.column);
  return a.map((v, i) => [v, b[i]!]);
}

/** Keys of `side`'s table. */
const keysOf = (maker: RowMaker, side: Side) => maker.values(side.table.name, side.key);

/** True when every key of `side`'s table is a number. */
const numericKeys = (maker: RowMaker, side: Side) => keysOf(maker, side).every((k) => typeof k === 'number');

/** The largest integer key on any side of any link (0 when none). */
function topKey(maker: RowMaker, links: Link[]): number {
  const keys = links.flatMap((l) => l.sides.flatMap((s) => keysOf(maker, s)));
  return Math.max(0, ...keys.filter((v): v is number => typeof v === 'number'));
}

/** The row of `side`'s table whose key is `key`. */
function rowWithKey(maker: RowMaker, side: Side, key: SqlValue): SqlValue[] | undefined {
  const rows = maker.rowsOf(side.table.name)!;
  const at = rows.columns.findIndex((c) => c.toLowerCase() === side.key.toLowerCase());
  return rows.rows.find((r) => r[at] === key);
}

/**
 * Moves the row of `side`'s table keyed `key` to the key `to`, values and partners kept: the rows
 * pointing at it are deleted, then the row, then both are inserted again with `to` in place of `key`.
 * Nothing moves when some reference to the table is not a one-column reference to `side.key`.
 */
function moveRow(maker: RowMaker, schema: Schema, side: Side, key: SqlValue, to: number, statements: string[]): void {
  const own = maker.rowsOf(side.table.name);
  const keyAt = own?.columns.findIndex((c) => c.toLowerCase() === side.key.toLowerCase()) ?? -1;
  const row = own?.rows.find((r) => r[keyAt] === key);
  if (!own || !row) return;
  // Per referencing table, the positions of its columns that point at the moved row's table.
  const pointing = new Map<string, number[]>();
  for (const table of schema.tables) {
    for (const fk of table.foreignKeys) {
      if (fk.table.toLowerCase() !== side.table.name.toLowerCase()) continue;
      const rows = maker.rowsOf(table.name);
      const at = rows?.columns.findIndex((c) => c.toLowerCase() === fk.columns[0]?.toLowerCase()) ?? -1;
      if (table === side.table || fk.columns.length !== 1 || fk.toColumns[0]?.toLowerCase() !== side.key.toLowerCase() || at === -1) return;
      pointing.set(table.name, [...(pointing.get(table.name) ?? []), at]);
    }
  }
  const again: [string, SqlValue[]][] = [];
  for (const [name, positions] of pointing) {
    const rows = maker.rowsOf(name)!;
    for (const r of rows.rows) {
      if (positions.some((i) => r[i] === key)) again.push([name, r.map((v, i) => (positions.includes(i) && v === key ? to : v))]);
    }
    for (const i of positions) {
      const sql = maker.deleteWhere(name, rows.columns[i]!, key);
      if (sql) statements.push(sql);
    }
  }
  const deleted = maker.deleteWhere(side.table.name, side.key, key);
  const inserted = maker.insertExact(
    side.table.name,
    row.map((v, i) => (i === keyAt ? to : v)),
  );
  if (!deleted || !inserted) return;
  statements.push(deleted, inserted);
  for (const [name, r] of again) {
    const sql = maker.insertExact(name, r);
    if (sql) statements.push(sql);
  }
}

const RECIPES: Record<TrapKind, Recipe> = {
  // A new row with no pairs, a newer one with pairs (so "the highest ids are the lonely ones" fails),
  // and the pairs of the lowest-keyed row taken away (so a low id is lonely too).
  'no-pairs': (maker, links) => {
    const statements: string[] = [];
    // Deletes go last, so no later pair gives the emptied row a partner again.
    const deletes: string[] = [];
    for (const link of links) {
      for (const [side, other] of directions(link)) {
        newEntity(maker, side, statements);
        const linked = newEntity(maker, side, statements);
        for (const b of maker.pickSome(keysOf(maker, other), 2)) pair(maker, link, side, linked, other, b, statements);
        const paired = [...new Set(pairsOf(maker, link, side, other).map(([a]) => a))].filter((k) => k !== linked);
        const lowest = paired.filter((k) => k !== null).sort(compareValues)[0];
        if (lowest !== undefined && paired.length >= 2) {
          const sql = maker.deleteWhere(link.junction.name, side.column, lowest);
          if (sql) deletes.push(sql);
        }
      }
    }
    return [...statements, ...deletes];
  },
  // One new row paired with (up to MAX_NEW) rows of the other side, and one existing row likewise.
  'many-pairs': (maker, links) => {
    const statements: string[] = [];
    for (const link of links) {
      for (const [side, other] of directions(link)) {
        const partners = maker.pickSome(keysOf(maker, other), MAX_NEW);
        const fresh = newEntity(maker, side, statements);
        const existing = maker.pick(keysOf(maker, side).filter((k) => k !== fresh));
        for (const b of partners) {
          pair(maker, link, side, fresh, other, b, statements);
          if (existing !== undefined) pair(maker, link, side, existing, other, b, statements);
        }
      }
    }
    return statements;
  },
  // New rows whose integer ids exist on neither side, each paired: joining one side's id with the
  // other side's id (instead of with the junction's column) then finds nothing for them.
  'misaligned-ids': (maker, links) => {
    const statements: string[] = [];
    for (const link of links) {
      const top = topKey(maker, links);
      directions(link).forEach(([side, other], i) => {
        if (!numericKeys(maker, side)) return;
        for (let n = 0; n < 2; n++) {
          const key = newEntity(maker, side, statements, undefined, top + 100 * (i + 1) + n * 7 + 1);
          for (const b of maker.pickSome(keysOf(maker, other), 2)) pair(maker, link, side, key, other, b, statements);
        }
      });
    }
    return statements;
  },
  // Copies of rows (values repeated, keys fresh: two students called Ada), each paired in every
  // junction of its table with a partner its original lacks, never with one it has: two Adas in one
  // course would make "Ada's courses" ambiguous (once or twice?). In a self-referential junction the
  // copy is paired with its original too (Boris befriends another Boris).
  'duplicate-values': (maker, links, schema) => {
    const statements: string[] = [];
    const junctions = new Set(links.map((l) => l.junction.name));
    for (const table of schema.tables) {
      if (junctions.has(table.name)) continue;
      const rows = maker.rowsOf(table.name);
      if (!rows) continue;
      const ways = links.flatMap((l) =>
        directions(l)
          .filter(([s]) => s.table.name === table.name)
          .map((d) => [l, ...d] as const),
      );
      for (const template of maker.pickSome(rows.rows, MAX_NEW)) {
        const made = maker.insert(table.name, {}, template, true);
        if (!made) continue;
        statements.push(made.sql);
        for (const [link, side, other] of ways) {
          const at = rows.columns.findIndex((c) => c.toLowerCase() === side.key.toLowerCase());
          const [oldKey, newKey] = [template[at]!, made.row[at]!];
          const theirs = new Set(
            pairsOf(maker, link, side, other)
              .filter(([a]) => a === oldKey)
              .map(([, b]) => b),
          );
          const others = keysOf(maker, other).filter((k) => !theirs.has(k) && k !== newKey);
          const self = other.table === side.table;
          // In a self-referential link, rows paired with the original the other way round come first:
          // another Ann who follows one of Ann's followers is in "the followers of Ann's followers".
          const back = new Set(
            pairsOf(maker, link, side, other)
              .filter(([, b]) => self && b === oldKey)
              .map(([a]) => a),
          );
          const near = others.filter((k) => back.has(k));
          const pool = near.length > 0 ? near : others.length > 0 ? others : keysOf(maker, other);
          const partners = [...maker.pickSome(pool, 1), ...(self ? [oldKey] : [])];
          for (const b of partners) pair(maker, link, side, newKey, other, b, statements);
        }
      }
    }
    return statements;
  },
  // A row with NULL in each column that allows it, junction columns included.
  nulls: (maker, links, schema) => {
    const statements: string[] = [];
    for (const table of schema.tables) {
      const rows = maker.rowsOf(table.name);
      if (!rows) continue;
      for (const column of table.columns) {
        if (column.kind !== 'normal' || column.notNull || (column.pkPosition > 0 && table.primaryKey.length === 1)) continue;
        if (table.withoutRowid && column.pkPosition > 0) continue;
        const made = maker.insert(table.name, { [column.name]: null });
        if (made) statements.push(made.sql);
      }
    }
    for (const link of links) {
      for (const [side, other] of directions(link)) {
        if (link.junction.columns.find((c) => c.name === side.column)?.notNull) continue;
        pair(maker, link, side, null, other, maker.pick(keysOf(maker, other)) ?? null, statements);
      }
    }
    return statements;
  },
  // A row paired with itself in a self-referential junction (unless a CHECK forbids it).
  'self-pairs': (maker, links) => {
    const statements: string[] = [];
    for (const link of links) {
      const [a, b] = link.sides;
      if (a.table.name !== b.table.name) continue;
      // A pair stored in both directions too: queries that treat the link as one-way or two-way then differ.
      const reversible = maker.pickSome(
        pairsOf(maker, link, a, b).filter(([x, y]) => x !== y),
        2,
      );
      for (const key of maker.pickSome(keysOf(maker, a), 2)) pair(maker, link, a, key, b, key, statements);
      for (const [x, y] of reversible) pair(maker, link, a, y, b, x, statements);
    }
    return statements;
  },
  // Ties for ORDER BY … LIMIT: other rows given partners until they have as many pairs as the
  // most-paired row, and a twin of that row (its values and partners), so the solution's tie-break decides.
  ties: (maker, links) => {
    const statements: string[] = [];
    for (const link of links) {
      for (const [side, other] of directions(link)) {
        const pairs = pairsOf(maker, link, side, other);
        const counts = new Map<SqlValue, number>();
        for (const [a] of pairs) counts.set(a, (counts.get(a) ?? 0) + 1);
        const [top, most] = [...counts].sort((x, y) => y[1] - x[1] || compareValues(x[0], y[0]))[0] ?? [undefined, 0];
        const template = top === undefined ? undefined : rowWithKey(maker, side, top);
        if (!template) continue;
        for (const key of maker.pickSome(
          keysOf(maker, side).filter((k) => k !== top),
          MAX_NEW,
        )) {
          const theirs = new Set(pairs.filter(([a]) => a === key).map(([, b]) => b));
          const fresh = keysOf(maker, other).filter((b) => !theirs.has(b));
          for (const b of maker.pickSome(fresh, most - theirs.size)) pair(maker, link, side, key, other, b, statements);
        }
        const twin = newEntity(maker, side, statements, template);
        for (const [a, b] of pairs) if (a === top) pair(maker, link, side, twin, other, b, statements);
      }
    }
    return statements;
  },
};

/**
 * The second database of `misaligned-ids`: the lowest-keyed row of each side moved to a new id,
 * values and partners kept, so an id typed into a query (`student_id = 1`, `min(id)`) no longer names
 * it and a count compared with `max(id)` no longer agrees. Kept apart from the stray rows, which
 * change every count.
 */
const movedRows: Recipe = (maker, links, schema) => {
  const statements: string[] = [];
  const sides = new Map(links.flatMap((l) => l.sides.map((s) => [s.table.name.toLowerCase(), s] as const)));
  for (const side of sides.values()) {
    if (!numericKeys(maker, side)) continue;
    const lowest = (keysOf(maker, side) as number[]).sort((a, b) => a - b)[0];
    if (lowest !== undefined) moveRow(maker, schema, side, lowest, topKey(maker, links) + 1, statements);
  }
  return statements;
};

/** Recipes for a second database of a kind, built like the first. */
const SECOND_RECIPES: Partial<Record<TrapKind, Recipe>> = { 'misaligned-ids': movedRows };

/** SQLite's order for the values a key holds: NULL, numbers, text. */
function compareValues(a: SqlValue, b: SqlValue): number {
  const rank = (v: SqlValue) => (v === null ? 0 : typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : 3);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}
