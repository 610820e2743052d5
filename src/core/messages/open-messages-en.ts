/** The open section in English (its codes and parameters: open-messages.ts); part of catalogue-en.ts. */
import type { Section } from './section.js';
import type { OpenParams } from './open-messages.js';

export const openEnglish: Section<OpenParams>['en'] = {
  'open.invalid-address': ({ src }) => `"${src}" is not a valid address.`,
  'open.bad-protocol': ({ protocol }) => `Only http and https addresses can be opened, not ${protocol}`,
  'open.unreachable': ({ url }) => `Could not reach ${url} (offline, or the server does not allow it).`,
  'open.http-status': ({ url, status, statusText }) => `${url} answered ${status} ${statusText}`.trim() + '.',
  'open.wrong-type': ({ url, type }) => `${url} is not a markdown file (it was served as ${type}).`,
  'open.not-markdown-file': ({ name }) => `${name} is not a markdown (.md) file.`,
  'open.too-large': ({ name }) => `${name} is too large for a lesson (over 2 MB).`,
  'open.binary': ({ name }) => `${name} looks like a binary file, not markdown.`,
  'open.html-page': ({ name }) => `${name} is an HTML page, not a markdown lesson.`,
  'open.timeout': ({ url, seconds }, s) => `${url} did not answer within ${s.count(seconds, { one: 'second', other: 'seconds' })}.`,
  'open.failed-lesson-kept': ({ detail }, s) => `That lesson could not be opened: ${s.render(detail)} Your current lesson is as it was.`,
};
