/** The author section in Russian (its codes and parameters: author-messages.ts); part of catalogue-ru.ts. */
import type { Section } from './section.js';
import type { AuthorParams } from './author-messages.js';

const PROBLEMS = { one: 'проблема', few: 'проблемы', many: 'проблем', other: 'проблемы' };

export const authorRussian: Section<AuthorParams>['ru'] = {
  'author.serving': ({ dir, url }) =>
    `Уроки из ${dir} открыты по адресу ${url}; сохранённый файл перезагружает свой урок. Остановить — \`Ctrl+C\`.`,
  'author.exposed': ({ host }) => `Адрес ${host} доступен извне: любой, кто достучится до этой машины, прочтёт папку уроков.`,
  'author.not-built': ({ path }) => `приложение не собрано (нет ${path}); сначала выполните \`npm run build\`.`,
  'author.not-a-folder': ({ dir }) => `${dir} — не папка.`,
  'author.port-in-use': ({ port }) => `порт ${port} уже занят; выберите другой через \`--port\`.`,
  'author.panel': ({ dir }) => `Уроки в ${dir}`,
  'author.no-lessons': ({ dir }) => `В ${dir} пока нет файлов уроков (.md): сохраните туда урок, и он появится здесь.`,
  'author.live': () => 'На связи: сохранённый файл урока перезагружается здесь.',
  'author.checking': () => 'Уроки проверяются…',
  'author.lost': () => 'Связь с `junction lessons serve` потеряна; подключаемся снова…',
  'author.reloaded': ({ file }) => `${file} сохранён: урок прочитан заново.`,
  'author.problems': ({ n }, s) => s.count(n, PROBLEMS),
  'author.no-problems': () => '`junction lessons check` не находит проблем.',
};
