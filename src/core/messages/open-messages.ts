/**
 * Catalogue section: why a lesson from outside the course (a link or a file) could not be opened.
 * Its phrases, a file per language: open-messages-en.ts, open-messages-ru.ts.
 */
import type { Message } from './message.js';

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
