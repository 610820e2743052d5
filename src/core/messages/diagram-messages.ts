/**
 * Catalogue section: what the ER diagram says to a screen reader — the accessible name of each
 * table and relationship, what a run changed (the live region), which statement is highlighted,
 * and how the keyboard moves through the drawing (codes `diagram.*`).
 */
import type { PluralForms, Section, Speak } from './section.js';

type None = Record<never, never>;

/** What a junction links: its kind and the tables at its ends, in the junction's order. */
export interface JunctionLink {
  kind: 'many-to-many' | 'n-ary';
  between: string[];
}

export interface DiagramParams {
  /** A table's box: its name, how many columns it shows and how many lines touch it. */
  'diagram.table': { table: string; columns: number; relationships: number };
  /** A junction table's box (physical view): what it links first, then the box itself. */
  'diagram.junction': { table: string; link: JunctionLink; columns: number; relationships: number };
  /** The diamond of an n-ary junction (logical view). */
  'diagram.hub': { junction: string; between: string[] };
  /** A foreign-key line: the referencing table, the referenced one, the FK columns. */
  'diagram.foreign-key': { kind: 'many-to-one' | 'one-to-one'; from: string; fromColumns: string[]; to: string };
  /** A folded junction's line (logical view). */
  'diagram.many-to-many': { junction: string; between: string[] };
  /** One arm of an n-ary junction's diamond (logical view), ending on `table`. */
  'diagram.arm': { junction: string; between: string[]; table: string };
  /** Live region, after a run: a table it added, with what it links or references. */
  'diagram.added': { table: string; link: JunctionLink | null; references: string[] };
  'diagram.removed': { table: string };
  /** A table the run altered, with what it now links or newly references. */
  'diagram.changed': { table: string; link: JunctionLink | null; references: string[] };
  /** The caption over a run of several statements: which one the highlight shows. */
  'diagram.statement': { index: number; count: number; line: number; sql: string };
  'diagram.previous-statement': None;
  'diagram.next-statement': None;
  /** How the keyboard moves through the tables and their relationships. */
  'diagram.keys': None;
}

const EN_COLUMNS: PluralForms = { one: 'column', other: 'columns' };
const EN_RELATIONSHIPS: PluralForms = { one: 'relationship', other: 'relationships' };
const COLUMNS: PluralForms = { one: 'столбец', few: 'столбца', many: 'столбцов', other: 'столбца' };
const RELATIONSHIPS: PluralForms = { one: 'связь', few: 'связи', many: 'связей', other: 'связи' };
const TABLES: PluralForms = { one: 'таблица', few: 'таблицы', many: 'таблиц', other: 'таблицы' };

const enLinks = ({ kind, between }: JunctionLink, s: Speak): string => {
  if (kind === 'n-ary') return `links ${s.list(between)}, n-ary (${between.length} tables)`;
  const [a = '', b = a] = between;
  return `links ${a === b ? `${a} with ${b}` : `${a} and ${b}`}, many to many`;
};

const ruLinks = ({ kind, between }: JunctionLink, s: Speak): string => {
  if (kind === 'n-ary') return `связывает ${s.list(between)}, многосторонняя связь (${s.count(between.length, TABLES)})`;
  const [a = '', b = a] = between;
  return `связывает ${a === b ? `${a} с ${b}` : `${a} и ${b}`}, многие ко многим`;
};

const RU_KIND = { 'many-to-one': 'многие к одному', 'one-to-one': 'один к одному' } as const;

/** The part after the table's name: what it links, else what it references, else nothing. */
const enAbout = (link: JunctionLink | null, references: string[], s: Speak, now = ''): string =>
  link ? `: ${now}${enLinks(link, s)}` : references.length > 0 ? `: ${now}references ${s.list(references)}` : '';
const ruAbout = (link: JunctionLink | null, references: string[], s: Speak, now = ''): string =>
  link ? `: ${now}${ruLinks(link, s)}` : references.length > 0 ? `: ${now}ссылается на ${s.list(references)}` : '';

