/** Catalogue section: the words of the "Schema" text view and the ER diagram's description (codes `schema.*`). */
import type { JunctionPattern } from '../relations/types.js';
import type { PluralForms, Section, Speak } from './section.js';

type None = Record<never, never>;

export interface SchemaParams {
  /** The whole text when the database has no tables. */
  'schema.no-tables': None;
  /** The heading of a table's block. */
  'schema.table': { table: string; withoutRowid: boolean; strict: boolean };
  /** Column notes, listed after the column's name and type. */
  'schema.primary-key': None;
  'schema.primary-key-part': { position: number };
  'schema.not-null': None;
  'schema.unique': None;
  'schema.default': { value: string };
  'schema.generated': None;
  /** `column` is null when the foreign key names no target column (it means the primary key). */
  'schema.references': { table: string; column: string | null };
  /** Table-level keys over several columns, one line each under the columns. */
  'schema.composite-primary-key': { columns: string[] };
  'schema.composite-unique': { columns: string[] };
  /** Headings of the relationship and warning blocks. */
  'schema.relationships': None;
  'schema.warnings': None;
  /** One foreign key as a relationship sentence. */
  'schema.foreign-key': { kind: 'many-to-one' | 'one-to-one'; from: string; fromColumns: string[]; to: string; toColumns: string[] };
  /** A many-to-many junction; `payload` are an association object's own columns. */
  'schema.many-to-many': { junction: string; between: [string, string]; pattern: JunctionPattern; payload: string[] };
  'schema.n-ary': { junction: string; between: string[] };
}

/** `students.id` for one column, `sections(course, term)` for several. */
const columnsOf = (table: string, columns: string[]) =>
  columns.length === 1 ? `${table}.${columns[0]}` : `${table}(${columns.join(', ')})`;

const traitsOf = ({ withoutRowid, strict }: { withoutRowid: boolean; strict: boolean }) => {
  const traits = [withoutRowid ? 'WITHOUT ROWID' : '', strict ? 'STRICT' : ''].filter(Boolean);
  return traits.length > 0 ? ` (${traits.join(', ')})` : '';
};

const referenced = (table: string, column: string | null) => (column ? `${table}.${column}` : table);

/** «таблица» in Russian: 1 таблица, 3 таблицы, 5 таблиц. */
const TABLES: PluralForms = { one: 'таблица', few: 'таблицы', many: 'таблиц', other: 'таблицы' };

/** The words for a junction's pattern, one writer per pattern so a new pattern cannot go unnamed. */
type PatternWords = Record<JunctionPattern, (payload: string[], s: Speak) => string>;

const EN_PATTERN: PatternWords = {
  pure: () => 'pure junction',
  'surrogate-key': () => 'junction with a surrogate key',
  'association-object': (payload, s) => (payload.length > 0 ? `association object carrying ${s.list(payload)}` : 'association object'),
};

const RU_PATTERN: PatternWords = {
  pure: () => 'чистая связующая таблица',
  'surrogate-key': () => 'связующая таблица с суррогатным ключом',
  'association-object': (payload, s) =>
    payload.length > 0
      ? `ассоциативный объект со ${s.plural(payload.length, { one: 'столбцом', other: 'столбцами' })} ${s.list(payload)}`
      : 'ассоциативный объект',
};

const RU_KIND = { 'many-to-one': 'многие-к-одному', 'one-to-one': 'один-к-одному' } as const;

export const schemaMessages: Section<SchemaParams> = {
  en: {
    'schema.no-tables': () => 'No tables yet.',
    'schema.table': (p) => `Table ${p.table}${traitsOf(p)}:`,
    'schema.primary-key': () => 'primary key',
    'schema.primary-key-part': ({ position }) => `primary key part ${position}`,
    'schema.not-null': () => 'not null',
    'schema.unique': () => 'unique',
    'schema.default': ({ value }) => `default ${value}`,
    'schema.generated': () => 'generated',
    'schema.references': ({ table, column }) => `references ${referenced(table, column)}`,
    'schema.composite-primary-key': ({ columns }) => `primary key (${columns.join(', ')})`,
    'schema.composite-unique': ({ columns }) => `unique (${columns.join(', ')})`,
    'schema.relationships': () => 'Relationships:',
    'schema.warnings': () => 'Warnings:',
    'schema.foreign-key': ({ kind, from, fromColumns, to, toColumns }) =>
      `${columnsOf(from, fromColumns)} references ${columnsOf(to, toColumns)} (${kind}).`,
    'schema.many-to-many': ({ junction, between: [a, b], pattern, payload }, s) => {
      const pair = a === b ? `${a} with ${b}` : `${a} and ${b}`;
      return `${junction} links ${pair} (many-to-many, ${EN_PATTERN[pattern](payload, s)}).`;
    },
    'schema.n-ary': ({ junction, between }, s) => `${junction} links ${s.list(between)} (n-ary, ${between.length} tables).`,
  },
  ru: {
    'schema.no-tables': () => 'Таблиц пока нет.',
    'schema.table': (p) => `Таблица ${p.table}${traitsOf(p)}:`,
    'schema.primary-key': () => 'первичный ключ',
    'schema.primary-key-part': ({ position }) => `часть ${position} первичного ключа`,
    'schema.not-null': () => 'NOT NULL',
    'schema.unique': () => 'уникальный',
    'schema.default': ({ value }) => `по умолчанию ${value}`,
    'schema.generated': () => 'вычисляемый',
    'schema.references': ({ table, column }) => `ссылается на ${referenced(table, column)}`,
    'schema.composite-primary-key': ({ columns }) => `первичный ключ (${columns.join(', ')})`,
    'schema.composite-unique': ({ columns }) => `уникальное сочетание (${columns.join(', ')})`,
    'schema.relationships': () => 'Связи:',
    'schema.warnings': () => 'Предупреждения:',
    'schema.foreign-key': ({ kind, from, fromColumns, to, toColumns }) =>
      `${columnsOf(from, fromColumns)} ссылается на ${columnsOf(to, toColumns)} (${RU_KIND[kind]}).`,
    'schema.many-to-many': ({ junction, between: [a, b], pattern, payload }, s) => {
      const pair = a === b ? `${a} с ${b}` : `${a} и ${b}`;
      return `${junction} связывает ${pair} (многие-ко-многим, ${RU_PATTERN[pattern](payload, s)}).`;
    },
    'schema.n-ary': ({ junction, between }, s) =>
      `${junction} связывает ${s.list(between)} (многосторонняя связь, ${s.count(between.length, TABLES)}).`,
  },
};
