/**
 * Catalogue section: advice on a rejected answer — junction rules for schema answers (`rule.*`, a
 * verdict and a `…-hint` each) and hints by kind of mistake in a query (`mistake.*`).
 */
import type { ForeignKeyAction } from '../schema/types.js';
import type { Section } from './section.js';

export interface AdviceParams {
  /** The pair of FK columns is neither the primary key nor UNIQUE. */
  'rule.pair-unique': { table: string; columns: string[] };
  'rule.pair-unique-hint': { table: string; columns: string[] };
  /** An FK column of the junction accepts NULL. */
  'rule.fks-not-null': { table: string; column: string };
  'rule.fks-not-null-hint': { column: string };
  /** An FK column references `actual` (or nothing: null) instead of `target`, both written `table(column)`. */
  'rule.fk-targets': { table: string; column: string; target: string; actual: string | null };
  'rule.fk-targets-hint': { column: string; target: string };
  /** An FK's ON DELETE action is not the one the exercise asks for. */
  'rule.on-delete': { table: string; column: string; target: string; expected: ForeignKeyAction; actual: ForeignKeyAction };
  'rule.on-delete-hint': { column: string; target: string; expected: ForeignKeyAction };
  /** A self-referential junction accepts a row paired with itself. */
  'rule.no-self-pair': { table: string; columns: string[] };
  'rule.no-self-pair-hint': { columns: string[] };
  /** No index starts with this FK column, so the reverse direction scans. */
  'rule.reverse-index': { table: string; column: string };
  'rule.reverse-index-hint': { table: string; column: string };
  /** The solution goes through `junction` (between two tables); the answer does not use it at all. */
  'mistake.missing-junction': { junction: string; between: string[] };
  /** A condition matches FK `column` (which references `references`) with `pairedWith`. */
  'mistake.wrong-join-columns': { column: string; references: string; pairedWith: string };
  /** count(*) over an outer join, where the solution counts `column`. */
  'mistake.count-star-outer-join': { column: string };
  'mistake.group-missing': { column: string };
  'mistake.group-extra': { column: string };
  'mistake.order-missing': { column: string };
}

const pair = (columns: string[]) => columns.join(', ');
const ne = (columns: string[]) => `${columns[0] ?? ''} <> ${columns[1] ?? ''}`;

export const adviceMessages: Section<AdviceParams> = {
  en: {
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
    'rule.on-delete-hint': ({ column, target, expected }) =>
      `Add ON DELETE ${expected} after REFERENCES ${target} in the line of ${column}.`,
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
  },
  ru: {
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
  },
};
