/**
 * Finishes tables once the whole module is read: table-level items (`UniqueConstraint`,
 * `PrimaryKeyConstraint`, `ForeignKeyConstraint`, `CheckConstraint`, `Index`), FK targets and the
 * types FK columns borrow from them, and constraints in the order SQLAlchemy emits them.
 */
import { msg } from '../messages/message.js';
import { isNullable, type PendingColumn, referentialAction, warnUnknownKwargs } from './column-reader.js';
import type { OrmColumn, OrmConstraint, OrmIndex, OrmTable, OrmWarning } from './metadata.js';
import { callName, type PyExpr } from './python-expr.js';

/** A table-level item written in `__table_args__` or inside `Table(...)`, in source order. */
export type ExplicitItem =
  | { kind: 'unique'; name: string | null; columns: string[]; line: number }
  | { kind: 'check'; name: string | null; sql: string; line: number }
  | { kind: 'primary-key'; name: string | null; columns: string[]; line: number }
  | (OrmIndex & { kind: 'index' })
  | {
      kind: 'foreign-key';
      name: string | null;
      columns: string[];
      targets: PyExpr[];
      onDelete: string | null;
      onUpdate: string | null;
      line: number;
    };

/** A table while the module is being read. */
export interface PendingTable {
  name: string;
  className: string | null;
  line: number;
  columns: PendingColumn[];
  explicit: ExplicitItem[];
  sqliteAutoincrement: boolean;
  /** Column names from `__mapper_args__ = {"primary_key": [...]}`, else null. */
  mapperKey: string[] | null;
  /** `Index(...)` statements after the table. */
  lateIndexes: OrmIndex[];
}

/** A column reference inside a constraint: `"post_id"`, `post_id`, `t.c.post_id`, `Model.post_id`. */
function columnRef(expr: PyExpr): string | null {
  if (expr.kind === 'string') return expr.value;
  if (expr.kind === 'name') return expr.path[expr.path.length - 1]!;
  return null;
}

function str(expr: PyExpr | undefined): string | null {
  return expr?.kind === 'string' ? expr.value : null;
}

function refs(exprs: PyExpr[], warnings: OrmWarning[]): string[] {
  const out: string[] = [];
  for (const e of exprs) {
    const name = columnRef(e);
    if (name === null) warnings.push({ line: e.line, message: msg('orm.not-a-column-name', { text: e.text }) });
    else out.push(name);
  }
  return out;
}

const FOREIGN_KEY_CONSTRAINT_KWARGS = new Set(['name', 'ondelete', 'onupdate', 'info', 'comment']);

/** Reads one table-level item; anything else gives a warning and null. */
export function readTableItem(item: PyExpr, warnings: OrmWarning[]): ExplicitItem | null {
  if (item.kind !== 'call') {
    warnings.push({ line: item.line, message: msg('orm.table-item-not-a-call', { text: item.text }) });
    return null;
  }
  const name = str(item.kwargs.get('name'));
  switch (callName(item)) {
    case 'UniqueConstraint':
      return { kind: 'unique', name, columns: refs(item.args, warnings), line: item.line };
    case 'PrimaryKeyConstraint':
      return { kind: 'primary-key', name, columns: refs(item.args, warnings), line: item.line };
    case 'CheckConstraint': {
      const sql = str(item.args[0] ?? item.kwargs.get('sqltext'));
      if (sql === null) break;
      return { kind: 'check', name, sql, line: item.line };
    }
    case 'Index': {
      const [indexName, ...cols] = item.args;
      if (indexName?.kind !== 'string') break;
      const unique = item.kwargs.get('unique');
      return {
        kind: 'index',
        name: indexName.value,
        columns: refs(cols, warnings),
        unique: unique?.kind === 'bool' && unique.value,
        line: item.line,
      };
    }
    case 'ForeignKeyConstraint': {
      const [cols, targets] = item.args;
      if ((cols?.kind !== 'list' && cols?.kind !== 'tuple') || (targets?.kind !== 'list' && targets?.kind !== 'tuple')) break;
      warnUnknownKwargs(item, FOREIGN_KEY_CONSTRAINT_KWARGS, 'ForeignKeyConstraint', warnings);
      return {
        kind: 'foreign-key',
        name,
        columns: refs(cols.items, warnings),
        targets: targets.items,
        onDelete: referentialAction(item, 'ondelete', warnings),
        onUpdate: referentialAction(item, 'onupdate', warnings),
        line: item.line,
      };
    }
  }
  warnings.push({ line: item.line, message: msg('orm.unknown-table-item', { text: item.text.slice(0, 60) }) });
  return null;
}

interface Lookup {
  tables: Map<string, PendingTable>;
  tableVars: Map<string, string>;
  classTables: Map<string, string>;
}

/** Resolves an FK target (`"students.id"`, `students.c.id`, `Student.id`) to table and column names. */
function target(expr: PyExpr, lookup: Lookup): { table: string; column: string } | null {
  if (expr.kind === 'string') {
    const parts = expr.value.split('.');
    if (parts.length < 2) return null;
    return { table: parts[parts.length - 2]!, column: parts[parts.length - 1]! };
  }
  if (expr.kind === 'name' && expr.path.length >= 2) {
    const owner = expr.path[0]!;
    const table = lookup.tableVars.get(owner) ?? lookup.classTables.get(owner);
    if (table) return { table, column: expr.path[expr.path.length - 1]! };
  }
  return null;
}

