/** Catalogue section: the words drawn into the ER diagram and the rows picture (titles, descriptions, empty sides). */
import type { Section } from './section.js';
import { EN_ROWS, ROWS } from './words.js';

export interface ErdParams {
  /** The ER diagram's `<title>`. */
  'erd.title': { view: 'physical' | 'logical' };
  /** A count line when no schema description is given. */
  'erd.summary': { tables: number; relationships: number };
  /** The rows picture's `<title>`. */
  'erd.instance-title': { left: string; right: string; junction: string };
  /** The rows picture's `<desc>`. */
  'erd.instance-desc': { left: number; leftTable: string; right: number; rightTable: string; links: number };
  /** Drawn on a side of the rows picture that has no rows. */
  'erd.no-rows': Record<never, never>;
}

export const erdMessages: Section<ErdParams> = {
  en: {
    'erd.title': ({ view }) => `Entity-relationship diagram (${view} view)`,
    'erd.summary': ({ tables, relationships }, s) =>
      `${s.count(tables, { one: 'table', other: 'tables' })}, ${s.count(relationships, { one: 'relationship', other: 'relationships' })}.`,
    'erd.instance-title': ({ left, right, junction }) => `${left} and ${right} linked through ${junction}`,
    'erd.instance-desc': ({ left, leftTable, right, rightTable, links }, s) =>
      `${s.number(left)} ${leftTable} ${s.plural(left, EN_ROWS)}, ${s.number(right)} ${rightTable} ${s.plural(right, EN_ROWS)}, ${s.count(links, { one: 'link', other: 'links' })}.`,
    'erd.no-rows': () => '(no rows)',
  },
  ru: {
    'erd.title': ({ view }) => `ER-диаграмма (${view === 'physical' ? 'физическая' : 'логическая'})`,
    'erd.summary': ({ tables, relationships }, s) =>
      `${s.count(tables, { one: 'таблица', few: 'таблицы', many: 'таблиц', other: 'таблицы' })}, ${s.count(relationships, { one: 'связь', few: 'связи', many: 'связей', other: 'связи' })}.`,
    'erd.instance-title': ({ left, right, junction }) => `${left} и ${right}, связанные через ${junction}`,
    'erd.instance-desc': ({ left, leftTable, right, rightTable, links }, s) =>
      `${leftTable}: ${s.count(left, ROWS)}, ${rightTable}: ${s.count(right, ROWS)}, ${s.count(links, { one: 'связь', few: 'связи', many: 'связей', other: 'связи' })}.`,
    'erd.no-rows': () => '(нет строк)',
  },
};
