/** A tiny element builder: text always goes in as text, never as HTML. */

type Child = Node | string | null | undefined | false;

/** Creates `<tag>` with attributes (`class`, `data-*`, aria…) and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/**
 * A sentence whose `code spans` (a command, an attribute, an id, written in backticks as the
 * catalogue does for the terminal too) become `<code>` elements; the rest stays text.
 */
export function textWithCode(sentence: string): (string | HTMLElement)[] {
  return sentence
    .split(/`([^`]+)`/)
    .map((part, i) => (i % 2 === 1 ? h('code', {}, part) : part))
    .filter((part) => part !== '');
}

/** Sets `name` on an element being reused, or removes it for `undefined`/`null` (as `h` leaves it out). */
export function setAttr(el: Element, name: string, value: string | undefined | null): void {
  if (value === undefined || value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/**
 * `parent`'s children made exactly `count` `<tag>`s long, keeping those it has: a view redrawn as it
 * scrolls refills them rather than making new ones each frame.
 */
export function reuseChildren<K extends keyof HTMLElementTagNameMap>(parent: Element, count: number, tag: K): HTMLElementTagNameMap[K][] {
  while (parent.childElementCount > count) parent.lastElementChild!.remove();
  while (parent.childElementCount < count) parent.append(document.createElement(tag));
  return [...parent.children] as HTMLElementTagNameMap[K][];
}

/**
 * Runs `callback` once, when `element` comes near the viewport (at once where there is no
 * IntersectionObserver), so work for blocks far down a lesson waits until they are scrolled to.
 */
export function whenNearViewport(element: Element, callback: () => void): void {
  if (typeof IntersectionObserver === 'undefined') {
    callback();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      callback();
    },
    { rootMargin: '400px' },
  );
  observer.observe(element);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Parses SVG text made by one of our own renderers (which escape all text they are given) into an
 * element of `doc`. Never use it for markup from anywhere else.
 */
export function parseOwnSvg(text: string, doc: Document, renderer: string): SVGSVGElement {
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
  if (parsed.namespaceURI !== SVG_NS || parsed.localName !== 'svg') {
    throw new Error(`The ${renderer} renderer produced SVG that does not parse.`);
  }
  return doc.importNode(parsed, true) as unknown as SVGSVGElement;
}
