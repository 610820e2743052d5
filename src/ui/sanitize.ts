/**
 * The only way lesson HTML reaches the page: through the browser's own HTML Sanitizer
 * (`Document.parseHTML` with a sanitizer, always XSS-safe) where it exists, else through DOMPurify,
 * loaded only then; both with the same rules of ours on top. `loadSanitizer()` must have resolved
 * before `sanitizeToFragment` is called (the app and the embed await it while the lesson loads).
 */
import type { DOMPurify as Purify } from 'dompurify';

/**
 * Classes the lesson renderer itself produces. Anything else in a lesson's raw HTML could borrow
 * the app's own styles (a full-screen overlay, a fake dialog), so it is dropped.
 */
const LESSON_CLASSES =
  /^(callout(-[a-z0-9-]+)?|aside(-[a-z0-9-]+)?|hint|embed|embed-missing|wikilink|language-[a-z0-9+#-]+|task-list-item)$/;

/** Elements no lesson may bring, beyond what both sanitisers drop anyway (scripts, handlers, `javascript:` URLs). */
const FORBID_TAGS = ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'dialog', 'template'];
/** Ids could collide with the app's own (aria references, panels); popovers can draw over it. */
const FORBID_ATTR = ['style', 'id', 'name', 'popover', 'popovertarget', 'popovertargetaction', 'autofocus', 'tabindex'];

/** The browser's HTML Sanitizer API (Chromium 146+, Firefox 148+); not yet in the DOM typings. */
interface NativeSanitizing {
  parseHTML(html: string, options: { sanitizer: { removeElements: string[]; removeAttributes: string[] } }): Document;
}

let purify: Purify | null = null;
let loading: Promise<void> | null = null;

function native(): NativeSanitizing | null {
  const parse = (Document as unknown as Partial<NativeSanitizing>).parseHTML;
  return typeof parse === 'function' ? (Document as unknown as NativeSanitizing) : null;
}

/** Resolves when `sanitizeToFragment` can run: at once with the browser's sanitizer, else once DOMPurify has loaded. */
export function loadSanitizer(options: { preferNative?: boolean } = {}): Promise<void> {
  if ((options.preferNative ?? true) && native()) return Promise.resolve();
  loading ??= import('dompurify').then(({ default: loaded }) => {
    purify = loaded;
  });
  return loading;
}

/** Sanitises an HTML string into a fragment: no scripts, handlers, `javascript:` URLs, forms, ids or foreign classes. */
export function sanitizeToFragment(html: string): DocumentFragment {
  const fragment = purify ? purified(purify, html) : nativelySanitized(html);
  tidy(fragment);
  return fragment;
}

function purified(sanitizer: Purify, html: string): DocumentFragment {
  return sanitizer.sanitize(html, { RETURN_DOM_FRAGMENT: true, FORBID_TAGS, FORBID_ATTR, ADD_ATTR: ['target'] });
}

function nativelySanitized(html: string): DocumentFragment {
  const api = native();
  if (!api) throw new Error('No HTML sanitizer is loaded: await loadSanitizer() before rendering lesson HTML.');
  // An inert document: nothing in it loads or runs until its nodes are adopted into the page.
  const parsed = api.parseHTML(html, { sanitizer: { removeElements: FORBID_TAGS, removeAttributes: FORBID_ATTR } });
  const fragment = document.createDocumentFragment();
  fragment.append(...Array.from(parsed.body.childNodes, (node) => document.adoptNode(node)));
  return fragment;
}

/** Attributes that hold an address. */
const URL_ATTRS = new Set([
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'poster',
  'background',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'data',
  'ping',
]);
/** Addresses kept: web, mail and phone links, and relative ones (DOMPurify's own rule, for both sanitisers). */
const SAFE_URL = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
/** What a URL parser ignores, so `java\tscript:` and ` javascript:` are caught too. */
const URL_IGNORED = /[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g;

function safeUrl(element: Element, value: string): boolean {
  const url = value.replace(URL_IGNORED, '');
  // Pictures may be inline data; nothing else may (a data: page is a script in disguise).
  if (/^data:/i.test(url)) return element.localName === 'img' && /^data:image\//i.test(url);
  return SAFE_URL.test(url);
}

/**
 * Our rules on a sanitised fragment, the same after either sanitiser: addresses only of the kinds
 * above, only the lesson renderer's classes, and links open beside the lab, without the opener.
 */
function tidy(fragment: DocumentFragment): void {
  for (const node of fragment.querySelectorAll('*')) {
    for (const attr of Array.from(node.attributes)) {
      const name = attr.name.toLowerCase();
      if (URL_ATTRS.has(name) && !safeUrl(node, attr.value)) node.removeAttributeNode(attr);
      else if (name === 'srcset' && attr.value.split(',').some((candidate) => !safeUrl(node, candidate.trim().split(/\s+/)[0] ?? ''))) {
        node.removeAttributeNode(attr);
      }
    }
  }
  for (const node of fragment.querySelectorAll('[class]')) {
    const kept = Array.from(node.classList).filter((c) => LESSON_CLASSES.test(c));
    if (kept.length > 0) node.setAttribute('class', kept.join(' '));
    else node.removeAttribute('class');
  }
  for (const link of fragment.querySelectorAll('a')) {
    if (link.hasAttribute('href') && !(link.getAttribute('href') ?? '').startsWith('#')) {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    } else {
      link.removeAttribute('target');
    }
  }
}