/** The type a column renders with, following FK chains for columns declared without one. */
function columnType(column: PendingColumn, lookup: Lookup, seen: Set<PendingColumn>): string | null {
  if (column.type !== null) return column.type;
  if (seen.has(column)) return null;
  seen.add(column);
  for (const fk of column.foreignKeys) {
    const t = target(fk.target, lookup);
    const targetTable = t && lookup.tables.get(t.table);
    const targetColumn = targetTable?.columns.find((c) => c.name === t!.column);
    if (targetTable && targetColumn) return columnType(targetColumn, lookup, seen);
  }
  return null;
}

/** Turns pending tables into finished metadata tables, warning about unresolved references. */
export function resolveTables(
  pending: PendingTable[],
  tableVars: Map<string, string>,
  classTables: Map<string, string>,
  warnings: OrmWarning[],
): OrmTable[] {
  const lookup: Lookup = { tables: new Map(pending.map((t) => [t.name, t])), tableVars, classTables };
  const checkTarget = (table: PendingTable, expr: PyExpr, line: number): { table: string; column: string } | null => {
    const t = target(expr, lookup);
    if (!t) {
      warnings.push({ line, message: msg('orm.foreign-key-target-shape', { text: expr.text }) });
      return null;
    }
    const targetTable = lookup.tables.get(t.table);
    if (!targetTable) warnings.push({ line, message: msg('orm.foreign-key-missing-table', { table: table.name, target: t.table }) });
    else if (!targetTable.columns.some((c) => c.name === t.column)) {
      warnings.push({
        line,
        message: msg('orm.foreign-key-missing-column', { table: table.name, targetTable: t.table, targetColumn: t.column }),
      });
    }
    return t;
  };
  const seen = new Set<string>();
  return pending.map((table): OrmTable => {
    if (seen.has(table.name)) warnings.push({ line: table.line, message: msg('orm.table-defined-twice', { table: table.name }) });
    seen.add(table.name);
    const explicitPk = table.explicit.filter((e) => e.kind === 'primary-key').pop();
    const sorted = [...table.columns].sort((a, b) => a.sortOrder - b.sortOrder);
    const pkColumns = explicitPk ? explicitPk.columns : sorted.filter((c) => c.primaryKey).map((c) => c.name);
    if (table.className && pkColumns.length === 0 && !table.mapperKey?.length) {
      warnings.push({ line: table.line, message: msg('orm.no-primary-key', { className: table.className }) });
    }
    const columns: OrmColumn[] = sorted.map((c) => {
      const type = columnType(c, lookup, new Set());
      if (type === null) warnings.push({ line: c.line, message: msg('orm.type-from-foreign-key', { table: table.name, column: c.name }) });
      return {
        name: c.name,
        type: type ?? '',
        nullable: isNullable(c, pkColumns.includes(c.name), explicitPk !== undefined),
        primaryKey: pkColumns.includes(c.name),
        serverDefault: c.serverDefault,
        checks: c.checks,
        computed: c.computed,
        line: c.line,
      };
    });
    // Explicit constraint objects exist before the Table does; column flags create theirs as each column attaches.
    const constraints: OrmConstraint[] = [];
    for (const item of table.explicit) {
      if (item.kind === 'unique' || item.kind === 'check') constraints.push(item);
      else if (item.kind === 'foreign-key') {
        const resolved = item.targets.map((t) => checkTarget(table, t, item.line));
        if (resolved.some((r) => r === null)) continue;
        const { targets: _targets, ...rest } = item;
        constraints.push({ ...rest, targetTable: resolved[0]!.table, targetColumns: resolved.map((r) => r!.column) });
      }
    }
    const indexes: OrmIndex[] = table.explicit.filter((e) => e.kind === 'index').map(({ kind: _kind, ...index }) => index);
    for (const c of sorted) {
      if (c.index) indexes.push({ name: `ix_${table.name}_${c.name}`, columns: [c.name], unique: c.unique, line: c.line });
      else if (c.unique) constraints.push({ kind: 'unique', name: null, columns: [c.name], line: c.line });
      for (const fk of c.foreignKeys) {
        const t = checkTarget(table, fk.target, fk.line);
        if (!t) continue;
        constraints.push({
          kind: 'foreign-key',
          name: fk.name,
          columns: [c.name],
          targetTable: t.table,
          targetColumns: [t.column],
          onDelete: fk.onDelete,
          onUpdate: fk.onUpdate,
          line: fk.line,
        });
      }
    }
    indexes.push(...table.lateIndexes);
    for (const col of [...pkColumns, ...(table.mapperKey ?? []), ...constraints.flatMap((c) => (c.kind === 'check' ? [] : c.columns))]) {
      if (!columns.some((c) => c.name === col))
        warnings.push({ line: table.line, message: msg('orm.missing-column', { table: table.name, column: col }) });
    }
    return {
      name: table.name,
      className: table.className,
      columns,
      primaryKey: { name: explicitPk?.name ?? null, columns: pkColumns },
      constraints,
      indexes,
      mapperKey: table.mapperKey,
      sqliteAutoincrement: table.sqliteAutoincrement,
      line: table.line,
    };
  });
}
