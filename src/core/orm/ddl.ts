/**
 * Metadata → DDL exactly as SQLAlchemy 2.0's `metadata.create_all()` emits it on SQLite: the same
 * statements, in the same order, with the same spacing.
 */
import type { OrmConstraint, OrmIndex, OrmMetadata, OrmTable } from './metadata.js';
import { quoteIdent } from '../sql/identifiers.js';
import { defaultClause } from './sqlite-types.js';

const INTEGER_AFFINITY = /INT/i;

/**
 * Orders tables as `sort_tables_and_constraints` does: in layers, each layer every remaining table
 * (in declaration order) whose FK targets are all emitted. Self-references do not count; tables in
 * an FK cycle lose their dependencies, as SQLAlchemy drops them when it cannot sort.
 */
export function sortTables(tables: OrmTable[]): OrmTable[] {
  const names = new Set(tables.map((t) => t.name));
  const deps = new Map<OrmTable, Set<string>>();
  for (const t of tables) {
    const targets = t.constraints.filter((c) => c.kind === 'foreign-key').map((c) => c.targetTable);
    deps.set(t, new Set(targets.filter((n) => n !== t.name && names.has(n))));
  }
  for (const t of inCycles(tables, deps)) deps.set(t, new Set());
  const out: OrmTable[] = [];
  const emitted = new Set<string>();
  let todo = [...tables];
  while (todo.length) {
    const layer = todo.filter((t) => [...deps.get(t)!].every((d) => emitted.has(d)));
    if (layer.length === 0) throw new Error('sortTables found a cycle after removing cyclic dependencies.');
    for (const t of layer) emitted.add(t.name);
    out.push(...layer);
    todo = todo.filter((t) => !layer.includes(t));
  }
  return out;
}

/** Tables that lie on an FK cycle (Tarjan's strongly connected components of size > 1). */
function inCycles(tables: OrmTable[], deps: Map<OrmTable, Set<string>>): OrmTable[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const index = new Map<OrmTable, number>();
  const low = new Map<OrmTable, number>();
  const stack: OrmTable[] = [];
  const onStack = new Set<OrmTable>();
  const result: OrmTable[] = [];
  let counter = 0;
  const visit = (t: OrmTable): void => {
    index.set(t, counter);
    low.set(t, counter++);
    stack.push(t);
    onStack.add(t);
    for (const name of deps.get(t)!) {
      const d = byName.get(name)!;
      if (!index.has(d)) {
        visit(d);
        low.set(t, Math.min(low.get(t)!, low.get(d)!));
      } else if (onStack.has(d)) low.set(t, Math.min(low.get(t)!, index.get(d)!));
    }
    if (low.get(t) === index.get(t)) {
      const component: OrmTable[] = [];
      for (let top = stack.pop()!; ; top = stack.pop()!) {
        onStack.delete(top);
        component.push(top);
        if (top === t) break;
      }
      if (component.length > 1) result.push(...component);
    }
  };
  for (const t of tables) if (!index.has(t)) visit(t);
  return result;
}

function list(columns: string[]): string {
  return columns.map(quoteIdent).join(', ');
}

function named(name: string | null): string {
  return name ? `CONSTRAINT ${quoteIdent(name)} ` : '';
}

function constraintSql(c: OrmConstraint): string {
  switch (c.kind) {
    case 'unique':
      return `${named(c.name)}UNIQUE (${list(c.columns)})`;
    case 'check':
      return `${named(c.name)}CHECK (${c.sql})`;
    case 'foreign-key': {
      let sql = `${named(c.name)}FOREIGN KEY(${list(c.columns)}) REFERENCES ${quoteIdent(c.targetTable)} (${list(c.targetColumns)})`;
      if (c.onDelete) sql += ` ON DELETE ${c.onDelete}`;
      if (c.onUpdate) sql += ` ON UPDATE ${c.onUpdate}`;
      return sql;
    }
  }
}

/** `sqlite_autoincrement=True` puts the key inline (`PRIMARY KEY AUTOINCREMENT`) for one integer, non-FK column. */
function inlineAutoincrement(table: OrmTable): string | null {
  if (!table.sqliteAutoincrement || table.primaryKey.columns.length !== 1) return null;
  const name = table.primaryKey.columns[0]!;
  const column = table.columns.find((c) => c.name === name);
  const isFk = table.constraints.some((c) => c.kind === 'foreign-key' && c.columns.includes(name));
  return column && INTEGER_AFFINITY.test(column.type) && !isFk ? name : null;
}

/** One `CREATE TABLE` statement, without the trailing semicolon. */
export function createTableSql(table: OrmTable): string {
  const inline = inlineAutoincrement(table);
  const items = table.columns.map((c) => {
    // SQLAlchemy writes name, space, type even when a type's SQL is empty (a column without a declared type).
    let spec = `${quoteIdent(c.name)} ${c.type}`;
    if (c.serverDefault !== null) spec += ` ${defaultClause(c.serverDefault)}`;
    if (!c.nullable) spec += ' NOT NULL';
    if (c.name === inline) spec += ' PRIMARY KEY AUTOINCREMENT';
    if (c.computed)
      spec += ` GENERATED ALWAYS AS (${c.computed.sql})${c.computed.persisted === null ? '' : c.computed.persisted ? ' STORED' : ' VIRTUAL'}`;
    for (const check of c.checks) spec += ` ${named(check.name)}CHECK (${check.sql})`;
    return spec;
  });
  if (table.primaryKey.columns.length && inline === null) {
    items.push(`${named(table.primaryKey.name)}PRIMARY KEY (${list(table.primaryKey.columns)})`);
  }
  items.push(...table.constraints.map(constraintSql));
  return `CREATE TABLE ${quoteIdent(table.name)} (\n\t${items.join(', \n\t')}\n)`;
}

/** One `CREATE [UNIQUE] INDEX` statement, without the trailing semicolon. */
export function createIndexSql(table: OrmTable, index: OrmIndex): string {
  return `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${quoteIdent(index.name)} ON ${quoteIdent(table.name)} (${list(index.columns)})`;
}

/** The statements `create_all()` runs, in order, without semicolons (ready for `Engine.run`). */
export function ddlStatements(metadata: OrmMetadata): string[] {
  return sortTables(metadata.tables).flatMap((t) => [createTableSql(t), ...t.indexes.map((i) => createIndexSql(t, i))]);
}

/** The whole DDL script as the fixtures record it: each statement followed by `;` and a blank line. */
export function renderDdl(metadata: OrmMetadata): string {
  return ddlStatements(metadata)
    .map((s) => `${s};\n\n`)
    .join('');
}

/**
 * `script` (as `renderDdl` writes it) with each table's run of CREATE INDEX statements sorted: real
 * SQLAlchemy emits one table's indexes in set order, which changes from run to run, so DDL is
 * compared through this.
 */
export function indexOrderFree(script: string): string {
  const statements = script.split(/;\n\n/).filter((s) => s.trim() !== '');
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    out.push(...run.sort());
    run = [];
  };
  for (const s of statements) {
    if (/^CREATE (UNIQUE )?INDEX /.test(s)) run.push(s);
    else {
      flush();
      out.push(s);
    }
  }
  flush();
  return out.map((s) => `${s};\n\n`).join('');
}
