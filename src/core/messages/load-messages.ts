/** Catalogue section: what reading a schema script reports when some of its statements cannot run. */
import type { Section } from './section.js';

export interface LoadParams {
  /**
   * A statement of a schema script failed and was skipped; the rest was read. `statement` is its
   * start as written, `error` SQLite's own text (for example `no such module: fts5`).
   */
  'load.statement-skipped': { statement: string; error: string };
}

export const loadMessages: Section<LoadParams> = {
  en: {
    'load.statement-skipped': ({ statement, error }) =>
      `skipped "${statement}": SQLite here cannot run it (${error}); the rest of the schema was read without it`,
  },
  ru: {
    'load.statement-skipped': ({ statement, error }) =>
      `пропущен оператор "${statement}": здешний SQLite не может его выполнить (${error}); остальная схема прочитана без него`,
  },
};
