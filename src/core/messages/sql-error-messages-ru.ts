/** The sql-error section in Russian (its codes and parameters: sql-error-messages.ts); part of catalogue-ru.ts. */
import type { Section } from './section.js';
import { SHOWN_MISSING } from './sql-error-messages.js';
import { capitalise } from './speak.js';
import type { MissingParent, SqlErrorParams } from './sql-error-messages.js';

/** «нет строки в courses с id 9», or by the column when the schema did not name the parent table. */
function noParentRu({ column, value, parent }: MissingParent): string {
  return parent ? `нет строки в ${parent} с id ${value}` : `нет строки с id ${value} для ${column}`;
}

/** «a, b или c»: alternatives, not a list of all. */
function orListRu(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} или ${items.at(-1)}`;
}

export const sqlErrorRussian: Section<SqlErrorParams>['ru'] = {
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
};
