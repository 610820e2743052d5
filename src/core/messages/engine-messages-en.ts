/** The engine section in English (its codes and parameters: engine-messages.ts); part of catalogue-en.ts. */
import type { UnreadableCharacter } from '../engine.js';
import { EN_ROWS } from './words.js';
import type { Section } from './section.js';
import { excerpt, seconds } from './engine-messages.js';
import type { EngineParams } from './engine-messages.js';

const EN_CHARACTER: Record<UnreadableCharacter, string> = {
  nul: 'a NUL character (code 0), where SQLite stops reading',
  'unpaired-surrogate': 'a broken character (half of a surrogate pair) that SQLite cannot read',
};

export const engineEnglish: Section<EngineParams>['en'] = {
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
};
