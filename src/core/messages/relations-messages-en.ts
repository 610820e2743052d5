/** The relations section in English (its codes and parameters: relations-messages.ts); part of catalogue-en.ts. */
import { singular } from '../naming/english.js';
import type { Section } from './section.js';
import { columnList, sameTable } from './relations-messages.js';
import type { RelationsParams } from './relations-messages.js';

export const relationsEnglish: Section<RelationsParams>['en'] = {
  'relations.foreign-keys-off': () =>
    'Foreign keys are off on this connection, so SQLite accepts rows that point at nothing; run PRAGMA foreign_keys = ON to have them checked.',
  'relations.missing-target-table': ({ table, columns, target }) =>
    `${table} (${columnList(columns)}) refers to table ${target}, which does not exist, so with foreign keys on every insert into ${table} fails.`,
  'relations.non-unique-target': ({ table, columns, target, targetColumns }) => {
    const what =
      targetColumns.length === 0
        ? `${target}'s primary key, but ${target} declares none`
        : `${target} (${columnList(targetColumns)}), which is neither its primary key nor UNIQUE`;
    return `${table} (${columnList(columns)}) refers to ${what}, so SQLite stops with "foreign key mismatch" when the key is used.`;
  },
  'relations.junction-without-key': ({ table, columns, between }) => {
    const [a = '', b = ''] = between;
    const consequence =
      between.length > 2
        ? 'the same combination can be stored twice.'
        : sameTable(a, b)
          ? `the same pair of ${a} can be linked twice.`
          : `the same ${singular(a)} can be linked to the same ${singular(b)} twice.`;
    return `${table} has no key over (${columnList(columns)}), so ${consequence}`;
  },
  'relations.nullable-junction-column': ({ table, column, target }) =>
    `${table}.${column} is not NOT NULL, so a row can link to no ${singular(target)} at all.`,
  'relations.missing-reverse-index': ({ table, column, from, to, statement }) =>
    `${table} has no index starting with ${column}, so going from ${from} to ${to} ` +
    `(looking rows up by ${column}) scans the whole table; ${statement} fixes it.`,
};
