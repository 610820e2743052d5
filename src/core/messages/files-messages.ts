/**
 * Catalogue section: the learner's files — exporting the lab database, importing one back, and
 * links that carry the playground's SQL.
 */
import type { Section } from './section.js';

/** Why a file could not be imported: not SQLite at all, damaged inside, not text, or a script that failed. */
export type ImportFailureKind = 'not-sqlite' | 'damaged' | 'not-text' | 'script-failed' | 'unknown-type' | 'too-large';

export interface FilesParams {
  'files.toolbar': Record<never, never>;
  'files.export': Record<never, never>;
  'files.export-sqlite': Record<never, never>;
  'files.export-sql': Record<never, never>;
  'files.import': Record<never, never>;
  'files.copy-link': Record<never, never>;
  'files.drop-database': Record<never, never>;
  'files.exported': { name: string };
  /** `tables`: how many tables the imported database has. */
  'files.imported': { name: string; tables: number };
  /** `detail` is SQLite's own text (or null); `line` is the failing statement's line in a script. */
  'files.import-failed': { name: string; kind: ImportFailureKind; detail: string | null; line: number | null };
  'files.export-failed': { detail: string };
  'files.link-copied': Record<never, never>;
  'files.link-not-copied': Record<never, never>;
  'files.link-opened': Record<never, never>;
  'files.link-unreadable': Record<never, never>;
}

const TABLES = { one: 'таблица', few: 'таблицы', many: 'таблиц', other: 'таблицы' };

export const filesMessages: Section<FilesParams> = {
  en: {
    'files.toolbar': () => 'Database files',
    'files.export': () => 'Export',
    'files.export-sqlite': () => 'Database file (.sqlite)',
    'files.export-sql': () => 'SQL script (.sql)',
    'files.import': () => 'Import…',
    'files.copy-link': () => 'Copy link',
    'files.drop-database': () => 'Drop a .sqlite, .db or .sql file to import it',
    'files.exported': ({ name }) => `Saved ${name}.`,
    'files.imported': ({ name, tables }, s) =>
      `Imported ${name}: the lab database now has ${s.count(tables, { one: 'table', other: 'tables' })}.`,
    'files.import-failed': ({ name, kind, detail, line }) => {
      const why = {
        'not-sqlite': 'it is not an SQLite database',
        damaged: 'the database inside is damaged',
        'not-text': 'it is not a text file of SQL',
        'script-failed': `its SQL stopped${line === null ? '' : ` at line ${line}`}`,
        'unknown-type': 'only .sqlite, .db and .sql files can be imported',
        'too-large': 'it is too large to import here',
      }[kind];
      return `${name} was not imported: ${why}${detail ? ` (${detail})` : ''}. Your database is unchanged.`;
    },
    'files.export-failed': ({ detail }) => `The database could not be exported (${detail}).`,
    'files.link-copied': () => 'Link copied: it opens this lesson with your SQL in the playground.',
    'files.link-not-copied': () => 'The browser did not allow copying: the link is in the address bar.',
    'files.link-opened': () => 'The playground shows the SQL from the link. Nothing has run yet: press Run when you are ready.',
    'files.link-unreadable': () => 'The SQL in this link could not be read (it may be cut short); the playground keeps your own text.',
  },
  ru: {
    'files.toolbar': () => 'Файлы базы данных',
    'files.export': () => 'Экспорт',
    'files.export-sqlite': () => 'Файл базы данных (.sqlite)',
    'files.export-sql': () => 'SQL-скрипт (.sql)',
    'files.import': () => 'Импорт…',
    'files.copy-link': () => 'Копировать ссылку',
    'files.drop-database': () => 'Перетащите файл .sqlite, .db или .sql, чтобы импортировать его',
    'files.exported': ({ name }) => `Файл ${name} сохранён.`,
    'files.imported': ({ name, tables }, s) => `Файл ${name} импортирован: в базе данных теперь ${s.count(tables, TABLES)}.`,
    'files.import-failed': ({ name, kind, detail, line }) => {
      const why = {
        'not-sqlite': 'это не база данных SQLite',
        damaged: 'база данных в нём повреждена',
        'not-text': 'это не текстовый файл с SQL',
        'script-failed': `его SQL остановился${line === null ? '' : ` на строке ${line}`}`,
        'unknown-type': 'импортировать можно только файлы .sqlite, .db и .sql',
        'too-large': 'он слишком велик для импорта',
      }[kind];
      return `Файл ${name} не импортирован: ${why}${detail ? ` («${detail}»)` : ''}. Ваша база данных не изменилась.`;
    },
    'files.export-failed': ({ detail }) => `Не удалось экспортировать базу данных («${detail}»).`,
    'files.link-copied': () => 'Ссылка скопирована: она открывает этот урок с вашим SQL в песочнице.',
    'files.link-not-copied': () => 'Браузер не разрешил копирование: ссылка — в адресной строке.',
    'files.link-opened': () => 'В песочнице — SQL из ссылки. Пока ничего не выполнено: нажмите «Выполнить», когда будете готовы.',
    'files.link-unreadable': () => 'Не удалось прочитать SQL из ссылки (возможно, она обрезана); в песочнице остался ваш текст.',
  },
};
