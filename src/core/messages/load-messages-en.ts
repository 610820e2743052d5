/** The load section in English (its codes and parameters: load-messages.ts); part of catalogue-en.ts. */
import type { Section } from './section.js';
import type { LoadParams } from './load-messages.js';

export const loadEnglish: Section<LoadParams>['en'] = {
  'load.statement-skipped': ({ statement, error }, s) =>
    `skipped "${statement}": SQLite here cannot run it (${s.render(error)}); the rest of the schema was read without it`,
};
