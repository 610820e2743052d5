import { describe, expect, it } from 'vitest';
import type { MessageCode } from '../core/messages/message.js';
import { fetchLesson } from './open-lesson.js';

const BASE = 'https://lessons.example/course/';
const LESSON = '---\nid: demo\ntitle: Demo\n---\n# Demo\n';

/** A fetch that answers `response` (or runs `answer`), as a server would. */
const answering = (answer: (signal: AbortSignal) => Promise<Response>): typeof fetch =>
  ((_url, init) => answer(init?.signal as AbortSignal)) as typeof fetch;
const reply = (body: BodyInit | null, init: ResponseInit = {}) => answering(async () => new Response(body, init));

/** Rejects only when the request is aborted: a server that never answers. */
const neverAnswers = answering(
  (signal) => new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
);

/** Sends headers, then a body that never ends (until the request is aborted). */
const neverFinishes = answering(async (signal) => {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('# Start'));
      signal.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/markdown' } });
});

describe('fetching a lesson by its link', () => {
  it('reads a markdown lesson and remembers where it came from', async () => {
    const opened = await fetchLesson('demo.md', BASE, { fetch: reply(LESSON, { headers: { 'content-type': 'text/markdown' } }) });
    expect(opened).toEqual({ ok: true, markdown: LESSON, fileName: 'demo.md', baseUrl: BASE, source: `url:${BASE}demo.md` });
  });

  it.each<[string, typeof fetch, MessageCode]>([
    ['a 404', reply('nope', { status: 404, statusText: 'Not Found' }), 'open.http-status'],
    ['an HTML page served as HTML', reply('<!doctype html><p>hi', { headers: { 'content-type': 'text/html' } }), 'open.wrong-type'],
    ['an HTML page served as text', reply('<!DOCTYPE html><html><body>x', { headers: { 'content-type': 'text/plain' } }), 'open.html-page'],
    ['a binary', reply(new Uint8Array([0, 1, 2, 255, 0]), { headers: { 'content-type': 'text/plain' } }), 'open.binary'],
    ['an image', reply(new Uint8Array([137, 80, 78, 71]), { headers: { 'content-type': 'image/png' } }), 'open.wrong-type'],
    ['a 5 MB file', reply('a'.repeat(5 * 1024 * 1024), { headers: { 'content-type': 'text/markdown' } }), 'open.too-large'],
    [
      'a file that says it is 50 MB',
      reply('# small', { headers: { 'content-type': 'text/markdown', 'content-length': String(50 * 1024 * 1024) } }),
      'open.too-large',
    ],
    ['a redirect loop', answering(() => Promise.reject(new TypeError('Failed to fetch: redirect count exceeded'))), 'open.unreachable'],
    ['no CORS or a closed port', answering(() => Promise.reject(new TypeError('Failed to fetch'))), 'open.unreachable'],
    ['a server that never answers', neverAnswers, 'open.timeout'],
    ['a body that never ends', neverFinishes, 'open.timeout'],
  ])('gives a message for %s', async (_what, fetch, code) => {
    const opened = await fetchLesson('lesson.md', BASE, { fetch, timeoutMs: 50 });
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.message.code).toBe(code);
  });

  it('says how long it waited', async () => {
    const opened = await fetchLesson('slow.md', BASE, { fetch: neverAnswers, timeoutMs: 20 });
    expect(opened).toEqual({ ok: false, message: { code: 'open.timeout', params: { url: `${BASE}slow.md`, seconds: 1 } } });
  });

  it('refuses addresses that are not http(s) without fetching', async () => {
    const fetch = answering(() => {
      throw new Error('must not fetch');
    });
    for (const src of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/markdown,# x']) {
      const opened = await fetchLesson(src, BASE, { fetch });
      expect(opened.ok ? null : opened.message.code).toBe('open.bad-protocol');
    }
  });
});
