/** Plain sentences for statements that return no rows: "3 rows inserted", "table enrollments created". */
import type { StatementResult } from '../engine.js';

const OBJECT = '(TABLE|INDEX|VIEW|TRIGGER)';
const NAME = String.raw`("(?:[^"]|"")+"|\[[^\]]+\]|` + '`[^`]+`' + String.raw`|[\w$]+)`;
const QUALIFIED = String.raw`(?:${NAME}\s*\.\s*)?${NAME}`;

/** The statement's text without leading comments, in one line. */
function head(sql: string): string {
  return sql
    .replace(/^(\s|--[^\n]*\n?|\/\*[\s\S]*?\*\/)+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function unquote(name: string): string {
  if (/^".*"$/.test(name)) return name.slice(1, -1).replace(/""/g, '"');
  if (/^\[.*\]$/.test(name) || /^`.*`$/.test(name)) return name.slice(1, -1);
  return name;
}

/** `1234567` → `1,234,567` (toLocaleString loads locale data on first use, slowing the first run). */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export type DescribeLanguage = 'en' | 'ru';

type Kind = 'table' | 'index' | 'view' | 'trigger';
type Verb = 'inserted' | 'updated' | 'deleted';

const RU_OBJECT: Record<Kind, { noun: string; created: string; dropped: string }> = {
  table: { noun: 'таблица', created: 'создана', dropped: 'удалена' },
  index: { noun: 'индекс', created: 'создан', dropped: 'удалён' },
  view: { noun: 'представление', created: 'создано', dropped: 'удалено' },
  trigger: { noun: 'триггер', created: 'создан', dropped: 'удалён' },
};

const RU_VERB: Record<Verb, string> = { inserted: 'вставлено', updated: 'изменено', deleted: 'удалено' };

const RU_OTHER: Record<string, string> = {
  'transaction started': 'транзакция начата',
  'transaction committed': 'транзакция зафиксирована',
  'transaction rolled back': 'транзакция отменена',
  'savepoint set': 'точка сохранения создана',
  'savepoint released': 'точка сохранения снята',
  'pragma set': 'PRAGMA установлена',
  'pragma returned no rows': 'PRAGMA не вернула строк',
  'no rows': 'нет строк',
  done: 'готово',
};

function rows(n: number, verb: Verb, lang: DescribeLanguage): string {
  if (lang === 'ru') return `${RU_VERB[verb]} строк: ${groupThousands(n)}`;
  return `${groupThousands(n)} ${n === 1 ? 'row' : 'rows'} ${verb}`;
}

function objectEvent(kind: Kind, name: string, event: 'created' | 'dropped', lang: DescribeLanguage): string {
  if (lang === 'en') return `${kind} ${name} ${event}`;
  const ru = RU_OBJECT[kind];
  return `${ru.noun} ${name} ${ru[event]}`;
}

/** Says what a statement did, for the results pane; statements with rows are shown as tables instead. */
export function describeStatement(
  result: Pick<StatementResult, 'sql' | 'rowsModified' | 'columns'>,
  lang: DescribeLanguage = 'en',
): string {
  const english = describeInEnglish(result, lang);
  return lang === 'ru' ? (RU_OTHER[english] ?? english) : english;
}

function describeInEnglish(result: Pick<StatementResult, 'sql' | 'rowsModified' | 'columns'>, lang: DescribeLanguage): string {
  const text = head(result.sql);
  const upper = text.toUpperCase();
  const created = new RegExp(
    String.raw`^CREATE\s+(?:UNIQUE\s+|TEMP\s+|TEMPORARY\s+|VIRTUAL\s+)?${OBJECT}\s+(?:IF\s+NOT\s+EXISTS\s+)?${QUALIFIED}`,
    'i',
  ).exec(text);
  if (created) return objectEvent(created[1]!.toLowerCase() as Kind, unquote(created[3]!), 'created', lang);
  const dropped = new RegExp(String.raw`^DROP\s+${OBJECT}\s+(?:IF\s+EXISTS\s+)?${QUALIFIED}`, 'i').exec(text);
  if (dropped) {
    const ifExists = /^DROP\s+\w+\s+IF\s+EXISTS\b/i.test(text) ? (lang === 'ru' ? ' (если была)' : ' (if it existed)') : '';
    return `${objectEvent(dropped[1]!.toLowerCase() as Kind, unquote(dropped[3]!), 'dropped', lang)}${ifExists}`;
  }
  const altered = new RegExp(String.raw`^ALTER\s+TABLE\s+${QUALIFIED}`, 'i').exec(text);
  if (altered) return lang === 'ru' ? `таблица ${unquote(altered[2]!)} изменена` : `table ${unquote(altered[2]!)} altered`;
  const verb = /^(?:WITH\b[\s\S]*?\)\s*)?(INSERT|REPLACE|UPDATE|DELETE)\b/i.exec(upper)?.[1];
  if (verb === 'INSERT' || verb === 'REPLACE') return rows(result.rowsModified, 'inserted', lang);
  if (verb === 'UPDATE') return rows(result.rowsModified, 'updated', lang);
  if (verb === 'DELETE') return rows(result.rowsModified, 'deleted', lang);
  if (/^(BEGIN)\b/.test(upper)) return 'transaction started';
  if (/^(COMMIT|END)\b/.test(upper)) return 'transaction committed';
  if (/^ROLLBACK\b/.test(upper)) return 'transaction rolled back';
  if (/^SAVEPOINT\b/.test(upper)) return 'savepoint set';
  if (/^RELEASE\b/.test(upper)) return 'savepoint released';
  if (/^PRAGMA\b/.test(upper)) return upper.includes('=') ? 'pragma set' : 'pragma returned no rows';
  if (/^(VACUUM|ANALYZE|REINDEX)\b/.test(upper)) return `${upper.split(' ')[0]!} ${lang === 'ru' ? 'выполнен' : 'done'}`;
  if (result.columns.length > 0) return 'no rows';
  return 'done';
}
