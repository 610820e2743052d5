/** The schema section in English (its codes and parameters: schema-messages.ts); part of catalogue-en.ts. */
import type { Section } from './section.js';
import { columnsOf, referenced, traitsOf } from './schema-messages.js';
import type { PatternWords, SchemaParams } from './schema-messages.js';

const EN_PATTERN: PatternWords = {
  pure: () => 'pure junction',
  'surrogate-key': () => 'junction with a surrogate key',
  'association-object': (payload, s) => (payload.length > 0 ? `association object carrying ${s.list(payload)}` : 'association object'),
};

export const schemaEnglish: Section<SchemaParams>['en'] = {
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
};
