/**
 * Reads one `Column(...)` / `mapped_column(...)` call and its `Mapped[...]` annotation into a
 * pending column, the way SQLAlchemy 2.0 would configure it (types, nullability, flags, FKs).
 */
import { msg } from '../messages/message.js';
import type { OrmComputed, OrmWarning } from './metadata.js';
import { callName, lastName, type PyExpr } from './python-expr.js';
import { annotationType, type EnumClasses, isTypeExpr, renderServerDefault, renderType } from './sqlite-types.js';

/** A `ForeignKey(...)` as written; the target is resolved once every table is known. */
export interface PendingForeignKey {
  target: PyExpr;
  name: string | null;
  onDelete: string | null;
  onUpdate: string | null;
  line: number;
}

/** A column before the module is complete (its type may come from its FK target). */
export interface PendingColumn {
  name: string;
  /** Rendered SQLite type; null means "take it from the foreign key's target". */
  type: string | null;
  explicitNullable: boolean | null;
  /** From `Mapped[...]`: true for Optional, false otherwise, null when there is no annotation. */
  annotationNullable: boolean | null;
  primaryKey: boolean;
  unique: boolean;
  index: boolean;
  serverDefault: string | null;
  foreignKeys: PendingForeignKey[];
  /** Column-level `CheckConstraint(...)`s, emitted inline after the column's other clauses. */
  checks: { name: string | null; sql: string }[];
  computed: OrmComputed | null;
  sortOrder: number;
  line: number;
}

/** What a `Mapped[...]` annotation says: optional or not, collection or not, and the inner name. */
export interface Annotation {
  optional: boolean;
  collection: boolean;
  /** The inner type or class name as written (`int`, `datetime.datetime`, `Course`), or null. */
  name: string | null;
}

const COLLECTIONS = new Set(['List', 'list', 'Set', 'set', 'Sequence', 'Collection', 'FrozenSet', 'frozenset']);
const MAPPED = new Set(['Mapped', 'WriteOnlyMapped', 'DynamicMapped']);

/** Reads `Mapped[...]`; returns null when the annotation is not one (SQLAlchemy ignores those). */
export function readAnnotation(expr: PyExpr): Annotation | null {
  if (expr.kind === 'string') {
    // A quoted whole annotation: `"Mapped[int]"` is rare; treat `Mapped["X"]` inside only.
    return null;
  }
  if (expr.kind !== 'subscript' || !MAPPED.has(lastName(expr.target) ?? '')) return null;
  const inner = expr.index[0];
  const result: Annotation = { optional: false, collection: lastName(expr.target) !== 'Mapped', name: null };
  if (inner) unwrap(inner, result);
  return result;
}

function unwrap(expr: PyExpr, into: Annotation): void {
  if (expr.kind === 'string') {
    into.name = expr.value.trim();
    return;
  }
  if (expr.kind === 'name') {
    into.name = expr.path.join('.');
    return;
  }
  if (expr.kind === 'binary' && expr.op === '|') {
    const parts = [expr.left, expr.right].filter((p) => p.kind !== 'none');
    if (parts.length < 2) into.optional = true;
    if (parts[0]) unwrap(parts[0], into);
    return;
  }
  if (expr.kind === 'subscript') {
    const outer = lastName(expr.target) ?? '';
    const rest = expr.index.filter((p) => p.kind !== 'none');
    if (outer === 'Optional' || (outer === 'Union' && rest.length < expr.index.length)) into.optional = true;
    if (COLLECTIONS.has(outer)) into.collection = true;
    if (rest[0]) unwrap(rest[0], into);
  }
}

const IGNORED_KWARGS = new Set([
  'default',
  'onupdate',
  'insert_default',
  'default_factory',
  'comment',
  'doc',
  'autoincrement',
  'init',
  'repr',
  'kw_only',
  'compare',
  'info',
  'key',
  'quote',
  'deferred',
  'deferred_group',
  'deferred_raiseload',
  'active_history',
  'use_existing_column',
  'system',
  'hash',
  'dataclass_metadata',
]);

/** Context the reader needs from the module. */
export interface ReadContext {
  enums: EnumClasses;
  /** `UserDefinedType` subclasses of the module: class name → the SQL their `get_col_spec()` returns. */
  userTypes: Map<string, string>;
  warnings: OrmWarning[];
}

function boolKwarg(call: PyExpr & { kind: 'call' }, key: string, ctx: ReadContext): boolean | null {
  const value = call.kwargs.get(key);
  if (!value) return null;
  if (value.kind === 'bool') return value.value;
  ctx.warnings.push({ line: value.line, message: msg('orm.not-boolean', { key, value: value.text }) });
  return null;
}

