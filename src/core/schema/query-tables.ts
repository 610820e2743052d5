/**
 * Which tables a statement touches, so the diagram can light them up: SQLite's own query plan
 * names what it scans (through views and CTEs too); the statement text fills in write targets
 * and statements the planner cannot explain.
 */
import type { Engine } from '../engine.js';
import type { ManyToManyRelationship, Relations } from '../relations/types.js';
import { introspectSchema } from './introspect.js';
import { isIdentifier, type SqlToken, splitStatements, tokenizeSql } from '../sql/sql-tokens.js';
import type { Schema, Table } from './types.js';

/** Words that can follow a table name in FROM/JOIN without being its alias. */
const NOT_ALIAS = new Set(
  `WHERE JOIN ON LEFT RIGHT FULL INNER OUTER CROSS NATURAL USING GROUP ORDER LIMIT SET VALUES UNION
  EXCEPT INTERSECT WINDOW HAVING INDEXED NOT RETURNING DEFAULT SELECT AS DO WHEN THEN ELSE END OFFSET`.split(/\s+/),
);

/**
 * The schema tables `sql` reads or writes, in schema order. `schema` saves a round trip when the
 * caller already has it. Nothing runs: every statement is only prefixed with EXPLAIN QUERY PLAN.
 */
export async function tablesUsedBy(engine: Engine, db: string, sql: string, schema?: Schema): Promise<string[]> {
  const known = schema ?? (await introspectSchema(engine, db));
  const each = await tablesUsedByEach(engine, db, [sql], known);
  return each[0] ?? [];
}

/**
 * The schema tables each of `statements` reads or writes (one list per entry, in schema order), so
 * a run of several statements can be shown one statement at a time. Plans are asked for in one
 * script; a statement the planner rejects stops that script, so the rest are asked for again.
 */
export async function tablesUsedByEach(engine: Engine, db: string, statements: readonly string[], schema?: Schema): Promise<string[][]> {
  const known = schema ?? (await introspectSchema(engine, db));
  const pieces = statements.flatMap((sql, owner) => splitStatements(sql).map((text) => ({ owner, text, plan: null as string[] | null })));
  for (let from = 0; from < pieces.length; ) {
    // Each piece is prefixed, so even a piece split wrongly can only fail to prepare, never run.
    const script = pieces
      .slice(from)
      .map((p) => `EXPLAIN QUERY PLAN ${p.text};`)
      .join('\n');
    const outcome = await engine.run(db, script, { maxRows: Number.MAX_SAFE_INTEGER, read: true });
    outcome.results.forEach((result, i) => {
      const detail = result.columns.indexOf('detail');
      pieces[from + i]!.plan = result.rows.map((row) => String(row[detail] ?? ''));
    });
    // The piece after the last result failed to prepare: it keeps no plan, and the rest go on.
    from = outcome.ok ? pieces.length : from + outcome.results.length + 1;
  }
  const used = statements.map(() => new Set<Table>());
  for (const piece of pieces) {
    const tokens = tokenizeSql(piece.text);
    const found = [...tablesInPlan(piece.plan ?? [], tokens, known), ...writeTargets(tokens, known)];
    // No plan (the planner rejected it, e.g. a table not created yet) or a plan that names
    // nothing (DDL such as CREATE INDEX): fall back to the table names written in it.
    for (const table of found.length > 0 ? found : tablesNamedIn(tokens, known, new Set())) used[piece.owner]!.add(table);
  }
  return used.map((set) => known.tables.filter((t) => set.has(t)).map((t) => t.name));
}

/** The many-to-many relationships whose junction and both ends are all among `tables` (case-insensitive). */
export function junctionPaths(tables: readonly string[], relations: Relations): ManyToManyRelationship[] {
  const present = new Set(tables.map((t) => t.toLowerCase()));
  return relations.relationships.filter(
    (r): r is ManyToManyRelationship =>
      r.kind === 'many-to-many' && present.has(r.junction.toLowerCase()) && r.between.every((t) => present.has(t.toLowerCase())),
  );
}

function tableNamed(schema: Schema, name: string): Table | undefined {
  const lower = name.toLowerCase();
  return schema.tables.find((t) => t.name.toLowerCase() === lower);
}

