/** The open section in Russian (its codes and parameters: open-messages.ts); part of catalogue-ru.ts. */
import type { Section } from './section.js';
import type { OpenParams } from './open-messages.js';

export const openRussian: Section<OpenParams>['ru'] = {
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
};
