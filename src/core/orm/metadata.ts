/**
 * The metadata model read from SQLAlchemy code: tables as `MetaData` would hold them after the
 * module ran, already resolved for SQLite (types rendered, FK types taken from their targets).
 */
import type { Message } from '../messages/message.js';
import type { OrmParams } from '../messages/orm-messages.js';

/** A message of the SQLAlchemy bridge (an `orm.*` code and its parameters). */
export type OrmMessage = Message<keyof OrmParams>;

/** A problem in the Python source: the line it is on and the message for the learner. */
export interface OrmWarning {
  line: number;
  message: OrmMessage;
}

export interface OrmColumn {
  name: string;
  /** The SQLite type text SQLAlchemy renders (`VARCHAR(50)`), '' when it could not be known. */
  type: string;
  nullable: boolean;
  primaryKey: boolean;
  /** The default's SQL as SQLAlchemy renders it (`'hi'`, `CURRENT_TIMESTAMP`, `abs(5)`), or null. */
  serverDefault: string | null;
  /** Column-level CHECK constraints, rendered inline after NOT NULL. */
  checks: { name: string | null; sql: string }[];
  /** `Computed(sqltext, persisted=...)`: a generated column (`persisted` null when not given). */
  computed: OrmComputed | null;
  line: number;
}

/** A generated column's expression and whether it is STORED (true), VIRTUAL (false) or left to SQLite (null). */
export interface OrmComputed {
  sql: string;
  persisted: boolean | null;
}

export interface OrmForeignKey {
  kind: 'foreign-key';
  name: string | null;
  columns: string[];
  targetTable: string;
  targetColumns: string[];
  /** `ondelete=` / `onupdate=` as written (SQLAlchemy keeps the author's case), or null; only valid actions get here. */
  onDelete: string | null;
  onUpdate: string | null;
  line: number;
}

/** A table-level constraint other than the primary key, in SQLAlchemy's emission order. */
export type OrmConstraint =
  | OrmForeignKey
  | { kind: 'unique'; name: string | null; columns: string[]; line: number }
  | { kind: 'check'; name: string | null; sql: string; line: number };

export interface OrmIndex {
  name: string;
  columns: string[];
  unique: boolean;
  line: number;
}

export interface OrmTable {
  name: string;
  /** The mapped class's name, or null for a `Table(...)`. */
  className: string | null;
  columns: OrmColumn[];
  primaryKey: { name: string | null; columns: string[] };
  constraints: OrmConstraint[];
  indexes: OrmIndex[];
  /** `__mapper_args__ = {"primary_key": [...]}`: the columns the mapper identifies rows by, else null. */
  mapperKey: string[] | null;
  /** `sqlite_autoincrement=True` in the table's keyword arguments. */
  sqliteAutoincrement: boolean;
  line: number;
}

/** One `relationship(...)` attribute, for an ORM view of the models. */
export interface OrmRelationship {
  className: string;
  attribute: string;
  /** The target class name, or null when it could not be read. */
  target: string | null;
  /** The association table's name for many-to-many, else null. */
  secondary: string | null;
  backPopulates: string | null;
  viewonly: boolean;
  /** True for a collection (`List[...]`, `uselist=True`), false for a scalar, null when unknown. */
  collection: boolean | null;
  line: number;
}

export interface OrmMetadata {
  /** Tables in declaration order (the order they were added to `Base.metadata`). */
  tables: OrmTable[];
  relationships: OrmRelationship[];
}
