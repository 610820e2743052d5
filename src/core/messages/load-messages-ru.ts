/** The load section in Russian (its codes and parameters: load-messages.ts); part of catalogue-ru.ts. */
import type { Section } from './section.js';
import type { LoadParams } from './load-messages.js';

export const loadRussian: Section<LoadParams>['ru'] = {
  'load.statement-skipped': ({ statement, error }, s) =>
    `пропущен оператор "${statement}": здешний SQLite не может его выполнить (${s.render(error)}); остальная схема прочитана без него`,
};
