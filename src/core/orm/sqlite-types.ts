/**
 * What SQLAlchemy 2.0's SQLite dialect renders for each type, each `Mapped[...]` annotation type,
 * each server default, and each identifier (checked against SQLAlchemy 2.0.54).
 */
import { msg } from '../messages/message.js';
import type { OrmMessage, OrmWarning } from './metadata.js';
import { callName, lastName, type PyExpr } from './python-expr.js';

/** A rendered type (with warnings about arguments it ignored), or a reason it could not be rendered. */
export type TypeResult = { ok: true; sql: string; warnings: OrmWarning[] } | { ok: false; message: OrmMessage };

/** Lengths of Python `enum.Enum` classes found in the module: class name → member names. */
export type EnumClasses = Map<string, string[]>;

const FIXED: Record<string, string> = {
  Integer: 'INTEGER',
  INTEGER: 'INTEGER',
  INT: 'INTEGER',
  BigInteger: 'BIGINT',
  BIGINT: 'BIGINT',
  SmallInteger: 'SMALLINT',
  SMALLINT: 'SMALLINT',
  Text: 'TEXT',
  UnicodeText: 'TEXT',
  TEXT: 'TEXT',
  CLOB: 'CLOB',
  Boolean: 'BOOLEAN',
  BOOLEAN: 'BOOLEAN',
  Date: 'DATE',
  DATE: 'DATE',
  DateTime: 'DATETIME',
  DATETIME: 'DATETIME',
  TIMESTAMP: 'TIMESTAMP',
  Time: 'TIME',
  TIME: 'TIME',
  Interval: 'DATETIME',
  Float: 'FLOAT',
  FLOAT: 'FLOAT',
  REAL: 'REAL',
  Double: 'DOUBLE',
  DOUBLE: 'DOUBLE',
  DOUBLE_PRECISION: 'DOUBLE PRECISION',
  LargeBinary: 'BLOB',
  BLOB: 'BLOB',
  PickleType: 'BLOB',
  Uuid: 'CHAR(32)',
  UUID: 'UUID',
  JSON: 'JSON',
};

/** Types that take an optional length: the name they render under. */
const SIZED: Record<string, string> = {
  String: 'VARCHAR',
  Unicode: 'VARCHAR',
  VARCHAR: 'VARCHAR',
  NVARCHAR: 'NVARCHAR',
  CHAR: 'CHAR',
  NCHAR: 'NCHAR',
};

const NUMERIC: Record<string, string> = { Numeric: 'NUMERIC', NUMERIC: 'NUMERIC', DECIMAL: 'DECIMAL' };

/** True when `expr` names or calls something this module knows as a SQLAlchemy type. */
export function isTypeExpr(expr: PyExpr): boolean {
  const name = expr.kind === 'call' ? callName(expr) : lastName(expr);
  return name !== null && (name in FIXED || name in SIZED || name in NUMERIC || name === 'Enum');
}

function intArg(expr: PyExpr | undefined): number | null {
  return expr?.kind === 'number' && Number.isInteger(expr.value) ? expr.value : null;
}

/** Renders a SQLAlchemy type expression (`String(50)`, `sa.Integer`, `Enum("a", "b")`) for SQLite. */
export function renderType(expr: PyExpr, enums: EnumClasses): TypeResult {
  const call = expr.kind === 'call' ? expr : null;
  const name = call ? callName(call) : lastName(expr);
  if (name === null) return { ok: false, message: msg('orm.not-a-type', { text: expr.text }) };
  const args = call?.args ?? [];
  const kwargs = call?.kwargs ?? new Map<string, PyExpr>();
  const base = baseType(name, args, kwargs, enums, expr.text);
  if (!base.ok) return base;
  const warnings = ignoredKwargs(name, kwargs);
  let sql = base.sql;
  const collation = kwargs.get('collation');
  if (collation && COLLATABLE.has(name) && collation.kind !== 'none') {
    // SQLAlchemy writes ` COLLATE "<text>"` without escaping; only a plain name is safe to emit.
    if (collation.kind === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(collation.value)) sql += ` COLLATE "${collation.value}"`;
    else warnings.push({ line: collation.line, message: msg('orm.bad-collation', { value: collation.text, type: name }) });
  }
  return { ok: true, sql, warnings };
}

