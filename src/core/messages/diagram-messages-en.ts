/** The diagram section in English (its codes and parameters: diagram-messages.ts); part of catalogue-en.ts. */
import type { PluralForms, Section, Speak } from './section.js';
import type { DiagramParams, JunctionLink } from './diagram-messages.js';

const EN_COLUMNS: PluralForms = { one: 'column', other: 'columns' };

const EN_RELATIONSHIPS: PluralForms = { one: 'relationship', other: 'relationships' };

const enLinks = ({ kind, between }: JunctionLink, s: Speak): string => {
  if (kind === 'n-ary') return `links ${s.list(between)}, n-ary (${between.length} tables)`;
  const [a = '', b = a] = between;
  return `links ${a === b ? `${a} with ${b}` : `${a} and ${b}`}, many to many`;
};

/** The part after the table's name: what it links, else what it references, else nothing. */
const enAbout = (link: JunctionLink | null, references: string[], s: Speak, now = ''): string =>
  link ? `: ${now}${enLinks(link, s)}` : references.length > 0 ? `: ${now}references ${s.list(references)}` : '';

export const diagramEnglish: Section<DiagramParams>['en'] = {
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
};
