/**
 * Column code for generated models: a live SQLite column (declared type, nullability, default,
 * single-column FK) as a `mapped_column(...)` or a `Column(...)` inside `Table(...)`.
 */
import type { Column, ForeignKey, Table } from '../schema/types.js';
import { pyString } from './naming.js';

/** Names the generated module must import, filled in while code is produced. */
export interface Imports {
  sqlalchemy: Set<string>;
  typing: Set<string>;
  modules: Set<string>;
}

/**
 * The type the generated module defines for a column without a declared type: SQLAlchemy has none
 * (it would take a foreign key target's type, or refuse NullType), and SQLite keeps the column untyped.
 */
export const UNTYPED = 'Untyped';

/** A SQLAlchemy type expression and the Python type its values have. */
interface PyType {
  expr: string;
  python: string;
  /** True when `Mapped[python]` alone already gives this exact SQL type, so the type can be left out. */
  implied: boolean;
}

/** Maps a declared SQLite type to the SQLAlchemy type that renders it again (same affinity at least). */
export function pythonType(declared: string, imports: Imports): PyType {
  const m = /^\s*([A-Za-z_ ]+?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?\s*$/.exec(declared);
  const base = (m?.[1] ?? '').toUpperCase();
  const p = m?.[2];
  const s = m?.[3];
  const args = p ? (s ? `(${p}, ${s})` : `(${p})`) : '';
  const use = (name: string, python: string, implied = false, call = ''): PyType => {
    imports.sqlalchemy.add(name);
    if (python.includes('.')) imports.modules.add(python.split('.')[0]!);
    return { expr: `${name}${call}`, python, implied };
  };
  if (declared.trim() === '') {
    imports.sqlalchemy.add(UNTYPED);
    imports.typing.add('Any');
    return { expr: UNTYPED, python: 'Any', implied: false };
  }
  switch (m ? base : '') {
    case 'INTEGER':
    case 'INT':
      return use('Integer', 'int', true);
    case 'BIGINT':
      return use('BigInteger', 'int');
    case 'SMALLINT':
      return use('SmallInteger', 'int');
    case 'VARCHAR':
    case 'CHARACTER VARYING':
      return use('String', 'str', !p, p ? `(${p})` : '');
    case 'NVARCHAR':
    case 'CHAR':
    case 'NCHAR':
      return use(base, 'str', false, p ? `(${p})` : '');
    case 'TEXT':
      return use('Text', 'str');
    case 'CLOB':
      return use('CLOB', 'str');
    case 'BOOLEAN':
      return use('Boolean', 'bool', true);
    case 'DATE':
      return use('Date', 'datetime.date', true);
    case 'DATETIME':
      return use('DateTime', 'datetime.datetime', true);
    case 'TIMESTAMP':
      return use('TIMESTAMP', 'datetime.datetime');
    case 'TIME':
      return use('Time', 'datetime.time', true);
    case 'FLOAT':
      return use('Float', 'float', true);
    case 'REAL':
      return use('REAL', 'float');
    case 'DOUBLE':
      return use('Double', 'float');
    case 'DOUBLE PRECISION':
      return use('DOUBLE_PRECISION', 'float');
    case 'NUMERIC':
      return use('Numeric', 'decimal.Decimal', !p, args);
    case 'DECIMAL':
      return use('DECIMAL', 'decimal.Decimal', false, args);
    case 'BLOB':
      return use('LargeBinary', 'bytes', true);
    case 'JSON':
      return use('JSON', 'dict');
  }
  // SQLite's affinity rules (section 3.1 of its datatype page) decide for any other spelling.
  const upper = declared.toUpperCase();
  if (upper.includes('INT')) return use('Integer', 'int', true);
  if (/CHAR|CLOB|TEXT/.test(upper)) return use('Text', 'str');
  if (upper.includes('BLOB')) return use('LargeBinary', 'bytes', true);
  if (/REAL|FLOA|DOUB/.test(upper)) return use('Float', 'float', true);
  return use('Numeric', 'decimal.Decimal', true);
}

/** `server_default=` code for a default's SQL text as SQLite stores it. */
export function serverDefault(sql: string, imports: Imports): string {
  const literal = /^'((?:[^']|'')*)'$/.exec(sql);
  if (literal) return pyString(literal[1]!.replace(/''/g, "'"));
  // func.now() renders as upper-case CURRENT_TIMESTAMP; any other spelling stays as written via text().
  if (sql === 'CURRENT_TIMESTAMP') {
    imports.sqlalchemy.add('func');
    return 'func.now()';
  }
  imports.sqlalchemy.add('text');
  return `text(${pyString(sql)})`;
}