/** The type's SQL before keyword arguments such as collation= are applied. */
type BaseType = { ok: true; sql: string } | { ok: false; message: OrmMessage };

function baseType(name: string, args: PyExpr[], kwargs: Map<string, PyExpr>, enums: EnumClasses, text: string): BaseType {
  const fixed = FIXED[name];
  if (fixed) return { ok: true, sql: fixed };
  const sized = SIZED[name];
  if (sized) {
    const length = intArg(args[0] ?? kwargs.get('length'));
    return { ok: true, sql: length === null ? sized : `${sized}(${length})` };
  }
  const numeric = NUMERIC[name];
  if (numeric) {
    const precision = intArg(args[0] ?? kwargs.get('precision'));
    const scale = intArg(args[1] ?? kwargs.get('scale'));
    if (precision === null) return { ok: true, sql: numeric };
    return { ok: true, sql: scale === null ? `${numeric}(${precision})` : `${numeric}(${precision}, ${scale})` };
  }
  if (name === 'Enum') return renderEnum(args, kwargs, enums, text);
  return { ok: false, message: msg('orm.unknown-column-type', { text }) };
}

/** String types whose `collation=` SQLAlchemy renders as `COLLATE "..."`. */
const COLLATABLE = new Set([...Object.keys(SIZED), 'Text', 'UnicodeText', 'TEXT', 'CLOB']);

const STRING_KWARGS = ['length', 'collation'];
const FLOAT_KWARGS = ['precision', 'asdecimal', 'decimal_return_scale'];
const ENUM_KWARGS = [
  'length',
  'name',
  'native_enum',
  'values_callable',
  'validate_strings',
  'inherit_schema',
  'metadata',
  'schema',
  'quote',
  'omit_aliases',
  'sort_key_function',
  'create_constraint',
];

/**
 * Keywords that change nothing in SQLite's DDL (Python-side behaviour) or are rendered above; any other
 * keyword is reported. `create_constraint=True` is reported separately: it would add a CHECK constraint.
 */
const KNOWN_KWARGS: Record<string, readonly string[]> = {
  ...Object.fromEntries(Object.keys(SIZED).map((n) => [n, STRING_KWARGS])),
  ...Object.fromEntries(['Text', 'UnicodeText', 'TEXT', 'CLOB'].map((n) => [n, STRING_KWARGS])),
  ...Object.fromEntries(Object.keys(NUMERIC).map((n) => [n, ['precision', 'scale', 'asdecimal', 'decimal_return_scale']])),
  ...Object.fromEntries(['Float', 'FLOAT', 'REAL', 'Double', 'DOUBLE', 'DOUBLE_PRECISION'].map((n) => [n, FLOAT_KWARGS])),
  ...Object.fromEntries(['DateTime', 'DATETIME', 'TIMESTAMP', 'Time', 'TIME'].map((n) => [n, ['timezone']])),
  ...Object.fromEntries(['Boolean', 'BOOLEAN'].map((n) => [n, ['name', 'create_constraint']])),
  ...Object.fromEntries(['LargeBinary', 'BLOB'].map((n) => [n, ['length']])),
  Enum: ENUM_KWARGS,
  Uuid: ['as_uuid', 'native_uuid'],
  UUID: ['as_uuid'],
  JSON: ['none_as_null'],
  PickleType: ['protocol', 'pickler', 'comparator', 'impl'],
  Interval: ['native', 'second_precision', 'day_precision'],
};

function ignoredKwargs(name: string, kwargs: Map<string, PyExpr>): OrmWarning[] {
  const known = KNOWN_KWARGS[name] ?? [];
  const warnings: OrmWarning[] = [];
  for (const [key, value] of kwargs) {
    const harmless = known.includes(key) && !(key === 'create_constraint' && !(value.kind === 'bool' && !value.value));
    if (!harmless) warnings.push({ line: value.line, message: msg('orm.unsupported-type-keyword', { key, type: name }) });
  }
  return warnings;
}

