/** Hash routes, so any static host serves the build: `#/en/<lesson-id>`, `#/open?src=<url>`, `#/file/<name>`. */

import { isLanguage, type Language } from '../core/messages/language.js';

export type Route =
  | { kind: 'lesson'; lang: Language; lessonId: string | null }
  | { kind: 'open'; lang: Language; src: string | null }
  /** A lesson opened from a file, reopened from the copy kept in storage. */
  | { kind: 'file'; lang: Language; name: string }
  | { kind: 'complete'; lang: Language };

/** Decodes a path segment; a malformed escape (`100%`) is kept as written rather than failing. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The language a learner gets where the address names none: the browser's, when it is Russian. */
export function browserLanguage(): Language {
  return navigator.language.startsWith('ru') ? 'ru' : 'en';
}

/** Reads a route from `location.hash`; anything unknown falls back to the language's first lesson. */
export function parseRoute(hash: string, fallback: Language = 'en'): Route {
  const path = hash.replace(/^#\/?/, '');
  const [pathname = '', query = ''] = path.split('?', 2);
  const parts = pathname.split('/').filter(Boolean).map(decodeSegment);
  const params = new URLSearchParams(query);
  const asked = params.get('lang');
  const lang = isLanguage(asked) ? asked : fallback;
  if (parts[0] === 'open') return { kind: 'open', lang, src: params.get('src') };
  if (parts[0] === 'file' && parts[1]) return { kind: 'file', lang, name: parts[1] };
  if (parts[0] === 'complete') return { kind: 'complete', lang };
  if (isLanguage(parts[0])) return { kind: 'lesson', lang: parts[0], lessonId: parts[1] ?? null };
  return { kind: 'lesson', lang: fallback, lessonId: null };
}

/** The hash for a route. */
export function formatRoute(route: Route): string {
  if (route.kind === 'complete') return `#/complete${route.lang !== 'en' ? `?lang=${route.lang}` : ''}`;
  if (route.kind === 'open') {
    const params = new URLSearchParams();
    if (route.src) params.set('src', route.src);
    if (route.lang !== 'en') params.set('lang', route.lang);
    const query = params.toString();
    return `#/open${query ? `?${query}` : ''}`;
  }
  if (route.kind === 'file') return `#/file/${encodeURIComponent(route.name)}${route.lang !== 'en' ? `?lang=${route.lang}` : ''}`;
  return `#/${route.lang}${route.lessonId ? `/${encodeURIComponent(route.lessonId)}` : ''}`;
}

/** True for the bare address (no route at all): the app then reopens the learner's last route. */
export function isBareHash(hash: string): boolean {
  return /^#?\/?$/.test(hash);
}