function stringKwarg(call: PyExpr & { kind: 'call' }, key: string): string | null {
  const value = call.kwargs.get(key);
  return value?.kind === 'string' ? value.value : null;
}

// SQLAlchemy's FK_ON_DELETE / FK_ON_UPDATE: anything else is a CompileError there, and here it would be
// DDL the app runs, so a lesson from an untrusted link could smuggle statements in through it.
const REFERENTIAL_ACTION = /^(?:RESTRICT|CASCADE|SET NULL|NO ACTION|SET DEFAULT)$/i;

/**
 * The `ondelete=` / `onupdate=` of a foreign key as written (SQLAlchemy emits the author's text), or null
 * with a warning when it is not a referential action SQLAlchemy accepts.
 */
export function referentialAction(call: PyExpr & { kind: 'call' }, key: 'ondelete' | 'onupdate', warnings: OrmWarning[]): string | null {
  const value = call.kwargs.get(key);
  if (!value || value.kind === 'none') return null;
  if (value.kind === 'string' && REFERENTIAL_ACTION.test(value.value)) return value.value;
  warnings.push({ line: value.line, message: msg('orm.bad-referential-action', { key, value: value.text }) });
  return null;
}

/** What `ForeignKey(...)` keywords this reader uses, plus ones without effect on SQLite's DDL (info, comment). */
const FOREIGN_KEY_KWARGS = new Set(['column', 'name', 'ondelete', 'onupdate', 'info', 'comment']);

/** Warns about each keyword of `call` outside `known` (deferrable=, initially=, use_alter=, match=, …). */
export function warnUnknownKwargs(call: PyExpr & { kind: 'call' }, known: ReadonlySet<string>, what: string, warnings: OrmWarning[]): void {
  for (const [key, value] of call.kwargs) {
    if (!known.has(key)) warnings.push({ line: value.line, message: msg('orm.unsupported-constraint-keyword', { key, callee: what }) });
  }
}

/** Reads `ForeignKey("t.c", ondelete=..., onupdate=..., name=...)`. */
export function readForeignKey(call: PyExpr & { kind: 'call' }, ctx: ReadContext): PendingForeignKey | null {
  const target = call.args[0] ?? call.kwargs.get('column');
  if (!target) {
    ctx.warnings.push({ line: call.line, message: msg('orm.foreign-key-without-target') });
    return null;
  }
  warnUnknownKwargs(call, FOREIGN_KEY_KWARGS, 'ForeignKey', ctx.warnings);
  return {
    target,
    name: stringKwarg(call, 'name'),
    onDelete: referentialAction(call, 'ondelete', ctx.warnings),
    onUpdate: referentialAction(call, 'onupdate', ctx.warnings),
    line: call.line,
  };
}

/**
 * Reads a column definition. `key` is the attribute name (the column name unless the call names it);
 * `annotation` is the attribute's `Mapped[...]`, if any; `call` is null for an annotation-only attribute.
 */
