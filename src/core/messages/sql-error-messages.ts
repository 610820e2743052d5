/**
 * Catalogue section: plain-language explanations of SQLite errors, shown beside SQLite's own text.
 * Parameters are identifiers as the database spells them; English makes nouns and verbs of them
 * (`courses` → course, `enrollments` → enrolled in), Russian quotes them verbatim.
 */
import { singular } from '../naming/english.js';
import type { Section } from './section.js';

/**
 * What a key column names, as the identifiers spell it: the table its foreign key references
 * (`students`), else the column without its `_id` (`student` from `student_id`).
 */
export type Entity = string;

/** A key value of a failed INSERT or UPDATE that may point at a parent row that does not exist. */
export interface MissingParent {
  column: string;
  value: string;
  entity: Entity;
  /** The referenced table when the schema tells it; without a schema only the column is known. */
  parent: string | null;
}

export interface SqlErrorParams {
  /** A junction row repeats a pair its table already holds. */
  'sql-error.unique-pair': { table: string; columns: [string, string]; entities: [Entity, Entity] };
  /** An INSERT gave an id (or rowid) that is taken. */
  'sql-error.unique-id': { table: string; column: string };
  /** Another UNIQUE column or combination already holds these values. */
  'sql-error.unique-value': { table: string; columns: string[] };
  /** A foreign key check failed and the statement does not tell which row. */
  'sql-error.foreign-key': Record<never, never>;
  /** An INSERT or UPDATE names parent rows that may not exist (SQLite does not say which); never empty. */
  'sql-error.foreign-key-missing-parent': { table: string; missing: MissingParent[] };
  /** A DELETE or DROP TABLE would remove rows that `children` still reference. */
  'sql-error.foreign-key-still-referenced': { table: string; children: string[]; statement: 'delete' | 'drop' };
  /** A foreign key references columns that are neither the primary key nor UNIQUE. */
  'sql-error.foreign-key-mismatch': { child: string; parent: string };
  /** A column name several joined tables share; `sources` are the qualified names the query allows. */
  'sql-error.ambiguous-column': { column: string; sources: string[] };
  /** An unknown table: a near name from the schema when one is close, else the tables there are. */
  'sql-error.no-such-table': { table: string; suggestion: string | null; tables: string[] };
  /** NULL in a key column of a junction table. */
  'sql-error.not-null-key': { table: string; column: string; entity: Entity };
  /** NULL in any other NOT NULL column. */
  'sql-error.not-null': { table: string; column: string };
  /** `column` as SQLite quotes it, possibly qualified (`s.nme`). */
  'sql-error.no-such-column': { column: string };
  'sql-error.table-exists': { table: string };
  /** `near` is the token SQLite stopped at. */
  'sql-error.syntax': { near: string };
  'sql-error.incomplete-input': Record<never, never>;
}

/** The most missing parents a sentence lists; more would bury the advice. */
const SHOWN_MISSING = 4;

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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** «нет строки в courses с id 9», or by the column when the schema did not name the parent table. */
function noParentRu({ column, value, parent }: MissingParent): string {
  return parent ? `нет строки в ${parent} с id ${value}` : `нет строки с id ${value} для ${column}`;
}

