/**
 * Catalogue section: the authoring loop, `junction lessons serve` — what the terminal says and
 * what the page's authoring panel says about the lessons folder, its problems and the connection.
 */
import type { Section } from './section.js';

export interface AuthorParams {
  /** The terminal, once listening: `dir` as the instructor typed it, `url` to open. */
  'author.serving': { dir: string; url: string };
  /** Bound to an address other machines may reach. */
  'author.exposed': { host: string };
  /** The package's `dist/index.html` is missing: `path` is where it was looked for. */
  'author.not-built': { path: string };
  'author.not-a-folder': { dir: string };
  'author.port-in-use': { port: number };
  /** The panel's heading. */
  'author.panel': { dir: string };
  'author.no-lessons': { dir: string };
  'author.live': Record<never, never>;
  'author.checking': Record<never, never>;
  'author.lost': Record<never, never>;
  /** `file` was saved and the lesson on the page was read again. */
  'author.reloaded': { file: string };
  'author.problems': { n: number };
  'author.no-problems': Record<never, never>;
}

const PROBLEMS = { one: 'проблема', few: 'проблемы', many: 'проблем', other: 'проблемы' };

export const authorMessages: Section<AuthorParams> = {
  en: {
    'author.serving': ({ dir, url }) => `Serving the lessons in ${dir} at ${url} — saving a file reloads its lesson. Ctrl+C stops.`,
    'author.exposed': ({ host }) => `Listening on ${host}: anyone who can reach this machine can read the lessons folder.`,
    'author.not-built': ({ path }) => `the app is not built (there is no ${path}); run \`npm run build\` first.`,
    'author.not-a-folder': ({ dir }) => `${dir} is not a folder.`,
    'author.port-in-use': ({ port }) => `port ${port} is already in use; pick another with \`--port\`.`,
    'author.panel': ({ dir }) => `Lessons in ${dir}`,
    'author.no-lessons': ({ dir }) => `There are no lesson files (.md) in ${dir} yet: save one there and it appears here.`,
    'author.live': () => 'Live: saving a lesson file reloads it here.',
    'author.checking': () => 'Checking the lessons…',
    'author.lost': () => 'The connection to `junction lessons serve` is lost; trying again…',
    'author.reloaded': ({ file }) => `${file} was saved: the lesson is read again.`,
    'author.problems': ({ n }, s) => s.count(n, { one: 'problem', other: 'problems' }),
    'author.no-problems': () => '`junction lessons check` finds no problems.',
  },
  ru: {
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
  },
};
