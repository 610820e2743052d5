/** The erd section in Russian (its codes and parameters: erd-messages.ts); part of catalogue-ru.ts. */
import { ROWS } from './words.js';
import type { Section } from './section.js';
import type { ErdParams } from './erd-messages.js';

export const erdRussian: Section<ErdParams>['ru'] = {
  'erd.title': ({ view }) => `ER-диаграмма (${view === 'physical' ? 'физическая' : 'логическая'})`,
  'erd.summary': ({ tables, relationships }, s) =>
    `${s.count(tables, { one: 'таблица', few: 'таблицы', many: 'таблиц', other: 'таблицы' })}, ${s.count(relationships, { one: 'связь', few: 'связи', many: 'связей', other: 'связи' })}.`,
  'erd.instance-title': ({ left, right, junction }) => `${left} и ${right}, связанные через ${junction}`,
  'erd.instance-desc': ({ left, leftTable, right, rightTable, links }, s) =>
    `${leftTable}: ${s.count(left, ROWS)}, ${rightTable}: ${s.count(right, ROWS)}, ${s.count(links, { one: 'связь', few: 'связи', many: 'связей', other: 'связи' })}.`,
  'erd.no-rows': () => '(нет строк)',
};
