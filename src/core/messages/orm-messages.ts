/**
 * Catalogue section: what the SQLAlchemy bridge says about model code it reads (warnings with a line)
 * and the comments it writes into the models it generates.
 */
import type { Section } from './section.js';

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

export const ormMessages: Section<OrmParams> = {
  en: {
    'orm.python-syntax-error': ({ near }) => (near ? `Python syntax error near "${near}"` : 'Python syntax error (incomplete code)'),
    'orm.table-without-name': () => 'Table() needs its name as the first argument',
    'orm.column-without-name': () => 'a Column inside Table() needs a name',
    'orm.index-without-table': ({ text }) => `Index "${text}" does not name a table defined above; skipped`,
    'orm.class-without-tablename': ({ className, reason }) =>
      `class ${className} has no __tablename__ (${
        reason === 'inheritance' ? 'single-table inheritance is not supported here' : 'mixins and abstract classes are not read'
      }); its columns were skipped`,
    'orm.inherited-columns': ({ base }) => `columns inherited from ${base} are not read`,
    'orm.table-attribute': () => '__table__ on a class is not supported; use __tablename__',
    'orm.unknown-call': ({ key, callee }) => `${key} = ${callee}(...) is not understood and was skipped`,
    'orm.unknown-expression': ({ key, expression }) =>
      `${key} = ${expression} is not understood (only a direct mapped_column(), Column() or relationship() call is read) and was skipped`,
    'orm.annotation-without-relationship': ({ className, key }) =>
      `${className}.${key} is annotated with a class but has no relationship(); skipped`,
    'orm.not-boolean': ({ key, value }) => `${key}= should be True or False, not "${value}"`,
    'orm.bad-referential-action': ({ key, value }) =>
      `${key}=${value} is not one of RESTRICT, CASCADE, SET NULL, NO ACTION, SET DEFAULT (SQLAlchemy refuses it); it was dropped`,
    'orm.unsupported-constraint-keyword': ({ key, callee }) => `keyword ${key}= of ${callee}() is not supported here and was ignored`,
    'orm.foreign-key-without-target': () => 'ForeignKey() needs a target such as "students.id"',
    'orm.unknown-column-argument': ({ text }) => `argument "${text}" of a column is not understood and was skipped`,
    'orm.unknown-server-default': ({ text }) => `server_default "${text}" is not understood and was skipped`,
    'orm.unknown-column-keyword': ({ key }) => `keyword ${key}= of a column is not understood and was skipped`,
    'orm.unknown-annotation-type': ({ name }) => `Mapped[${name}] has no SQL type this lab knows; give mapped_column() a type`,
    'orm.column-without-type': ({ column }) => `column "${column}" has no type`,
    'orm.not-a-type': ({ text }) => `"${text}" is not a type this lab understands`,
    'orm.unknown-column-type': ({ text }) => `unknown column type "${text}"`,
    'orm.enum-class-unknown': ({ text }) => `Enum class in "${text}" is not defined in this code, so its length is unknown`,
    'orm.unsupported-type-keyword': ({ key, type }) => `keyword ${key}= of ${type}() is not supported here and was ignored`,
    'orm.bad-collation': ({ value, type }) => `collation=${value} of ${type}() is not a plain collation name; it was dropped`,
    'orm.not-a-column-name': ({ text }) => `"${text}" is not a column name`,
    'orm.table-item-not-a-call': ({ text }) => `"${text}" in the table definition is not understood and was skipped`,
    'orm.unknown-table-item': ({ text }) => `"${text}" in the table definition is not understood and was skipped`,
    'orm.foreign-key-target-shape': ({ text }) => `foreign key target "${text}" should look like "table.column"`,
    'orm.foreign-key-missing-table': ({ table, target }) =>
      `foreign key in "${table}" points to table "${target}", which is not defined here`,
    'orm.foreign-key-missing-column': ({ table, targetTable, targetColumn }) =>
      `foreign key in "${table}" points to "${targetTable}.${targetColumn}", which has no such column`,
    'orm.table-defined-twice': ({ table }) => `table "${table}" is defined twice; SQLAlchemy refuses that`,
    'orm.no-primary-key': ({ className }) => `class ${className} has no primary key; SQLAlchemy maps a class only to a table with one`,
    'orm.type-from-foreign-key': ({ table, column }) => `the type of "${table}.${column}" could not be taken from its foreign key target`,
    'orm.missing-column': ({ table, column }) => `table "${table}" has no column "${column}"`,
    'orm.generated-module': () => 'SQLAlchemy 2.0 models generated by Junction from a live SQLite schema.',
    'orm.surrogate-key-junction': ({ key }) => `Surrogate-key junction: "${key}" identifies a row, not a pair.`,
    'orm.pair-kept-unique': ({ columns }) => `UNIQUE (${columns.join(', ')}) keeps each pair from being stored twice.`,
    'orm.pair-not-unique': ({ columns, fix }) => `Nothing stops the same (${columns.join(', ')}) pair twice: add ${fix}.`,
    'orm.reason-entity': ({ table, columns }) => `${table}: a class — its primary key (${columns.join(', ')}) identifies each row.`,
    'orm.reason-mapper-key': ({ table, columns }) =>
      `${table}: a class — it has no primary key, so UNIQUE (${columns.join(', ')}) over NOT NULL columns is the mapper's key (__mapper_args__).`,
    'orm.reason-association-object': ({ table, between, payload, mapperKey }) =>
      `${table}: a class (association object) — it links ${between[0]} and ${between[1]} and carries its own ${
        payload.length === 1 ? 'column' : 'columns'
      } (${payload.join(', ')}), so each row is an object with a many-to-one relationship to each side.${
        mapperKey ? ` Without a primary key, UNIQUE (${mapperKey.join(', ')}) is the mapper's key (__mapper_args__).` : ''
      }`,
    'orm.reason-n-ary': ({ table, between, mapperKey }, s) =>
      `${table}: a class (n-ary junction) — it links ${s.count(between.length, { one: 'table', other: 'tables' })} at once (${s.list(
        between,
      )}), more than relationship(secondary=...) can pair.${
        mapperKey ? ` Without a primary key, UNIQUE (${mapperKey.join(', ')}) is the mapper's key (__mapper_args__).` : ''
      }`,
    'orm.reason-junction': ({ table, between, pattern }) =>
      `${table}: a Table — a ${pattern === 'surrogate-key' ? 'surrogate-key' : 'pure'} junction ${
        between[0] === between[1] ? `of ${between[0]} with itself` : `between ${between[0]} and ${between[1]}`
      }, read and written by relationship(secondary=${table}).`,
    'orm.reason-no-key': ({ table }) =>
      `${table}: a Table — it has no primary key and no UNIQUE set of NOT NULL columns, so SQLAlchemy cannot map a class to it.`,
    'orm.reason-virtual-table': ({ table }) =>
      `${table}: left out — a virtual table (CREATE VIRTUAL TABLE … USING …), which create_all() cannot create; keep its own CREATE statement.`,
    'orm.reasons-heading': () => 'Why each table became a class, a Table or was left out',
  },
  ru: {
    'orm.python-syntax-error': ({ near }) =>
      near ? `синтаксическая ошибка Python рядом с "${near}"` : 'синтаксическая ошибка Python (код не дописан)',
    'orm.table-without-name': () => 'первым аргументом Table() должно быть имя таблицы',
    'orm.column-without-name': () => 'у Column() внутри Table() должно быть имя',
    'orm.index-without-table': ({ text }) => `индекс "${text}" не относится ни к одной таблице, определённой выше; пропущен`,
    'orm.class-without-tablename': ({ className, reason }) =>
      `у класса ${className} нет __tablename__ (${
        reason === 'inheritance' ? 'наследование с общей таблицей здесь не поддерживается' : 'миксины и абстрактные классы не читаются'
      }); его столбцы пропущены`,
    'orm.inherited-columns': ({ base }) => `столбцы, унаследованные от ${base}, не читаются`,
    'orm.table-attribute': () => '__table__ в классе не поддерживается; используйте __tablename__',
    'orm.unknown-call': ({ key, callee }) => `${key} = ${callee}(...) не распознано и пропущено`,
    'orm.unknown-expression': ({ key, expression }) =>
      `${key} = ${expression} не распознано (читается только прямой вызов mapped_column(), Column() или relationship()) и пропущено`,
    'orm.annotation-without-relationship': ({ className, key }) =>
      `у ${className}.${key} в аннотации указан класс, но нет relationship(); атрибут пропущен`,
    'orm.not-boolean': ({ key, value }) => `значение ${key}= должно быть True или False, а не "${value}"`,
    'orm.bad-referential-action': ({ key, value }) =>
      `${key}=${value} — не из списка RESTRICT, CASCADE, SET NULL, NO ACTION, SET DEFAULT (SQLAlchemy такое не примет); значение отброшено`,
    'orm.unsupported-constraint-keyword': ({ key, callee }) => `параметр ${key}= у ${callee}() здесь не поддерживается и пропущен`,
    'orm.foreign-key-without-target': () => 'для ForeignKey() нужна цель, например "students.id"',
    'orm.unknown-column-argument': ({ text }) => `аргумент столбца "${text}" не распознан и пропущен`,
    'orm.unknown-server-default': ({ text }) => `server_default "${text}" не распознан и пропущен`,
    'orm.unknown-column-keyword': ({ key }) => `параметр столбца ${key}= не распознан и пропущен`,
    'orm.unknown-annotation-type': ({ name }) => `для Mapped[${name}] лаборатория не знает SQL-типа; укажите тип в mapped_column()`,
    'orm.column-without-type': ({ column }) => `у столбца "${column}" нет типа`,
    'orm.not-a-type': ({ text }) => `"${text}" — не тип, известный этой лаборатории`,
    'orm.unknown-column-type': ({ text }) => `неизвестный тип столбца "${text}"`,
    'orm.enum-class-unknown': ({ text }) => `класс Enum в "${text}" не определён в этом коде, поэтому длина столбца неизвестна`,
    'orm.unsupported-type-keyword': ({ key, type }) => `параметр ${key}= у ${type}() здесь не поддерживается и пропущен`,
    'orm.bad-collation': ({ value, type }) => `collation=${value} у ${type}() — не простое имя правила сортировки; значение отброшено`,
    'orm.not-a-column-name': ({ text }) => `"${text}" — не имя столбца`,
    'orm.table-item-not-a-call': ({ text }) => `"${text}" в определении таблицы не распознано и пропущено`,
    'orm.unknown-table-item': ({ text }) => `"${text}" в определении таблицы не распознано и пропущено`,
    'orm.foreign-key-target-shape': ({ text }) => `цель внешнего ключа "${text}" должна иметь вид "таблица.столбец"`,
    'orm.foreign-key-missing-table': ({ table, target }) =>
      `внешний ключ в "${table}" ссылается на таблицу "${target}", которая здесь не определена`,
    'orm.foreign-key-missing-column': ({ table, targetTable, targetColumn }) =>
      `внешний ключ в "${table}" ссылается на "${targetTable}.${targetColumn}", но такого столбца нет`,
    'orm.table-defined-twice': ({ table }) => `таблица "${table}" определена дважды; SQLAlchemy этого не допускает`,
    'orm.no-primary-key': ({ className }) =>
      `у класса ${className} нет первичного ключа; SQLAlchemy отображает класс только на таблицу с первичным ключом`,
    'orm.type-from-foreign-key': ({ table, column }) => `тип "${table}.${column}" не удалось взять из цели его внешнего ключа`,
    'orm.missing-column': ({ table, column }) => `в таблице "${table}" нет столбца "${column}"`,
    'orm.generated-module': () => 'Модели SQLAlchemy 2.0, созданные Junction по живой схеме SQLite.',
    'orm.surrogate-key-junction': ({ key }) => `Связующая таблица с суррогатным ключом: "${key}" определяет строку, а не пару.`,
    'orm.pair-kept-unique': ({ columns }) => `UNIQUE (${columns.join(', ')}) не даёт сохранить одну и ту же пару дважды.`,
    'orm.pair-not-unique': ({ columns, fix }) =>
      `Ничто не мешает сохранить одну и ту же пару (${columns.join(', ')}) дважды: добавьте ${fix}.`,
    'orm.reason-entity': ({ table, columns }) => `${table}: класс — каждую строку определяет первичный ключ (${columns.join(', ')}).`,
    'orm.reason-mapper-key': ({ table, columns }) =>
      `${table}: класс — первичного ключа нет, и ключом для SQLAlchemy служит UNIQUE (${columns.join(', ')}) по столбцам NOT NULL (__mapper_args__).`,
    'orm.reason-association-object': ({ table, between, payload, mapperKey }) =>
      `${table}: класс (объект-ассоциация) — связывает ${between[0]} и ${between[1]} и хранит ${
        payload.length === 1 ? 'свой столбец' : 'свои столбцы'
      } (${payload.join(', ')}), поэтому каждая строка — объект со связью «многие к одному» с каждой стороной.${
        mapperKey ? ` Первичного ключа нет: ключом для SQLAlchemy служит UNIQUE (${mapperKey.join(', ')}) (__mapper_args__).` : ''
      }`,
    'orm.reason-n-ary': ({ table, between, mapperKey }, s) =>
      `${table}: класс (связующая таблица многосторонней связи) — связывает сразу ${s.count(between.length, {
        one: 'таблицу',
        few: 'таблицы',
        many: 'таблиц',
        other: 'таблицы',
      })} (${s.list(between)}), а «relationship(secondary=...)» связывает только пару.${
        mapperKey ? ` Первичного ключа нет: ключом для SQLAlchemy служит UNIQUE (${mapperKey.join(', ')}) (__mapper_args__).` : ''
      }`,
    'orm.reason-junction': ({ table, between, pattern }) =>
      `${table}: Table() — ${pattern === 'surrogate-key' ? 'связующая таблица с суррогатным ключом' : 'чистая связующая таблица'} ${
        between[0] === between[1] ? `между строками ${between[0]}` : `между ${between[0]} и ${between[1]}`
      }; её читает и пишет «relationship(secondary=${table})».`,
    'orm.reason-no-key': ({ table }) =>
      `${table}: Table() — нет ни первичного ключа, ни UNIQUE по столбцам NOT NULL, поэтому SQLAlchemy не может отобразить на неё класс.`,
    'orm.reason-virtual-table': ({ table }) =>
      `${table}: пропущена — это виртуальная таблица («CREATE VIRTUAL TABLE ... USING ...»), create_all() её не создаст; оставьте для неё собственный оператор CREATE.`,
    'orm.reasons-heading': () => 'Почему таблица стала классом, Table() или пропущена',
  },
};
