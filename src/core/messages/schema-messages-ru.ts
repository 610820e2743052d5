/** The schema section in Russian (its codes and parameters: schema-messages.ts); part of catalogue-ru.ts. */
import type { PluralForms, Section } from './section.js';
import { columnsOf, referenced, traitsOf } from './schema-messages.js';
import type { PatternWords, SchemaParams } from './schema-messages.js';

/** «таблица» in Russian: 1 таблица, 3 таблицы, 5 таблиц. */
const TABLES: PluralForms = { one: 'таблица', few: 'таблицы', many: 'таблиц', other: 'таблицы' };

const RU_PATTERN: PatternWords = {
  pure: () => 'чистая связующая таблица',
  'surrogate-key': () => 'связующая таблица с суррогатным ключом',
  'association-object': (payload, s) =>
    payload.length > 0
      ? `ассоциативный объект со ${s.plural(payload.length, { one: 'столбцом', other: 'столбцами' })} ${s.list(payload)}`
      : 'ассоциативный объект',
};

const RU_KIND = { 'many-to-one': 'многие-к-одному', 'one-to-one': 'один-к-одному' } as const;

export const schemaRussian: Section<SchemaParams>['ru'] = {
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
};
