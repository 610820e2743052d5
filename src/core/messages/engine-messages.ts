/** Catalogue section: what the engine says when it stops, loses or refuses a script. */
import type { ResultLimit, UnreadableCharacter } from '../engine.js';
import type { Section } from './section.js';
import { EN_ROWS } from './words.js';

export interface EngineParams {
  /** The watchdog stopped a script that ran past the time limit. */
  'engine.timeout': { limitMs: number };
  /** The SQLite worker died while running a script (out of memory, a crash in the engine). */
  'engine.crash': { afterMs: number };
  /**
   * The script holds a character SQLite cannot read, at `line` and `column`, in statement `sql`;
   * nothing was run.
   */
  'engine.unreadable-character': { reason: UnreadableCharacter; line: number; column: number; sql: string };
  /**
   * What went wrong with a piece of SQL, inside another sentence (a lesson's setup, a schema file):
   * SQLite's own words as it wrote them, a stop at the time limit, or a crash.
   */
  'engine.sqlite-error': { text: string };
  'engine.stopped': { limitMs: number };
  'engine.crashed': { afterMs: number };
  /** A result the checker had to cut (it had `rows` rows; cap `by` of value `limit`), so it was not compared. */
  'engine.too-big-to-check': { rows: number; by: ResultLimit; limit: number };
}

const seconds = (ms: number, decimal: string) => {
  const s = Math.round(ms / 100) / 10;
  return Number.isInteger(s) ? String(s) : String(s).replace('.', decimal);
};

/** The statement's first line, short, with the unreadable characters made visible. */
function excerpt(sql: string): string {
  const line = (sql.trim().split('\n')[0] ?? '').replace(/\0/g, '␀').replace(/[\uD800-\uDFFF]/g, '�');
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

const EN_CHARACTER: Record<UnreadableCharacter, string> = {
  nul: 'a NUL character (code 0), where SQLite stops reading',
  'unpaired-surrogate': 'a broken character (half of a surrogate pair) that SQLite cannot read',
};

const RU_CHARACTER: Record<UnreadableCharacter, string> = {
  nul: 'нулевой символ (код 0), на котором SQLite прекращает чтение',
  'unpaired-surrogate': 'испорченный символ (половина суррогатной пары), который SQLite не может прочитать',
};

const RU_GENITIVE_VALUES = { one: 'значения', few: 'значений', many: 'значений', other: 'значения' };
const RU_GENITIVE_CHARS = { one: 'символа', few: 'символов', many: 'символов', other: 'символа' };

export const engineMessages: Section<EngineParams> = {
  en: {
    'engine.timeout': ({ limitMs }) => `Stopped after ${seconds(limitMs, '.')} s — your database is as it was before this run.`,
    'engine.crash': ({ afterMs }) =>
      `The database engine crashed after ${seconds(afterMs, '.')} s — your database is as it was before this run.`,
    'engine.sqlite-error': ({ text }) => text,
    'engine.stopped': ({ limitMs }) => `stopped after ${seconds(limitMs, '.')} s, the time limit`,
    'engine.crashed': ({ afterMs }) => `the database engine crashed after ${seconds(afterMs, '.')} s`,
    'engine.unreadable-character': ({ reason, line, column, sql }) =>
      `Line ${line}, column ${column} holds ${EN_CHARACTER[reason]}, in the statement “${excerpt(sql)}”. Nothing was run: delete that character and run again.`,
    'engine.too-big-to-check': ({ rows, by, limit }, s) => {
      const n = s.number(limit);
      const what = {
        maxRows: `${s.count(rows, EN_ROWS)}, and the checker compares at most ${n}`,
        maxCells: `more than ${n} values in all`,
        maxChars: `more than ${n} characters of text in all`,
        maxCellChars: `a value longer than ${n} characters`,
      }[by];
      return `The result is too big to check (${what}). Narrow the query, with WHERE or LIMIT, and check again.`;
    },
  },
  ru: {
    'engine.timeout': ({ limitMs }) => `Остановлено через ${seconds(limitMs, ',')} с — база данных осталась такой, какой была до запуска.`,
    'engine.crash': ({ afterMs }) =>
      `Движок базы данных упал через ${seconds(afterMs, ',')} с — база данных осталась такой, какой была до запуска.`,
    'engine.sqlite-error': ({ text }) => text,
    'engine.stopped': ({ limitMs }) => `остановлено через ${seconds(limitMs, ',')} с — предел времени`,
    'engine.crashed': ({ afterMs }) => `движок базы данных упал через ${seconds(afterMs, ',')} с`,
    'engine.unreadable-character': ({ reason, line, column, sql }) =>
      `В строке ${line}, позиция ${column}, стоит ${RU_CHARACTER[reason]} — в инструкции «${excerpt(sql)}». Ничего не выполнено: удалите этот символ и запустите снова.`,
    'engine.too-big-to-check': ({ rows, by, limit }, s) => {
      const n = s.number(limit);
      const what = {
        maxRows: `${s.count(rows, { one: 'строка', few: 'строки', many: 'строк', other: 'строки' })}, а проверка сравнивает не больше ${n}`,
        maxCells: `больше ${n} ${s.plural(limit, RU_GENITIVE_VALUES)} в сумме`,
        maxChars: `больше ${n} ${s.plural(limit, RU_GENITIVE_CHARS)} текста в сумме`,
        maxCellChars: `значение длиннее ${n} ${s.plural(limit, RU_GENITIVE_CHARS)}`,
      }[by];
      return `Результат слишком велик для проверки (${what}). Сузьте запрос с помощью WHERE или LIMIT и проверьте снова.`;
    },
  },
};
