/** The diagram section in Russian (its codes and parameters: diagram-messages.ts); part of catalogue-ru.ts. */
import type { PluralForms, Section, Speak } from './section.js';
import type { DiagramParams, JunctionLink } from './diagram-messages.js';

const COLUMNS: PluralForms = { one: 'столбец', few: 'столбца', many: 'столбцов', other: 'столбца' };

const RELATIONSHIPS: PluralForms = { one: 'связь', few: 'связи', many: 'связей', other: 'связи' };

const TABLES: PluralForms = { one: 'таблица', few: 'таблицы', many: 'таблиц', other: 'таблицы' };

const ruLinks = ({ kind, between }: JunctionLink, s: Speak): string => {
  if (kind === 'n-ary') return `связывает ${s.list(between)}, многосторонняя связь (${s.count(between.length, TABLES)})`;
  const [a = '', b = a] = between;
  return `связывает ${a === b ? `${a} с ${b}` : `${a} и ${b}`}, многие ко многим`;
};

const RU_KIND = { 'many-to-one': 'многие к одному', 'one-to-one': 'один к одному' } as const;

const ruAbout = (link: JunctionLink | null, references: string[], s: Speak, now = ''): string =>
  link ? `: ${now}${ruLinks(link, s)}` : references.length > 0 ? `: ${now}ссылается на ${s.list(references)}` : '';

export const diagramRussian: Section<DiagramParams>['ru'] = {
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
};
