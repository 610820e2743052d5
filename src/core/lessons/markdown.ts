/**
 * The lesson markdown dialect as HTML strings: CommonMark + GFM tables, `:::` containers, Obsidian
 * embeds, wiki links and callouts. Pure (no DOM); the UI sanitises the output with DOMPurify.
 */
import markdownIt, { type MarkdownIt, type StateCore, type StateInline, type Token } from 'markdown-it';
import container from 'markdown-it-container';
import { escapeHtml } from './escape-html.js';
import { parseInfoString } from './info-string.js';

export interface MarkdownOptions {
  /** Where `![[image.png]]` embeds are resolved (the lesson file's URL); without it they show a placeholder. */
  baseUrl?: string;
}

const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|svg|webp|avif|bmp)$/i;
const CALLOUT_MARKER = /^\[!([A-Za-z][\w-]*)\]([+-]?)[ \t]*(.*)$/;

/** Creates a markdown-it configured for lessons (`html: true`: raw HTML is allowed and sanitised later). */
export function createMarkdown(options: MarkdownOptions = {}): MarkdownIt {
  const md = markdownIt({ html: true, linkify: false, typographer: false });
  md.use(container, 'block', {
    // One container that accepts any name, so unknown names still render (the parser warns about them).
    validate: () => true,
    render(tokens: { info: string; nesting: number }[], idx: number) {
      const token = tokens[idx]!;
      if (token.nesting !== 1) return '</div>\n';
      const name = (parseInfoString(token.info).words[0] ?? '').toLowerCase();
      const cls = name === 'hint' ? 'hint' : `aside aside-${escapeHtml(name.replace(/[^a-z0-9-]/g, ''))}`;
      return `<div class="${cls}">\n`;
    },
  });
  md.core.ruler.after('block', 'obsidian_callouts', callouts);
  md.inline.ruler.before('image', 'obsidian_embed', embeds);
  md.inline.ruler.before('link', 'wiki_link', wikiLinks);
  md.renderer.rules.obsidian_embed = (tokens, idx) => renderEmbed(tokens[idx]!.meta as unknown as EmbedMeta, options.baseUrl);
  if (options.baseUrl) resolveRelativeUrls(md, options.baseUrl);
  md.renderer.rules.wiki_link = (tokens, idx) => {
    const meta = tokens[idx]!.meta as unknown as { target: string; label: string };
    return `<span class="wikilink" data-target="${escapeHtml(meta.target)}">${escapeHtml(meta.label)}</span>`;
  };
  return md;
}

const instances = new Map<string, MarkdownIt>();

/** Renders lesson markdown to an HTML string (unsanitised: the UI runs it through DOMPurify). */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): string {
  const key = options.baseUrl ?? '';
  let md = instances.get(key);
  if (!md) {
    md = createMarkdown(options);
    // A handful of lessons share a base URL; the cap only guards against unbounded distinct bases.
    if (instances.size > 32) instances.clear();
    instances.set(key, md);
  }
  return md.render(source);
}

interface EmbedMeta {
  target: string;
  size: string | null;
}

function renderEmbed(meta: EmbedMeta, baseUrl: string | undefined): string {
  const name = meta.target;
  if (IMAGE_EXTENSIONS.test(name) && baseUrl) {
    const src = resolveAgainst(name, baseUrl);
    if (src) {
      const width = meta.size && /^\d+(x\d+)?$/.test(meta.size) ? ` width="${meta.size.split('x')[0]}"` : '';
      return `<img class="embed" src="${escapeHtml(src)}" alt="${escapeHtml(name)}"${width}>`;
    }
  }
  return `<span class="embed-missing" title="${escapeHtml(name)}">${escapeHtml(name)}</span>`;
}

