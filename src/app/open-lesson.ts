/** Lessons from outside the course: fetched by URL, or dropped/picked as a file. */
import { type Message, msg } from '../core/messages/message.js';

export type OpenedLesson =
  | {
      ok: true;
      markdown: string;
      fileName: string;
      baseUrl?: string;
      /** Where it came from (`url:…`, `file:…`): keeps its progress apart from other lessons'. */
      source: string;
    }
  | { ok: false; message: Message };

const MAX_BYTES = 2 * 1024 * 1024;
/** How long a lesson link may take to answer, body included, before it counts as failed. */
export const FETCH_TIMEOUT_MS = 15_000;

export interface FetchOptions {
  timeoutMs?: number;
  /** The fetch to use (tests hand in one that never answers). */
  fetch?: typeof fetch;
}

export function fileNameOf(url: URL): string {
  return decodeURIComponent(url.pathname.split('/').pop() || 'lesson.md');
}

/**
 * Fetches a lesson; an HTML page, a binary, a failed request or one that takes longer than the
 * time limit gives a message instead.
 */
export async function fetchLesson(src: string, base: string = location.href, options: FetchOptions = {}): Promise<OpenedLesson> {
  const got = await fetchText(src, base, options, isTextType);
  if (!got.ok) return got;
  const { text, url } = got;
  const problem = notMarkdown(text, url.href);
  if (problem) return { ok: false, message: problem };
  return { ok: true, markdown: text, fileName: fileNameOf(url), baseUrl: new URL('.', url).href, source: `url:${url.href}` };
}

/** The text at `src`, when it answers in time with a type `accepts` takes and a size a lesson may have. */
export async function fetchText(
  src: string,
  base: string,
  options: FetchOptions,
  accepts: (type: string) => boolean,
): Promise<{ ok: true; text: string; url: URL } | { ok: false; message: Message }> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return { ok: false, message: msg('open.invalid-address', { src }) };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, message: msg('open.bad-protocol', { protocol: url.protocol }) };
  }
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timedOut = { ok: false, message: msg('open.timeout', { url: url.href, seconds: Math.ceil(timeoutMs / 1000) }) } as const;
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, { credentials: 'omit', signal: controller.signal });
    } catch {
      return controller.signal.aborted ? timedOut : { ok: false, message: msg('open.unreachable', { url: url.href }) };
    }
    if (!response.ok)
      return { ok: false, message: msg('open.http-status', { url: url.href, status: response.status, statusText: response.statusText }) };
    const type = (response.headers.get('content-type') ?? '').toLowerCase().split(';')[0]!.trim();
    if (!accepts(type)) {
      return { ok: false, message: msg('open.wrong-type', { url: url.href, type }) };
    }
    if (Number(response.headers.get('content-length')) > MAX_BYTES * 4)
      return { ok: false, message: msg('open.too-large', { name: url.href }) };
    try {
      return { ok: true, text: await response.text(), url };
    } catch {
      return controller.signal.aborted ? timedOut : { ok: false, message: msg('open.unreachable', { url: url.href }) };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a dropped or picked file. */
export async function readLessonFile(file: File): Promise<OpenedLesson> {
  if (!/\.(md|markdown|txt)$/i.test(file.name)) {
    return { ok: false, message: msg('open.not-markdown-file', { name: file.name }) };
  }
  if (file.size > MAX_BYTES) return { ok: false, message: msg('open.too-large', { name: file.name }) };
  const text = await file.text();
  const problem = notMarkdown(text, file.name);
  if (problem) return { ok: false, message: problem };
  return { ok: true, markdown: text, fileName: file.name, source: `file:${file.name}` };
}

/** Markdown is served as text/markdown, text/plain, text/x-markdown… or with no type at all; never HTML. */
function isTextType(type: string): boolean {
  if (type === '') return true;
  if (type === 'text/html') return false;
  return type.startsWith('text/') || /^application\/(x-)?markdown$/.test(type);
}

function notMarkdown(text: string, name: string): Message | null {
  if (text.length > MAX_BYTES) return msg('open.too-large', { name });
  if (text.includes('\u0000') || (text.match(/\uFFFD/g)?.length ?? 0) > 16) return msg('open.binary', { name });
  if (/^\s*<!doctype html|^\s*<html[\s>]/i.test(text)) return msg('open.html-page', { name });
  return null;
}
