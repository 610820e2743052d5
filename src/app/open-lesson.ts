/** Lessons from outside the course: fetched by URL, or dropped/picked as a file. */

export type OpenedLesson =
  | {
      ok: true;
      markdown: string;
      fileName: string;
      baseUrl?: string;
      /** Where it came from (`url:…`, `file:…`): keeps its progress apart from other lessons'. */
      source: string;
    }
  | { ok: false; message: string };

const MAX_BYTES = 2 * 1024 * 1024;

function fileNameOf(url: URL): string {
  return decodeURIComponent(url.pathname.split('/').pop() || 'lesson.md');
}

/** Fetches a lesson; an HTML page, a binary or a failed request gives a message instead. */
export async function fetchLesson(src: string, base: string = location.href): Promise<OpenedLesson> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return { ok: false, message: `"${src}" is not a valid address.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, message: `Only http and https addresses can be opened, not ${url.protocol}` };
  }
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch {
    return { ok: false, message: `Could not reach ${url.href} (offline, or the server does not allow it).` };
  }
  if (!response.ok) return { ok: false, message: `${url.href} answered ${response.status} ${response.statusText}.`.trim() };
  const type = (response.headers.get('content-type') ?? '').toLowerCase().split(';')[0]!.trim();
  if (!isTextType(type)) {
    return { ok: false, message: `${url.href} is not a markdown file (it was served as ${type}).` };
  }
  const text = await response.text();
  const problem = notMarkdown(text);
  if (problem) return { ok: false, message: `${url.href} ${problem}` };
  return { ok: true, markdown: text, fileName: fileNameOf(url), baseUrl: new URL('.', url).href, source: `url:${url.href}` };
}

/** Reads a dropped or picked file. */
export async function readLessonFile(file: File): Promise<OpenedLesson> {
  if (!/\.(md|markdown|txt)$/i.test(file.name)) {
    return { ok: false, message: `${file.name} is not a markdown (.md) file.` };
  }
  if (file.size > MAX_BYTES) return { ok: false, message: `${file.name} is too large for a lesson (over 2 MB).` };
  const text = await file.text();
  const problem = notMarkdown(text);
  if (problem) return { ok: false, message: `${file.name} ${problem}` };
  return { ok: true, markdown: text, fileName: file.name, source: `file:${file.name}` };
}

/** Markdown is served as text/markdown, text/plain, text/x-markdown… or with no type at all; never HTML. */
function isTextType(type: string): boolean {
  if (type === '') return true;
  if (type === 'text/html') return false;
  return type.startsWith('text/') || /^application\/(x-)?markdown$/.test(type);
}

function notMarkdown(text: string): string | null {
  if (text.length > MAX_BYTES) return 'is too large for a lesson (over 2 MB).';
  if (text.includes('\u0000') || (text.match(/\uFFFD/g)?.length ?? 0) > 16) return 'looks like a binary file, not markdown.';
  if (/^\s*<!doctype html|^\s*<html[\s>]/i.test(text)) return 'is an HTML page, not a markdown lesson.';
  return null;
}
