/** The files section in Russian (its codes and parameters: files-messages.ts); part of catalogue-ru.ts. */
import type { Section } from './section.js';
import type { FilesParams } from './files-messages.js';

const TABLES = { one: 'таблица', few: 'таблицы', many: 'таблиц', other: 'таблицы' };

export const filesRussian: Section<FilesParams>['ru'] = {
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
};
