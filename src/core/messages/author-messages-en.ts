/** The author section in English (its codes and parameters: author-messages.ts); part of catalogue-en.ts. */
import type { Section } from './section.js';
import type { AuthorParams } from './author-messages.js';

export const authorEnglish: Section<AuthorParams>['en'] = {
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
};