/** «a, b или c»: alternatives, not a list of all. */
function orListRu(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} или ${items.at(-1)}`;
}

export const sqlErrorMessages: Section<SqlErrorParams> = {
  en: {
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
  },
  ru: {
    'sql-error.unique-pair': ({ table, columns }) =>
      `Такая пара (${columns[0]}, ${columns[1]}) уже есть в ${table}: каждая пара хранится в этой связующей таблице только один раз, поэтому добавить её второй раз нельзя.`,
    'sql-error.unique-id': ({ table, column }) =>
      `Строка с таким ${column} уже есть в ${table}: значения ${column} в этой таблице должны быть уникальными. Не указывайте ${column}, и SQLite сам выберет следующее.`,
    'sql-error.unique-value': ({ table, columns }) =>
      columns.length > 1
        ? `В ${table} уже есть строка с такими же значениями (${columns.join(', ')}), а их сочетание должно быть уникальным.`
        : `В ${table} уже есть строка с таким же значением ${columns[0]}, а оно должно быть уникальным.`,
    'sql-error.foreign-key': () =>
      'Не прошла проверка внешнего ключа: строка ссылалась бы на несуществующую родительскую строку или исчезла бы родительская строка, на которую ещё ссылаются другие строки.',
    'sql-error.foreign-key-missing-parent': ({ table, missing }) => {
      const phrases = missing.slice(0, SHOWN_MISSING).map(noParentRu);
      if (phrases.length === 1) {
        return `${capitalise(phrases[0]!)}, поэтому новая строка ${table} указывала бы в никуда. Сначала добавьте эту строку или возьмите существующий id.`;
      }
      return `Один из id указывает в никуда: ${orListRu(phrases)} (SQLite не сообщает, какой именно). Сначала добавьте недостающую строку или возьмите существующие id.`;
    },
    'sql-error.foreign-key-still-referenced': ({ table, children, statement }, s) => {
      const where = children.length > 0 ? `строки в ${s.list(children)}` : 'строки в другой таблице';
      const advice = 'Сначала удалите ссылающиеся строки или объявите внешний ключ с ON DELETE CASCADE.';
      return statement === 'drop'
        ? `Таблицу ${table} нельзя удалить: на её строки всё ещё ссылаются ${where}. ${advice}`
        : `Из ${table} нельзя удалить эти строки: на них всё ещё ссылаются ${where}. ${advice}`;
    },
    'sql-error.foreign-key-mismatch': ({ child, parent }) =>
      `Внешний ключ в ${child} ссылается на столбцы таблицы ${parent}, которые не являются ни её первичным ключом, ни UNIQUE (или вовсе не существуют), поэтому SQLite не может им пользоваться. Сошлитесь на первичный ключ ${parent}, например REFERENCES ${parent}(id), или сделайте столбец, на который указывает ключ, UNIQUE.`,
    'sql-error.ambiguous-column': ({ column, sources }) => {
      const example = sources.length >= 2 ? ` — ${sources.join(' или ')}` : `, например «students.${column}»`;
      return `Столбец ${column} есть больше чем в одной таблице этого запроса, поэтому SQLite не знает, какой из них вы имеете в виду. Поставьте перед ним имя таблицы или псевдоним${example}.`;
    },
    'sql-error.no-such-table': ({ table, suggestion, tables }) => {
      const hint = suggestion
        ? ` Может быть, вы имели в виду ${suggestion}?`
        : tables.length > 0
          ? ` Здесь есть таблицы: ${tables.join(', ')}.`
          : ' Выполнена ли уже подготовка урока (или ваш CREATE TABLE)?';
      return `В этой базе нет таблицы ${table}.${hint}`;
    },
    'sql-error.not-null-key': ({ table, column }) =>
      `В каждой строке ${table} должен быть задан ${column}: этот столбец не может быть NULL. Строка связующей таблицы соединяет одну строку с другой, поэтому оба её id обязательны.`,
    'sql-error.not-null': ({ table, column }) => `Столбец ${table}.${column} не может быть NULL: задайте ему значение.`,
    'sql-error.no-such-column': ({ column }) =>
      `Ни в одной из таблиц, которые читает этот запрос, нет столбца ${column}. Проверьте написание и то, что таблица (или псевдоним) перед точкой названа в FROM или JOIN этого запроса.`,
    'sql-error.table-exists': ({ table }) =>
      `Таблица ${table} в этой базе уже есть. Сначала удалите её (DROP TABLE ${table}) или напишите CREATE TABLE IF NOT EXISTS.`,
    'sql-error.syntax': ({ near }) =>
      `SQLite не удалось разобрать запрос в месте «${near}» или прямо перед ним: поищите там опечатку, пропущенную запятую или скобку либо ключевое слово не на своём месте.`,
    'sql-error.incomplete-input': () =>
      'Запрос обрывается слишком рано: не хватает закрывающей скобки, кавычки или оставшейся части предложения.',
  },
};
