/**
 * The `<junction-lesson>` attributes as typed values with defaults: pure functions, so the element
 * and the iframe page (whose hash carries the same names) read them alike.
 */
import { isLanguage, type Language } from '../core/messages/language.js';

/** `theme`: a fixed theme, or the reader's system preference (`auto`, the default). */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** `diagram`: no diagram, or the live ER diagram drawn physically (the default) or logically. */
export type EmbedDiagram = 'none' | 'physical' | 'logical';

/** The attributes the element observes; each change re-reads them. */
export const EMBED_ATTRIBUTES = ['src', 'exercise', 'lang', 'theme', 'diagram', 'height'] as const;

export type EmbedAttribute = (typeof EMBED_ATTRIBUTES)[number];

/** Every attribute read, defaults applied. */
export interface EmbedSettings {
  /** The lesson's address, resolved against the page; null when the markdown is inline. */
  src: string | null;
  /** Show only this exercise (with its section's prose); null shows the whole lesson. */
  exercise: string | null;
  /** The chrome's language; null follows the lesson's own. */
  lang: Language | null;
  theme: EmbedTheme;
  diagram: EmbedDiagram;
  /** A CSS length for the element's height (it scrolls inside); null grows with the content. */
  height: string | null;
}

const trimmed = (value: string | null): string | null => {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
};

/** `light`, `dark` or `auto` (anything else, or nothing). */
export function parseTheme(value: string | null): EmbedTheme {
  const text = trimmed(value)?.toLowerCase();
  return text === 'light' || text === 'dark' ? text : 'auto';
}

/** `none`, `logical` or `physical` (anything else, or nothing). */
export function parseDiagram(value: string | null): EmbedDiagram {
  const text = trimmed(value)?.toLowerCase();
  return text === 'none' || text === 'logical' ? text : 'physical';
}

/** `en` or `ru` (a region such as `ru-RU` counts); anything else is null (the lesson's language). */
export function parseLang(value: string | null): Language | null {
  const text = trimmed(value)?.toLowerCase().split('-')[0];
  return isLanguage(text) ? text : null;
}

const CSS_LENGTH = /^\d+(\.\d+)?(px|rem|em|vh|svh|dvh|%)$/;

/** A bare number is pixels (`480` → `480px`); a CSS length passes as it is; anything else is null. */
export function parseHeight(value: string | null): string | null {
  const text = trimmed(value)?.toLowerCase();
  if (!text) return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) > 0 ? `${text}px` : null;
  return CSS_LENGTH.test(text) && Number.parseFloat(text) > 0 ? text : null;
}

/**
 * The exercise asked for, as written (trimmed): one the lesson lacks, `post_tags` for `post-tags`
 * say, is reported with the ids it has rather than taken for the whole lesson. Null when unset.
 */
export function parseExercise(value: string | null): string | null {
  const text = trimmed(value);
  return text ? text.slice(0, 200) : null;
}

/** The lesson address resolved against `base`; null when there is none or it is not http(s). */
export function parseSrc(value: string | null, base: string): string | null {
  const text = trimmed(value);
  if (!text) return null;
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Reads every attribute through `get` (an element's `getAttribute`, or the iframe's hash). */
export function readSettings(get: (name: EmbedAttribute) => string | null, base: string): EmbedSettings {
  return {
    src: parseSrc(get('src'), base),
    exercise: parseExercise(get('exercise')),
    lang: parseLang(get('lang')),
    theme: parseTheme(get('theme')),
    diagram: parseDiagram(get('diagram')),
    height: parseHeight(get('height')),
  };
}

/**
 * Inline markdown as the author wrote it inside the page: the indentation every line shares (the
 * page's own nesting) removed, and the blank lines around it dropped.
 */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(Math.min(common, /^[ \t]*/.exec(line)![0].length))).join('\n');
}