export const diagramMessages: Section<DiagramParams> = {
  en: {
    'diagram.table': ({ table, columns, relationships }, s) =>
      `Table ${table}, ${s.count(columns, EN_COLUMNS)}, ${s.count(relationships, EN_RELATIONSHIPS)}`,
    'diagram.junction': ({ table, link, columns, relationships }, s) =>
      `${table} ${enLinks(link, s)}; junction table, ${s.count(columns, EN_COLUMNS)}, ${s.count(relationships, EN_RELATIONSHIPS)}`,
    'diagram.hub': ({ junction, between }, s) => `${junction} ${enLinks({ kind: 'n-ary', between }, s)}`,
    'diagram.foreign-key': ({ kind, from, fromColumns, to }, s) =>
      `${from} references ${to} through ${s.list(fromColumns)}, ${kind === 'many-to-one' ? 'many to one' : 'one to one'}`,
    'diagram.many-to-many': ({ junction, between }, s) => `${junction} ${enLinks({ kind: 'many-to-many', between }, s)}`,
    'diagram.arm': ({ junction, between, table }, s) => `${junction} ${enLinks({ kind: 'n-ary', between }, s)}: the line to ${table}`,
    'diagram.added': ({ table, link, references }, s) => `Added table ${table}${enAbout(link, references, s)}.`,
    'diagram.removed': ({ table }) => `Removed table ${table}.`,
    'diagram.changed': ({ table, link, references }, s) => `Changed table ${table}${enAbout(link, references, s, 'now ')}.`,
    'diagram.statement': ({ index, count, line, sql }, s) =>
      `Highlighting statement ${s.number(index)} of ${s.number(count)} (line ${s.number(line)}): ${sql}`,
    'diagram.previous-statement': () => 'Highlight the previous statement',
    'diagram.next-statement': () => 'Highlight the next statement',
    'diagram.keys': () =>
      'Up and Down arrows move between tables; Right arrow or Enter lists the relationships of a table, Left arrow or Esc goes back; on a relationship, Enter goes to the table at its other end. Shift with the arrows pans, + and − zoom, 0 fits.',
  },
  ru: {
    'diagram.table': ({ table, columns, relationships }, s) =>
      `Таблица ${table}, ${s.count(columns, COLUMNS)}, ${s.count(relationships, RELATIONSHIPS)}`,
    'diagram.junction': ({ table, link, columns, relationships }, s) =>
      `${table} ${ruLinks(link, s)}; связующая таблица, ${s.count(columns, COLUMNS)}, ${s.count(relationships, RELATIONSHIPS)}`,
    'diagram.hub': ({ junction, between }, s) => `${junction} ${ruLinks({ kind: 'n-ary', between }, s)}`,
    'diagram.foreign-key': ({ kind, from, fromColumns, to }, s) =>
      `${from} ссылается на ${to} через ${s.list(fromColumns)}, ${RU_KIND[kind]}`,
    'diagram.many-to-many': ({ junction, between }, s) => `${junction} ${ruLinks({ kind: 'many-to-many', between }, s)}`,
    'diagram.arm': ({ junction, between, table }, s) => `${junction} ${ruLinks({ kind: 'n-ary', between }, s)}: линия к ${table}`,
    'diagram.added': ({ table, link, references }, s) => `Добавлена таблица ${table}${ruAbout(link, references, s)}.`,
    'diagram.removed': ({ table }) => `Удалена таблица ${table}.`,
    'diagram.changed': ({ table, link, references }, s) => `Изменена таблица ${table}${ruAbout(link, references, s, 'теперь ')}.`,
    'diagram.statement': ({ index, count, line, sql }, s) =>
      `Подсвечен оператор ${s.number(index)} из ${s.number(count)} (строка ${s.number(line)}): ${sql}`,
    'diagram.previous-statement': () => 'Подсветить предыдущий оператор',
    'diagram.next-statement': () => 'Подсветить следующий оператор',
    'diagram.keys': () =>
      'Стрелки вверх и вниз — переход между таблицами; стрелка вправо или Enter — список связей таблицы, стрелка влево или Esc — назад; на связи Enter ведёт к таблице на другом её конце. Shift со стрелками сдвигает вид, + и − меняют масштаб, 0 вписывает диаграмму.',
  },
};
