/**
 * Catalogue section: what the SQLAlchemy bridge says about model code it reads (warnings with a line)
 * and the comments it writes into the models it generates.
 * Its phrases, a file per language: orm-messages-en.ts, orm-messages-ru.ts.
 */

type None = Record<never, never>;

export interface OrmParams {
  /** The parser met code that is not Python; `near` is the text at the error, null at the end of the code. */
  'orm.python-syntax-error': { near: string | null };
  /** `Table(...)` whose first argument is not a string. */
  'orm.table-without-name': None;
  /** `Column(...)` inside `Table(...)` without a name. */
  'orm.column-without-name': None;
  /** A module-level `Index(...)` whose columns belong to no table read so far; `text` is the call, shortened. */
  'orm.index-without-table': { text: string };
  /** A class with columns but no `__tablename__`: single-table inheritance, or a mixin / abstract class. */
  'orm.class-without-tablename': { className: string; reason: 'inheritance' | 'mixin' };
  /** A mapped class inherits from a class that may declare columns, which are not read. */
  'orm.inherited-columns': { base: string };
  /** `__table__ = ...` on a class. */
  'orm.table-attribute': None;
  /** `key = something(...)` in a class, where `something` is no column or relationship call. */
  'orm.unknown-call': { key: string; callee: string };
  /** `key = <expression>` that may hide a column; `expression` is the code, shortened. */
  'orm.unknown-expression': { key: string; expression: string };
  /** `key: Mapped["Other"]` with no `relationship()`. */
  'orm.annotation-without-relationship': { className: string; key: string };
  /** A flag keyword (`unique=`, `nullable=`, …) whose value is not a boolean; `value` is the code as written. */
  'orm.not-boolean': { key: string; value: string };
  /** `ondelete=` / `onupdate=` that is not a referential action; `value` is the code as written. */
  'orm.bad-referential-action': { key: 'ondelete' | 'onupdate'; value: string };
  /** A keyword of `ForeignKey()` / `ForeignKeyConstraint()` that the DDL would need but this reader does not render. */
  'orm.unsupported-constraint-keyword': { key: string; callee: string };
  /** `ForeignKey()` without a target. */
  'orm.foreign-key-without-target': None;
  /** A positional argument of a column that is no name, type or `ForeignKey()`. */
  'orm.unknown-column-argument': { text: string };
  /** A `server_default=` this reader cannot render. */
  'orm.unknown-server-default': { text: string };
  /** A keyword of a column this reader does not know. */
  'orm.unknown-column-keyword': { key: string };
  /** A `Mapped[...]` annotation type without a SQL type. */
  'orm.unknown-annotation-type': { name: string };
  /** A column with neither a type, an annotation nor a foreign key. */
  'orm.column-without-type': { column: string };
  /** A type expression that names nothing (`"x"` or a subscript). */
  'orm.not-a-type': { text: string };
  /** A type name this reader does not know. */
  'orm.unknown-column-type': { text: string };
  /** `Enum(SomeClass)` where `SomeClass` is not defined in the code. */
  'orm.enum-class-unknown': { text: string };
  /** A keyword of a type that changes the DDL but is not rendered here. */
  'orm.unsupported-type-keyword': { key: string; type: string };
  /** `collation=` that is not a plain identifier (SQLAlchemy would emit it unescaped). */
  'orm.bad-collation': { value: string; type: string };
  /** A constraint argument that is no column reference. */
  'orm.not-a-column-name': { text: string };
  /** A table-level item that is not a call at all. */
  'orm.table-item-not-a-call': { text: string };
  /** A table-level call that is no known constraint or index; `text` is the call, shortened. */
  'orm.unknown-table-item': { text: string };
  /** A foreign key target that is not `table.column`. */
  'orm.foreign-key-target-shape': { text: string };
  /** A foreign key to a table the code does not define. */
  'orm.foreign-key-missing-table': { table: string; target: string };
  /** A foreign key to a column its target table lacks. */
  'orm.foreign-key-missing-column': { table: string; targetTable: string; targetColumn: string };
  /** Two tables with one name. */
  'orm.table-defined-twice': { table: string };
  /** A mapped class without a primary key. */
  'orm.no-primary-key': { className: string };
  /** A column without a type whose foreign key leads to no typed column. */
  'orm.type-from-foreign-key': { table: string; column: string };
  /** A constraint or key names a column the table lacks. */
  'orm.missing-column': { table: string; column: string };
  /** The docstring of a generated models module. */
  'orm.generated-module': None;
  /** Comment over a surrogate-key junction: `key` is its own id column. */
  'orm.surrogate-key-junction': { key: string };
  /** Comment: a UNIQUE over the pair keeps duplicates out. */
  'orm.pair-kept-unique': { columns: string[] };
  /** Comment: nothing keeps a pair unique; `fix` is the Python code that would. */
  'orm.pair-not-unique': { columns: string[]; fix: string };
  /** Why a table is a class: an entity whose primary key (`columns`) identifies each row. */
  'orm.reason-entity': { table: string; columns: string[] };
  /** Why a table is a class: an entity without a primary key whose UNIQUE NOT NULL `columns` are the mapper's key. */
  'orm.reason-mapper-key': { table: string; columns: string[] };
  /** Why a table is a class: an association object between two tables, with `payload` columns; `mapperKey` when it has no primary key. */
  'orm.reason-association-object': { table: string; between: [string, string]; payload: string[]; mapperKey: string[] | null };
  /** Why a table is a class: a junction of three or more tables. */
  'orm.reason-n-ary': { table: string; between: string[]; mapperKey: string[] | null };
  /** Why a table is a `Table(...)`: a junction used as `secondary=` (pattern as the diagram names it). */
  'orm.reason-junction': { table: string; between: [string, string]; pattern: 'pure' | 'surrogate-key' };
  /** Why a table is a `Table(...)`: no primary key and no UNIQUE set of NOT NULL columns to map a class by. */
  'orm.reason-no-key': { table: string };
  /** Why a table is left out: a virtual table, which create_all() cannot create. */
  'orm.reason-virtual-table': { table: string };
  /** Heading over the list of reasons in the SQLAlchemy tab. */
  'orm.reasons-heading': None;
}