/** Tables behind SCAN/SEARCH lines; a line may name a table, an alias, or (via USING INDEX) an index. */
function tablesInPlan(lines: string[], tokens: SqlToken[], schema: Schema): Table[] {
  const out: Table[] = [];
  let aliases: Map<string, Set<Table>> | undefined;
  for (const line of lines) {
    const match =
      /^(?:SCAN|SEARCH) (.+?)(?: USING (?:(?:COVERING |AUTOMATIC (?:PARTIAL )?COVERING )?INDEX (\S+))?.*| VIRTUAL TABLE INDEX .*)?$/.exec(
        line,
      );
    if (!match || match[1] === 'CONSTANT ROW') continue;
    const name = match[1]!;
    const byIndex = match[2] ? schema.tables.find((t) => t.indexes.some((i) => i.name === match[2])) : undefined;
    const direct = tableNamed(schema, name);
    if (direct || byIndex) {
      out.push((direct ?? byIndex)!);
      continue;
    }
    aliases ??= aliasesOf(tokens, schema);
    out.push(...(aliases.get(name.toLowerCase()) ?? []));
  }
  return out;
}

/**
 * Alias → tables, from the statement and from the views it reads (the plan of a view query names
 * the view's own aliases). One alias can mean different tables in different views: keep them all.
 */
function aliasesOf(tokens: SqlToken[], schema: Schema): Map<string, Set<Table>> {
  const map = new Map<string, Set<Table>>();
  const seenViews = new Set<string>();
  const visit = (list: SqlToken[]) => {
    list.forEach((token, i) => {
      if (!isIdentifier(token) || list[i + 1]?.value === '.') return;
      const view = schema.views.find((v) => v.name.toLowerCase() === token.value.toLowerCase());
      if (view && !seenViews.has(view.name)) {
        seenViews.add(view.name);
        visit(tokenizeSql(view.sql));
      }
      const table = tableNamed(schema, token.value);
      if (!table) return;
      let next = list[i + 1];
      if (next?.kind === 'word' && next.value.toUpperCase() === 'AS') next = list[i + 2];
      else if (next?.kind === 'word' && NOT_ALIAS.has(next.value.toUpperCase())) return;
      if (!isIdentifier(next)) return;
      const key = next.value.toLowerCase();
      if (!map.has(key)) map.set(key, new Set());
      map.get(key)!.add(table);
    });
  };
  visit(tokens);
  return map;
}

/** Targets of INSERT/REPLACE INTO, UPDATE [OR …] and DELETE FROM, which the plan does not always name. */
function writeTargets(tokens: SqlToken[], schema: Schema): Table[] {
  const out: Table[] = [];
  tokens.forEach((token, i) => {
    if (token.kind !== 'word') return;
    const word = token.value.toUpperCase();
    let at = -1;
    if (word === 'INTO' || (word === 'FROM' && tokens[i - 1]?.value.toUpperCase() === 'DELETE')) at = i + 1;
    else if (word === 'UPDATE') {
      // In `ON UPDATE CASCADE` or `AFTER UPDATE ON t` the next word is no table, so it drops out below.
      at = tokens[i + 1]?.value.toUpperCase() === 'OR' ? i + 3 : i + 1;
    }
    if (at < 0) return;
    // `main.students`: the table is the part after the dot.
    if (tokens[at + 1]?.value === '.') at += 2;
    const target = tokens[at];
    const table = isIdentifier(target) ? tableNamed(schema, target.value) : undefined;
    if (table) out.push(table);
  });
  return out;
}

/** Every table named by an identifier in `tokens`, and the tables behind any view named there. */
function tablesNamedIn(tokens: SqlToken[], schema: Schema, seenViews: Set<string>): Table[] {
  const out: Table[] = [];
  for (const token of tokens) {
    if (!isIdentifier(token)) continue;
    const table = tableNamed(schema, token.value);
    if (table) out.push(table);
    const view = schema.views.find((v) => v.name.toLowerCase() === token.value.toLowerCase());
    if (view && !seenViews.has(view.name)) {
      seenViews.add(view.name);
      out.push(...tablesNamedIn(tokenizeSql(view.sql), schema, seenViews));
    }
  }
  return out;
}
