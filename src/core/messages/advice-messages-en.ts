/** The advice section in English (its codes and parameters: advice-messages.ts); part of catalogue-en.ts. */
import type { Section } from './section.js';
import { ne, pair } from './advice-messages.js';
import type { AdviceParams } from './advice-messages.js';

export const adviceEnglish: Section<AdviceParams>['en'] = {
  'rule.pair-unique': ({ table, columns }) =>
    `Nothing in ${table} stops the same pair (${pair(columns)}) from being stored twice: the pair is neither the primary key nor UNIQUE.`,
  'rule.pair-unique-hint': ({ columns }) =>
    `Add PRIMARY KEY (${pair(columns)}) at the end of the table (or UNIQUE (${pair(columns)}) if the table has an id of its own).`,
  'rule.fks-not-null': ({ table, column }) => `The column ${table}.${column} accepts NULL, so a row of ${table} could point at nothing.`,
  'rule.fks-not-null-hint': ({ column }) =>
    `Write NOT NULL after the type: ${column} INTEGER NOT NULL REFERENCES … (in SQLite a column of a composite primary key may still hold NULL).`,
  'rule.fk-targets': ({ table, column, target, actual }) =>
    actual === null
      ? `${table}.${column} is not a foreign key: it should reference ${target}.`
      : `${table}.${column} references ${actual}, but it should reference ${target}.`,
  'rule.fk-targets-hint': ({ column, target }) => `Write REFERENCES ${target} right after the type of ${column}.`,
  'rule.on-delete': ({ table, column, target, expected, actual }) =>
    `When a row of ${target} is deleted, the foreign key ${table}.${column} should do ON DELETE ${expected}, but it does ON DELETE ${actual}.`,
  'rule.on-delete-hint': ({ column, target, expected }) => `Add ON DELETE ${expected} after REFERENCES ${target} in the line of ${column}.`,
  'rule.no-self-pair': ({ table, columns }) => `${table} accepts a row that pairs a row with itself (${columns[0]} = ${columns[1]}).`,
  'rule.no-self-pair-hint': ({ columns }) => `Add CHECK (${ne(columns)}) to the table.`,
  'rule.reverse-index': ({ table, column }) =>
    `No index of ${table} starts with ${column}, so looking up pairs from that side reads the whole table.`,
  'rule.reverse-index-hint': ({ table, column }) =>
    `Add an index for that direction: CREATE INDEX ${table}_${column}_idx ON ${table} (${column});`,
  'mistake.missing-junction': ({ junction, between }) =>
    `Your query does not use ${junction}, the junction table: only its rows say which row of ${between[0]} goes with which row of ${between[1]}.`,
  'mistake.wrong-join-columns': ({ column, references, pairedWith }) =>
    `Your condition matches ${column} with ${pairedWith}, but ${column} holds values of ${references}: match it with ${references}.`,
  'mistake.count-star-outer-join': ({ column }) =>
    `count(*) counts the row an outer join keeps for a row without partners, so it gets 1 instead of 0: count a column of the joined table, such as count(${column}).`,
  'mistake.group-missing': ({ column }) =>
    `Your GROUP BY does not include ${column}, so rows that differ in it but agree on your grouping columns are merged into one group.`,
  'mistake.group-extra': ({ column }) => `Your GROUP BY also groups by ${column}, which splits groups that should stay whole.`,
  'mistake.order-missing': ({ column }) => `Your ORDER BY does not sort by ${column}, which the order asked for needs.`,
};
