/**
 * Compiled lessons (`junction lessons build`) fetched by URL: apart from open-lesson.ts so that the
 * app, which opens only markdown, does not load the compiled file's shape.
 */
import type { CompiledLesson } from '../core/lessons/compile-lesson.js';
import { compiledFileMessage, readCompiledFile, rebaseCompiledHtml } from '../core/lessons/compiled-file.js';
import type { Message } from '../core/messages/message.js';
import { type FetchOptions, fetchText, fileNameOf } from './open-lesson.js';

/** A compiled lesson fetched (`junction lessons build`), its HTML pointing next to where it came from. */
export type OpenedCompiledLesson =
  | { ok: true; compiled: CompiledLesson; fileName: string; source: string }
  | { ok: false; message: Message };

/** Fetches a compiled lesson (JSON); a file of another shape gives a message saying why. */
export async function fetchCompiledLesson(
  src: string,
  base: string = location.href,
  options: FetchOptions = {},
): Promise<OpenedCompiledLesson> {
  const got = await fetchText(src, base, options, (type) => type === '' || type === 'application/json' || type.startsWith('text/'));
  if (!got.ok) return got;
  const read = readCompiledFile(got.text);
  if (!read.ok) return { ok: false, message: compiledFileMessage(read.problem) };
  const { compiled } = read;
  const html = Object.fromEntries(Object.entries(compiled.html).map(([key, value]) => [key, rebaseCompiledHtml(value, got.url.href)]));
  return { ok: true, compiled: { ...compiled, html }, fileName: fileNameOf(got.url), source: `url:${got.url.href}` };
}