export function readColumn(
  key: string,
  call: (PyExpr & { kind: 'call' }) | null,
  annotation: Annotation | null,
  line: number,
  ctx: ReadContext,
): PendingColumn {
  // SQLAlchemy reads a `Mapped[...]` annotation only for mapped_column() (or an annotation alone); a
  // plain Column() keeps its own type and nullability whatever the annotation says.
  const fromAnnotation = call === null || callName(call) === 'mapped_column' ? annotation : null;
  const column: PendingColumn = {
    name: key,
    type: null,
    explicitNullable: null,
    annotationNullable: fromAnnotation ? fromAnnotation.optional : null,
    primaryKey: false,
    unique: false,
    index: false,
    serverDefault: null,
    foreignKeys: [],
    checks: [],
    computed: null,
    sortOrder: 0,
    line,
  };
  let typeExpr: PyExpr | null = null;
  let userType: string | null = null;
  const args = call?.args ?? [];
  for (const [i, arg] of args.entries()) {
    if (i === 0 && arg.kind === 'string') column.name = arg.value;
    else if (callName(arg) === 'ForeignKey') {
      const fk = readForeignKey(arg as PyExpr & { kind: 'call' }, ctx);
      if (fk) column.foreignKeys.push(fk);
    } else if (callName(arg) === 'CheckConstraint') {
      const check = readCheck(arg as PyExpr & { kind: 'call' });
      if (check) column.checks.push(check);
      else ctx.warnings.push({ line: arg.line, message: msg('orm.unknown-column-argument', { text: arg.text }) });
    } else if (callName(arg) === 'Computed') {
      const computed = readComputed(arg as PyExpr & { kind: 'call' });
      if (computed) column.computed = computed;
      else ctx.warnings.push({ line: arg.line, message: msg('orm.unknown-column-argument', { text: arg.text }) });
    } else if (userTypeOf(arg, ctx) !== null) userType = userTypeOf(arg, ctx);
    else if (isTypeExpr(arg)) typeExpr = arg;
    else if (['Sequence', 'Identity'].includes(callName(arg) ?? '')) continue;
    else ctx.warnings.push({ line: arg.line, message: msg('orm.unknown-column-argument', { text: arg.text }) });
  }
  for (const [name, value] of call?.kwargs ?? []) {
    switch (name) {
      case 'type_':
        if (userTypeOf(value, ctx) !== null) userType = userTypeOf(value, ctx);
        else typeExpr = value;
        break;
      case 'name':
        if (value.kind === 'string') column.name = value.value;
        break;
      case 'primary_key':
      case 'nullable':
      case 'unique':
      case 'index': {
        const flag = boolKwarg(call!, name, ctx);
        if (flag === null) break;
        if (name === 'primary_key') column.primaryKey = flag;
        else if (name === 'nullable') column.explicitNullable = flag;
        else if (name === 'unique') column.unique = flag;
        else column.index = flag;
        break;
      }
      case 'server_default': {
        if (value.kind === 'none') break;
        const rendered = renderServerDefault(value);
        if (rendered === null) ctx.warnings.push({ line: value.line, message: msg('orm.unknown-server-default', { text: value.text }) });
        column.serverDefault = rendered;
        break;
      }
      case 'sort_order':
        if (value.kind === 'number') column.sortOrder = value.value;
        else if (value.kind === 'unary' && value.op === '-' && value.operand.kind === 'number') column.sortOrder = -value.operand.value;
        break;
      default:
        if (!IGNORED_KWARGS.has(name)) ctx.warnings.push({ line: value.line, message: msg('orm.unknown-column-keyword', { key: name }) });
    }
  }
  if (userType !== null) column.type = userType;
  else if (typeExpr) {
    const rendered = renderType(typeExpr, ctx.enums);
    if (rendered.ok) {
      column.type = rendered.sql;
      ctx.warnings.push(...rendered.warnings);
    } else {
      ctx.warnings.push({ line: typeExpr.line, message: rendered.message });
      column.type = '';
    }
  } else if (column.foreignKeys.length > 0) {
    // Without a type of its own a foreign key column takes its target's type, the annotation notwithstanding.
  } else if (fromAnnotation?.name) {
    const typeOfAnnotation = annotationType(fromAnnotation.name, ctx.enums);
    if (typeOfAnnotation) column.type = typeOfAnnotation;
    else {
      ctx.warnings.push({ line, message: msg('orm.unknown-annotation-type', { name: fromAnnotation.name }) });
      column.type = '';
    }
  } else if (column.foreignKeys.length === 0) {
    ctx.warnings.push({ line, message: msg('orm.column-without-type', { column: column.name }) });
    column.type = '';
  }
  return column;
}

/** `CheckConstraint("sql", name=...)` with its SQL as a literal, or null. */
export function readCheck(call: PyExpr & { kind: 'call' }): { name: string | null; sql: string } | null {
  const sql = call.args[0] ?? call.kwargs.get('sqltext');
  if (sql?.kind !== 'string') return null;
  const name = call.kwargs.get('name');
  return { name: name?.kind === 'string' ? name.value : null, sql: sql.value };
}

/** `Computed("expr", persisted=True|False)` with a literal expression, or null when it cannot be read. */
export function readComputed(call: PyExpr & { kind: 'call' }): OrmComputed | null {
  const sql = call.args[0] ?? call.kwargs.get('sqltext');
  if (sql?.kind !== 'string') return null;
  const persisted = call.kwargs.get('persisted');
  if (persisted === undefined || persisted.kind === 'none') return { sql: sql.value, persisted: null };
  return persisted.kind === 'bool' ? { sql: sql.value, persisted: persisted.value } : null;
}

/** The SQL of a module's `UserDefinedType` named (or called) by `expr`, or null. */
function userTypeOf(expr: PyExpr, ctx: ReadContext): string | null {
  const name = expr.kind === 'call' ? callName(expr) : lastName(expr);
  return name === null ? null : (ctx.userTypes.get(name) ?? null);
}

/**
 * Column nullability as SQLAlchemy settles it: explicit `nullable=` wins; a `PrimaryKeyConstraint`
 * (applied after the annotation was read) makes its columns NOT NULL; then `Mapped[Optional]`;
 * then "not in the primary key".
 */
export function isNullable(column: PendingColumn, inPrimaryKey: boolean, byConstraint: boolean): boolean {
  if (column.explicitNullable !== null) return column.explicitNullable;
  if (byConstraint && inPrimaryKey) return false;
  if (column.annotationNullable !== null) return column.annotationNullable;
  return !inPrimaryKey;
}
