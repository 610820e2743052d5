/** Catalogue section: what a statement without rows did, for the results pane ("3 rows inserted"). */
import type { PluralForms, Section } from './section.js';
import { EN_ROWS, ROWS } from './words.js';

export type SchemaObjectKind = 'table' | 'index' | 'view' | 'trigger';
export type RowVerb = 'inserted' | 'updated' | 'deleted';
export type MaintenanceCommand = 'VACUUM' | 'ANALYZE' | 'REINDEX';

type None = Record<never, never>;

export interface StatementParams {
  'statement.created': { kind: SchemaObjectKind; name: string };
  'statement.dropped': { kind: SchemaObjectKind; name: string; ifExists: boolean };
  'statement.altered': { name: string };
  'statement.rows': { verb: RowVerb; n: number };
  'statement.transaction-started': None;
  'statement.transaction-committed': None;
  'statement.transaction-rolled-back': None;
  'statement.savepoint-set': None;
  'statement.savepoint-released': None;
  'statement.pragma-set': None;
  'statement.pragma-no-rows': None;
  'statement.maintenance': { command: MaintenanceCommand };
  'statement.no-rows': None;
  'statement.done': None;
}

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

export const statementMessages: Section<StatementParams> = {
  en: {
    'statement.created': ({ kind, name }) => `${kind} ${name} created`,
    'statement.dropped': ({ kind, name, ifExists }) => `${kind} ${name} dropped${ifExists ? ' (if it existed)' : ''}`,
    'statement.altered': ({ name }) => `table ${name} altered`,
    'statement.rows': ({ verb, n }, s) => `${s.count(n, EN_ROWS)} ${verb}`,
    'statement.transaction-started': () => 'transaction started',
    'statement.transaction-committed': () => 'transaction committed',
    'statement.transaction-rolled-back': () => 'transaction rolled back',
    'statement.savepoint-set': () => 'savepoint set',
    'statement.savepoint-released': () => 'savepoint released',
    'statement.pragma-set': () => 'pragma set',
    'statement.pragma-no-rows': () => 'pragma returned no rows',
    'statement.maintenance': ({ command }) => `${command} done`,
    'statement.no-rows': () => 'no rows',
    'statement.done': () => 'done',
  },
  ru: {
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
  },
};
