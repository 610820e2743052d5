/** The advice section in Russian (its codes and parameters: advice-messages.ts); part of catalogue-ru.ts. */
import type { Section } from './section.js';
import { ne, pair } from './advice-messages.js';
import type { AdviceParams } from './advice-messages.js';

export const adviceRussian: Section<AdviceParams>['ru'] = {
  'rule.pair-unique': ({ table, columns }) =>
    `В таблице ${table} ничто не мешает сохранить одну и ту же пару (${pair(columns)}) дважды: пара не является ни первичным ключом, ни UNIQUE.`,
  'rule.pair-unique-hint': ({ columns }) =>
    `Добавьте PRIMARY KEY (${pair(columns)}) в конце определения таблицы (или UNIQUE (${pair(columns)}), если у таблицы есть собственный id).`,
  'rule.fks-not-null': ({ table, column }) =>
    `Столбец ${table}.${column} допускает NULL, так что строка таблицы ${table} может ни на что не указывать.`,
  'rule.fks-not-null-hint': ({ column }) =>
    `Напишите NOT NULL после типа столбца: "${column} INTEGER NOT NULL REFERENCES …" (в SQLite столбец составного первичного ключа может содержать NULL).`,
  'rule.fk-targets': ({ table, column, target, actual }) =>
    actual === null
      ? `Столбец ${table}.${column} не является внешним ключом, а должен ссылаться на ${target}.`
      : `Столбец ${table}.${column} ссылается на ${actual}, а должен — на ${target}.`,
  'rule.fk-targets-hint': ({ column, target }) => `Допишите REFERENCES ${target} сразу после типа столбца ${column}.`,
  'rule.on-delete': ({ table, column, target, expected, actual }) =>
    `При удалении строки из ${target} внешний ключ ${table}.${column} должен выполнять ON DELETE ${expected}, а выполняет ON DELETE ${actual}.`,
  'rule.on-delete-hint': ({ column, target, expected }) =>
    `Добавьте ON DELETE ${expected} после REFERENCES ${target} в строке столбца ${column}.`,
  'rule.no-self-pair': ({ table, columns }) =>
    `Таблица ${table} принимает строку, в которой запись связана сама с собой (${columns[0]} = ${columns[1]}).`,
  'rule.no-self-pair-hint': ({ columns }) => `Добавьте в таблицу CHECK (${ne(columns)}).`,
  'rule.reverse-index': ({ table, column }) =>
    `Ни один индекс таблицы ${table} не начинается со столбца ${column}, поэтому поиск пар с этой стороны читает всю таблицу.`,
  'rule.reverse-index-hint': ({ table, column }) =>
    `Добавьте индекс для этого направления: CREATE INDEX ${table}_${column}_idx ON ${table} (${column});`,
  'mistake.missing-junction': ({ junction, between }) =>
    `Ваш запрос не использует таблицу связей ${junction}, а только её строки говорят, какая строка ${between[0]} связана с какой строкой ${between[1]}.`,
  'mistake.wrong-join-columns': ({ column, references, pairedWith }) =>
    `Ваше условие сравнивает ${column} с ${pairedWith}, но в ${column} хранятся значения ${references} — сравнивайте его с ${references}.`,
  'mistake.count-star-outer-join': ({ column }) =>
    `"count(*)" считает строку, которую внешнее соединение оставляет для записи без пар, поэтому у неё получается 1 вместо 0: считайте столбец присоединённой таблицы, например "count(${column})".`,
  'mistake.group-missing': ({ column }) =>
    `В вашем GROUP BY нет ${column}, поэтому строки, которые различаются по нему, но совпадают по вашим столбцам группировки, сливаются в одну группу.`,
  'mistake.group-extra': ({ column }) => `Ваш GROUP BY группирует ещё и по ${column} и дробит группы, которые должны остаться целыми.`,
  'mistake.order-missing': ({ column }) => `Ваш ORDER BY не сортирует по ${column}, а этого требует заданный порядок.`,
};
