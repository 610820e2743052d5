/** The erd section in English (its codes and parameters: erd-messages.ts); part of catalogue-en.ts. */
import { EN_ROWS } from './words.js';
import type { Section } from './section.js';
import type { ErdParams } from './erd-messages.js';

export const erdEnglish: Section<ErdParams>['en'] = {
  'erd.title': ({ view }) => `Entity-relationship diagram (${view} view)`,
  'erd.summary': ({ tables, relationships }, s) =>
    `${s.count(tables, { one: 'table', other: 'tables' })}, ${s.count(relationships, { one: 'relationship', other: 'relationships' })}.`,
  'erd.instance-title': ({ left, right, junction }) => `${left} and ${right} linked through ${junction}`,
  'erd.instance-desc': ({ left, leftTable, right, rightTable, links }, s) =>
    `${s.number(left)} ${leftTable} ${s.plural(left, EN_ROWS)}, ${s.number(right)} ${rightTable} ${s.plural(right, EN_ROWS)}, ${s.count(links, { one: 'link', other: 'links' })}.`,
  'erd.no-rows': () => '(no rows)',
};
