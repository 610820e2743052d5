/** The sql-error section in English (its codes and parameters: sql-error-messages.ts); part of catalogue-en.ts. */
import { singular } from '../naming/english.js';
import type { Section } from './section.js';
import { SHOWN_MISSING } from './sql-error-messages.js';
import { capitalise } from './speak.js';
import type { Entity, SqlErrorParams } from './sql-error-messages.js';

/** `student_courses` → "student course": the English noun for an entity. */
function noun(entity: Entity): string {
  return singular(entity).replace(/_/g, ' ');
}

/** "enrollments" → "enrolled in"; other junction names give null and a neutral sentence. */
function pairVerb(table: string): string | null {
  const m = /^(\w+?)(ment|ments)$/i.exec(table);
  if (!m) return null;
  const stem = m[1]!.toLowerCase();
  const past = stem.endsWith('e') ? `${stem}d` : /[aeiou]l$/.test(stem) ? `${stem}led` : `${stem}ed`;
  return `${past} ${stem.startsWith('assign') ? 'to' : 'in'}`;
}

export const sqlErrorEnglish: Section<SqlErrorParams>['en'] = {
  'sql-error.unique-pair': ({ table, columns, entities }) => {
    const [a, b] = entities.map(noun);
    const verb = pairVerb(table);
    const pair = verb ? `this ${a} is already ${verb} this ${b}` : `this ${a} is already linked to this ${b}`;
    return `${capitalise(pair)}: ${table} keeps each (${columns[0]}, ${columns[1]}) pair only once, so the same pair cannot be added twice.`;
  },
  'sql-error.unique-id': ({ table, column }) =>
    `A ${singular(table)} with this ${column} already exists: ids in ${table} must be unique. Leave id out to let SQLite pick the next one.`,
  'sql-error.unique-value': ({ table, columns }) =>
    `A ${singular(table)} with the same ${columns.join(', ')} already exists in ${table}, and ${columns.length > 1 ? 'that combination' : 'that value'} must be unique.`,
  'sql-error.foreign-key': () =>
    'A foreign key check failed: a row would point at a parent row that does not exist, or a parent row that other rows still point at would disappear.',
  'sql-error.foreign-key-missing-parent': ({ table, missing }) => {
    const phrases = missing.slice(0, SHOWN_MISSING).map((m) => `no ${noun(m.entity)} with id ${m.value}`);
    if (phrases.length === 1) {
      return `There is ${phrases[0]}, so the new ${singular(table)} row would point at nothing. Add that row first, or use an id that exists.`;
    }
    return `One of the ids points at nothing: there is ${phrases.join(', or ')} (SQLite does not say which). Add the missing row first, or use ids that exist.`;
  },
  'sql-error.foreign-key-still-referenced': ({ table, children }) =>
    `Rows in ${children.length > 0 ? children.join(' and ') : 'another table'} still point at this ${singular(table)}, so it cannot be removed while they exist. Delete those rows first, or declare the foreign key with ON DELETE CASCADE.`,
  'sql-error.foreign-key-mismatch': ({ child, parent }) =>
    `The foreign key in ${child} points at columns of ${parent} that are neither its primary key nor UNIQUE (or do not exist), so SQLite cannot use it. Reference ${parent}'s primary key, e.g. REFERENCES ${parent}(id), or make the referenced column UNIQUE.`,
  'sql-error.ambiguous-column': ({ column, sources }) => {
    const example = sources.length >= 2 ? ` — ${sources.join(' or ')}` : `, like students.${column}`;
    return `More than one table in this query has a column called ${column}, so SQLite does not know which you mean. Put the table name or alias in front of it${example}.`;
  },
  'sql-error.no-such-table': ({ table, suggestion, tables }) => {
    const hint = suggestion
      ? ` Did you mean ${suggestion}?`
      : tables.length > 0
        ? ` The tables here are: ${tables.join(', ')}.`
        : ' Has the lesson setup (or your CREATE TABLE) run yet?';
    return `There is no table called ${table} in this database.${hint}`;
  },
  'sql-error.not-null-key': ({ table, column, entity }) =>
    `Every row of ${table} needs a ${noun(entity)}: ${column} cannot be NULL. A junction row links one row to another, so both of its ids must be given.`,
  'sql-error.not-null': ({ table, column }) => `${table}.${column} cannot be NULL: give it a value.`,
  'sql-error.no-such-column': ({ column }) =>
    `There is no column called ${column} in the tables this statement reads. Check the spelling, and that the table (or alias) before the dot is one the statement names in FROM or JOIN.`,
  'sql-error.table-exists': ({ table }) =>
    `A table called ${table} already exists in this database. Drop it first (DROP TABLE ${table}) or write CREATE TABLE IF NOT EXISTS.`,
  'sql-error.syntax': ({ near }) =>
    `SQLite could not read the statement just before or at "${near}": look there for a typo, a missing comma or parenthesis, or a misplaced keyword.`,
  'sql-error.incomplete-input': () => 'The statement stops too early: a closing parenthesis, quote or the rest of a clause is missing.',
};
