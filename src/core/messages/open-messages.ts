/** Catalogue section: why a lesson from outside the course (a link or a file) could not be opened. */
import type { Message } from './message.js';
import type { Section } from './section.js';

export interface OpenParams {
  'open.invalid-address': { src: string };
  'open.bad-protocol': { protocol: string };
  'open.unreachable': { url: string };
  'open.http-status': { url: string; status: number; statusText: string };
  'open.wrong-type': { url: string; type: string };
  'open.not-markdown-file': { name: string };
  'open.too-large': { name: string };
  'open.binary': { name: string };
  'open.html-page': { name: string };
  'open.timeout': { url: string; seconds: number };
  /** A link that failed while a lesson was open: `detail` says why; the open lesson stays. */
  'open.failed-lesson-kept': { detail: Message };
}

export const openMessages: Section<OpenParams> = {
  en: {
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
  },
  ru: {
    'open.invalid-address': ({ src }) => `«${src}» — неверный адрес.`,
    'open.bad-protocol': ({ protocol }) => `Открыть можно только адреса http и https, а не ${protocol}`,
    'open.unreachable': ({ url }) => `Не удалось связаться с ${url} (нет сети, или сервер этого не разрешает).`,
    'open.http-status': ({ url, status, statusText }) => `${url} ответил ${status} ${statusText}`.trim() + '.',
    'open.wrong-type': ({ url, type }) => `${url} — не файл markdown (сервер отдал его как ${type}).`,
    'open.not-markdown-file': ({ name }) => `${name} — не файл markdown (.md).`,
    'open.too-large': ({ name }) => `${name} слишком велик для урока (больше 2 МБ).`,
    'open.binary': ({ name }) => `${name} похож на двоичный файл, а не на markdown.`,
    'open.html-page': ({ name }) => `${name} — это HTML-страница, а не урок в markdown.`,
    'open.timeout': ({ url, seconds }, s) =>
      `${url} не ответил за ${s.count(seconds, { one: 'секунду', few: 'секунды', many: 'секунд', other: 'секунды' })}.`,
    'open.failed-lesson-kept': ({ detail }, s) => `Урок не открылся: ${s.render(detail)} Текущий урок остался как был.`,
  },
};