/** A relative address (`pic.png`, `../img/a.svg`), as opposed to `https:`, `data:`, `/root` or `#anchor`. */
const RELATIVE = /^(?![a-z][a-z0-9+.-]*:|\/|#)/i;

/**
 * A lesson opened from a URL refers to its images and neighbouring files relative to itself, not
 * to the app: resolve plain markdown images and links against the lesson's address.
 */
function resolveRelativeUrls(md: MarkdownIt, baseUrl: string): void {
  const resolve = (token: Token, attr: string) => {
    const value = token.attrGet(attr);
    if (typeof value !== 'string' || !value || !RELATIVE.test(value)) return;
    try {
      token.attrSet(attr, new URL(value, baseUrl).href);
    } catch {
      // Not a URL even relative to the base: leave it; the sanitiser decides what survives.
    }
  };
  const image = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, opts, env, self) => {
    resolve(tokens[idx]!, 'src');
    return image(tokens, idx, opts, env, self);
  };
  md.renderer.rules.link_open = (tokens, idx, opts, _env, self) => {
    resolve(tokens[idx]!, 'href');
    return self.renderToken(tokens, idx, opts);
  };
}

function resolveAgainst(name: string, baseUrl: string): string | null {
  const path = name.split('/').map(encodeURIComponent).join('/');
  try {
    return new URL(path, baseUrl).href;
  } catch {
    return null;
  }
}

/** `![[name.png|300]]`: an Obsidian embed. */
function embeds(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const pos = state.pos;
  if (!src.startsWith('![[', pos)) return false;
  const close = src.indexOf(']]', pos + 3);
  if (close === -1) return false;
  const inner = src.slice(pos + 3, close);
  if (inner.trim() === '' || inner.includes('\n')) return false;
  if (!silent) {
    const [target = '', size = null] = inner.split('|').map((s) => s.trim());
    const token = state.push('obsidian_embed', '', 0);
    token.meta = { target, size } satisfies EmbedMeta;
  }
  state.pos = close + 2;
  return true;
}

/** `[[Other note|label]]`: shown as text, since linked notes are not part of the lesson. */
function wikiLinks(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const pos = state.pos;
  if (!src.startsWith('[[', pos)) return false;
  const close = src.indexOf(']]', pos + 2);
  if (close === -1) return false;
  const inner = src.slice(pos + 2, close);
  if (inner.trim() === '' || inner.includes('\n')) return false;
  if (!silent) {
    const bar = inner.indexOf('|');
    const target = (bar === -1 ? inner : inner.slice(0, bar)).trim();
    const label = bar === -1 ? target.replace(/#/g, ' › ') : inner.slice(bar + 1).trim();
    const token = state.push('wiki_link', '', 0);
    token.meta = { target, label };
  }
  state.pos = close + 2;
  return true;
}

/** Turns `> [!note] Title` blockquotes into `<div class="callout callout-note">` with a title line. */
function callouts(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== 'blockquote_open') continue;
    const paragraph = tokens[i + 1];
    const inline = tokens[i + 2];
    if (paragraph?.type !== 'paragraph_open' || inline?.type !== 'inline') continue;
    const newline = inline.content.indexOf('\n');
    const firstLine = newline === -1 ? inline.content : inline.content.slice(0, newline);
    const match = CALLOUT_MARKER.exec(firstLine);
    if (!match) continue;
    const type = match[1]!.toLowerCase();
    const title = match[3]!.trim() || type.charAt(0).toUpperCase() + type.slice(1);
    const open = tokens[i]!;
    open.tag = 'div';
    open.attrSet('class', `callout callout-${type}`);
    open.attrSet('data-callout', type);
    let depth = 0;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.type === 'blockquote_open') depth++;
      else if (t.type === 'blockquote_close' && --depth === 0) {
        t.tag = 'div';
        break;
      }
    }
    const rest = newline === -1 ? '' : inline.content.slice(newline + 1);
    const titleOpen = new state.Token('paragraph_open', 'p', 1);
    titleOpen.attrSet('class', 'callout-title');
    const titleInline = new state.Token('inline', '', 0);
    titleInline.content = title;
    titleInline.children = [];
    const titleClose = new state.Token('paragraph_close', 'p', -1);
    if (rest.trim() === '') {
      // The marker line was the whole paragraph: replace it by the title.
      tokens.splice(i + 1, 3, titleOpen, titleInline, titleClose);
    } else {
      inline.content = rest;
      tokens.splice(i + 1, 0, titleOpen, titleInline, titleClose);
    }
  }
}