/** `ForeignKey("t.c", ondelete=..., onupdate=...)` for a single-column FK. */
export function foreignKeyCall(fk: ForeignKey, target: Table | undefined, imports: Imports): string {
  imports.sqlalchemy.add('ForeignKey');
  const to = fk.toColumns[0] ?? target?.primaryKey[0] ?? 'id';
  return `ForeignKey(${pyString(`${fk.table}.${to}`)}${actions(fk)})`;
}

/** `, ondelete="CASCADE", onupdate="..."` for actions other than the default NO ACTION. */
export function actions(fk: ForeignKey): string {
  let out = '';
  if (fk.onDelete !== 'NO ACTION') out += `, ondelete=${pyString(fk.onDelete)}`;
  if (fk.onUpdate !== 'NO ACTION') out += `, onupdate=${pyString(fk.onUpdate)}`;
  return out;
}

/** How one column is declared: its FK (single-column only), key, uniqueness and index flags. */
export interface ColumnFacts {
  column: Column;
  foreignKey: string | null;
  /** The declared type of the column the foreign key references, null when unknown. */
  targetType: string | null;
  /** `primary_key=True` on the column itself. */
  primaryKey: boolean;
  /** Part of the primary key, by flag or by `PrimaryKeyConstraint`. */
  keyColumn: boolean;
  unique: boolean;
  index: boolean;
  /** A rowid alias (`INTEGER PRIMARY KEY`) never holds NULL whatever its NOT NULL flag says. */
  nullable: boolean;
  /** `Computed(...)` for a generated column: its expression and whether it is STORED; else null. */
  computed: { sql: string; stored: boolean } | null;
}

/** `Computed("expr", persisted=...)` for a generated column, or nothing. */
function computedArg(facts: ColumnFacts, imports: Imports): string[] {
  if (!facts.computed) return [];
  imports.sqlalchemy.add('Computed');
  return [`Computed(${pyString(facts.computed.sql)}, persisted=${facts.computed.stored ? 'True' : 'False'})`];
}

/** The keyword arguments shared by `mapped_column` and `Column`. */
function flags(facts: ColumnFacts, imports: Imports): string[] {
  const out: string[] = [];
  if (facts.primaryKey) out.push('primary_key=True');
  if (facts.unique) out.push('unique=True');
  if (facts.index) out.push('index=True');
  if (facts.column.defaultValue !== null) out.push(`server_default=${serverDefault(facts.column.defaultValue, imports)}`);
  return out;
}

/** `name: Mapped[...] = mapped_column(...)` for a class body. */
export function mappedColumnLine(attr: string, facts: ColumnFacts, imports: Imports): string {
  const type = pythonType(facts.column.type, imports);
  const args: string[] = [];
  if (attr !== facts.column.name) args.push(pyString(facts.column.name));
  // Without a type of its own, a foreign key column takes its target's type, not the annotation's.
  const sameAsTarget = facts.targetType !== null && pythonType(facts.targetType, imports).expr === type.expr;
  if (!type.implied || (facts.foreignKey && !sameAsTarget)) args.push(type.expr);
  if (facts.foreignKey) args.push(facts.foreignKey);
  args.push(...computedArg(facts, imports), ...flags(facts, imports));
  // A nullable key column is legal in SQLite; spell it out so SQLAlchemy does not add NOT NULL.
  if (facts.keyColumn && facts.nullable) args.push('nullable=True');
  let annotation = type.python;
  if (facts.nullable) {
    imports.typing.add('Optional');
    annotation = `Optional[${annotation}]`;
  }
  const value = args.length ? ` = mapped_column(${args.join(', ')})` : '';
  return `${attr}: Mapped[${annotation}]${value}`;
}

/** `Column("name", Type, ...)` for a `Table(...)`. */
export function tableColumnLine(facts: ColumnFacts, imports: Imports): string {
  imports.sqlalchemy.add('Column');
  const type = pythonType(facts.column.type, imports);
  const args = [pyString(facts.column.name), type.expr];
  if (facts.foreignKey) args.push(facts.foreignKey);
  args.push(...computedArg(facts, imports), ...flags(facts, imports));
  if (facts.keyColumn ? facts.nullable : !facts.nullable) args.push(`nullable=${facts.nullable ? 'True' : 'False'}`);
  return `Column(${args.join(', ')})`;
}
