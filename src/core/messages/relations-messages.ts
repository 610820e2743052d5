/** Catalogue section: the warnings relationship inference gives about a schema (codes `relations.*`). */
import { singular } from '../naming/english.js';
import type { Section } from './section.js';

type None = Record<never, never>;

export interface RelationsParams {
  /** Foreign keys are declared but `PRAGMA foreign_keys` is off, so nothing checks them. */
  'relations.foreign-keys-off': None;
  /** A foreign key of `table` (`columns`) names a table that does not exist. */
  'relations.missing-target-table': { table: string; columns: string[]; target: string };
  /**
   * A foreign key of `table` points at columns of `target` that are not a key there; empty
   * `targetColumns` means it points at the primary key `target` does not declare.
   */
  'relations.non-unique-target': { table: string; columns: string[]; target: string; targetColumns: string[] };
  /**
   * A junction without a key over its foreign-key `columns`, so a link can be stored twice;
   * `between` are the linked tables in column order (more than two: an n-ary junction).
   */
  'relations.junction-without-key': { table: string; columns: string[]; between: string[] };
  /** A junction column that may hold NULL, so a row may link to no row of `target`. */
  'relations.nullable-junction-column': { table: string; column: string; target: string };
  /**
   * A keyed junction with no index starting with `column`, so lookups from `from` to `to` scan;
   * `statement` is the CREATE INDEX that fixes it, ready to run.
   */
  'relations.missing-reverse-index': { table: string; column: string; from: string; to: string; statement: string };
}

/** Tables the same except for case are one table in SQLite: a junction between them is self-referential. */
const sameTable = (a: string | undefined, b: string | undefined) => a?.toLowerCase() === b?.toLowerCase();

const columnList = (columns: string[]) => columns.join(', ');

export const relationsMessages: Section<RelationsParams> = {
  en: {
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
  },
  ru: {
    'relations.foreign-keys-off': () =>
      'Внешние ключи на этом соединении выключены, поэтому SQLite принимает строки, которые ни на что не ссылаются; выполните PRAGMA foreign_keys = ON, чтобы они проверялись.',
    'relations.missing-target-table': ({ table, columns, target }) =>
      `${table} (${columnList(columns)}) ссылается на таблицу ${target}, которой нет, поэтому при включённых внешних ключах любая вставка в ${table} завершится ошибкой.`,
    'relations.non-unique-target': ({ table, columns, target, targetColumns }) => {
      const what =
        targetColumns.length === 0
          ? `первичный ключ таблицы ${target}, но в ${target} он не объявлен`
          : `${target} (${columnList(targetColumns)}), а это не первичный ключ и не UNIQUE`;
      return `${table} (${columnList(columns)}) ссылается на ${what}, поэтому при первом же использовании ключа SQLite остановится с ошибкой "foreign key mismatch".`;
    },
    'relations.junction-without-key': ({ table, columns, between }) => {
      const [a = '', b = ''] = between;
      const consequence =
        between.length > 2
          ? 'одно и то же сочетание можно сохранить дважды.'
          : sameTable(a, b)
            ? `одну и ту же пару строк ${a} можно связать дважды.`
            : `одну и ту же строку ${a} можно дважды связать с одной и той же строкой ${b}.`;
      return `В таблице ${table} нет ключа по (${columnList(columns)}), поэтому ${consequence}`;
    },
    'relations.nullable-junction-column': ({ table, column, target }) =>
      `Столбец ${table}.${column} объявлен без NOT NULL, поэтому строка может не ссылаться ни на одну строку ${target}.`,
    'relations.missing-reverse-index': ({ table, column, from, to, statement }) =>
      `В таблице ${table} нет индекса, начинающегося с ${column}, поэтому при переходе от ${from} к ${to} ` +
      `(поиск строк по ${column}) просматривается вся таблица; исправить это можно так: ${statement}.`,
  },
};