/** SQLite has no ENUM: SQLAlchemy renders VARCHAR sized to the longest value (names for a Python enum). */
function renderEnum(args: PyExpr[], kwargs: Map<string, PyExpr>, enums: EnumClasses, text: string): BaseType {
  const explicit = intArg(kwargs.get('length'));
  const values: string[] = [];
  for (const arg of args) {
    if (arg.kind === 'string') values.push(arg.value);
    else {
      const members = enums.get(lastName(arg) ?? '');
      if (!members) return { ok: false, message: msg('orm.enum-class-unknown', { text }) };
      values.push(...members);
    }
  }
  if (explicit !== null) return { ok: true, sql: `VARCHAR(${explicit})` };
  if (values.length === 0) return { ok: true, sql: 'VARCHAR' };
  return { ok: true, sql: `VARCHAR(${Math.max(...values.map((v) => v.length))})` };
}

const ANNOTATION_TYPES: Record<string, string> = {
  int: 'INTEGER',
  str: 'VARCHAR',
  float: 'FLOAT',
  bool: 'BOOLEAN',
  bytes: 'BLOB',
  'datetime.date': 'DATE',
  date: 'DATE',
  'datetime.datetime': 'DATETIME',
  datetime: 'DATETIME',
  'datetime.time': 'TIME',
  time: 'TIME',
  'datetime.timedelta': 'DATETIME',
  timedelta: 'DATETIME',
  'decimal.Decimal': 'NUMERIC',
  Decimal: 'NUMERIC',
  'uuid.UUID': 'CHAR(32)',
  UUID: 'CHAR(32)',
};

/** The SQLite type SQLAlchemy's default `type_annotation_map` gives a Python type name, or null. */
export function annotationType(pythonType: string, enums: EnumClasses): string | null {
  const known = ANNOTATION_TYPES[pythonType];
  if (known) return known;
  const members = enums.get(pythonType.split('.').pop() ?? '');
  if (members) return members.length ? `VARCHAR(${Math.max(...members.map((m) => m.length))})` : 'VARCHAR';
  return null;
}

/** Quotes a literal the way SQLAlchemy renders a string server default. */
export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

const FUNCTION_KEYWORDS: Record<string, string> = {
  now: 'CURRENT_TIMESTAMP',
  current_timestamp: 'CURRENT_TIMESTAMP',
  current_date: 'CURRENT_DATE',
  current_time: 'CURRENT_TIME',
  localtimestamp: 'LOCALTIMESTAMP',
};

/** Renders a `server_default=` value as SQLAlchemy does before the DDL wraps it; null when not understood. */
export function renderServerDefault(expr: PyExpr): string | null {
  if (expr.kind === 'string') return quoteLiteral(expr.value);
  if (expr.kind === 'call') {
    const name = callName(expr);
    const callee = expr.callee.kind === 'name' ? expr.callee.path : [];
    if (name === 'text' && expr.args[0]?.kind === 'string') return expr.args[0].value;
    if (name === 'true' && expr.args.length === 0) return '1';
    if (name === 'false' && expr.args.length === 0) return '0';
    if (callee.length >= 2 && callee[callee.length - 2] === 'func' && name) {
      const keyword = FUNCTION_KEYWORDS[name.toLowerCase()];
      if (keyword) return keyword;
      const args = expr.args.map(literalArg);
      if (args.some((a) => a === null)) return null;
      return `${name}(${args.join(', ')})`;
    }
  }
  return null;
}

function literalArg(expr: PyExpr): string | null {
  if (expr.kind === 'number') return expr.text;
  if (expr.kind === 'string') return quoteLiteral(expr.value);
  return null;
}

/** The DEFAULT clause text: SQLite needs parentheses around expressions (SQLAlchemy's own rule). */
export function defaultClause(rendered: string): string {
  const wrap = !/^\s*['"(]/.test(rendered) && /^.*\W.*/.test(rendered);
  return wrap ? `DEFAULT (${rendered})` : `DEFAULT ${rendered}`;
}
