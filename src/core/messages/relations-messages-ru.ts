/** The relations section in Russian (its codes and parameters: relations-messages.ts); part of catalogue-ru.ts. */
import type { Section } from './section.js';
import { columnList, sameTable } from './relations-messages.js';
import type { RelationsParams } from './relations-messages.js';

export const relationsRussian: Section<RelationsParams>['ru'] = {
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
};
