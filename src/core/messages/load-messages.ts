/** Catalogue section: what reading a schema script reports when some of its statements cannot run. */
import type { Message } from './message.js';
import type { Section } from './section.js';

export interface LoadParams {
  /**
   * A statement of a schema script failed and was skipped; the rest was read. `statement` is its
   * start as written, `error` what went wrong (SQLite's own text, say `no such module: fts5`).
   */
  'load.statement-skipped': { statement: string; error: Message };
}

export const loadMessages: Section<LoadParams> = {
  en: {
    'load.statement-skipped': ({ statement, error }, s) =>
      `skipped "${statement}": SQLite here cannot run it (${s.render(error)}); the rest of the schema was read without it`,
  },
  ru: {
    'load.statement-skipped': ({ statement, error }, s) =>
      `пропущен оператор "${statement}": здешний SQLite не может его выполнить (${s.render(error)}); остальная схема прочитана без него`,
  },
};
