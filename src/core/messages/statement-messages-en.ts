/** The statement section in English (its codes and parameters: statement-messages.ts); part of catalogue-en.ts. */
import { EN_ROWS } from './words.js';
import type { Section } from './section.js';
import type { StatementParams } from './statement-messages.js';

export const statementEnglish: Section<StatementParams>['en'] = {
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
};
