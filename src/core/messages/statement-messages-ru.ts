/** The statement section in Russian (its codes and parameters: statement-messages.ts); part of catalogue-ru.ts. */
import type { PluralForms, Section } from './section.js';
import { ROWS } from './words.js';
import type { RowVerb, SchemaObjectKind, StatementParams } from './statement-messages.js';

/** Russian: the noun and its gender-agreeing participles. */
const RU_OBJECT: Record<SchemaObjectKind, { noun: string; created: string; dropped: string }> = {
  table: { noun: 'таблица', created: 'создана', dropped: 'удалена' },
  index: { noun: 'индекс', created: 'создан', dropped: 'удалён' },
  view: { noun: 'представление', created: 'создано', dropped: 'удалено' },
  trigger: { noun: 'триггер', created: 'создан', dropped: 'удалён' },
};

/** «вставлена 1 строка», «вставлено 3 строки», «вставлено 5 строк». */
const RU_VERB: Record<RowVerb, PluralForms> = {
  inserted: { one: 'вставлена', other: 'вставлено' },
  updated: { one: 'изменена', other: 'изменено' },
  deleted: { one: 'удалена', other: 'удалено' },
};

export const statementRussian: Section<StatementParams>['ru'] = {
  'statement.created': ({ kind, name }) => `${RU_OBJECT[kind].noun} ${name} ${RU_OBJECT[kind].created}`,
  'statement.dropped': ({ kind, name, ifExists }) =>
    `${RU_OBJECT[kind].noun} ${name} ${RU_OBJECT[kind].dropped}${ifExists ? ' (если была)' : ''}`,
  'statement.altered': ({ name }) => `таблица ${name} изменена`,
  'statement.rows': ({ verb, n }, s) => `${s.plural(n, RU_VERB[verb])} ${s.count(n, ROWS)}`,
  'statement.transaction-started': () => 'транзакция начата',
  'statement.transaction-committed': () => 'транзакция зафиксирована',
  'statement.transaction-rolled-back': () => 'транзакция отменена',
  'statement.savepoint-set': () => 'точка сохранения создана',
  'statement.savepoint-released': () => 'точка сохранения снята',
  'statement.pragma-set': () => 'PRAGMA установлена',
  'statement.pragma-no-rows': () => 'PRAGMA не вернула строк',
  'statement.maintenance': ({ command }) => `${command} выполнен`,
  'statement.no-rows': () => 'нет строк',
  'statement.done': () => 'готово',
};
