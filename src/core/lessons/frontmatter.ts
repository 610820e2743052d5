/** Cuts the YAML frontmatter off a lesson file and reads its keys with their file lines. */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { msg } from '../messages/message.js';
import type { LessonWarning } from './types.js';

/** The frontmatter's known keys, each with the 1-based file line where its value starts. */
export interface Frontmatter {
  /** True when the file starts with a closed `---` block (even if its YAML is bad). */
  present: boolean;
  values: Partial<Record<FrontmatterKey, { value: unknown; line: number }>>;
  /** The body after the block, and the 1-based file line it starts on. */
  body: string;
  bodyLine: number;
  warnings: LessonWarning[];
}

export type FrontmatterKey = 'id' | 'title' | 'summary' | 'setup' | 'variant' | 'lang';
const KEYS: readonly FrontmatterKey[] = ['id', 'title', 'summary', 'setup', 'variant', 'lang'];

/** Splits `text` into frontmatter and body; bad YAML gives warnings and no values, never an exception. */
export function readFrontmatter(text: string): Frontmatter {
  const lines = text.split('\n');
  const none: Frontmatter = { present: false, values: {}, body: text, bodyLine: 1, warnings: [] };
  if ((lines[0] ?? '').trimEnd() !== '---') return none;
  const close = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
  if (close === -1) {
    return { ...none, warnings: [{ line: 1, message: msg('lesson.frontmatter-unclosed') }] };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const result: Frontmatter = {
    present: true,
    values: {},
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
    warnings: [],
  };
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  // YAML line 1 is file line 2: the opening `---` is line 1.
  const fileLine = (offset: number) => counter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      result.warnings.push({ line: fileLine(error.pos[0]), message: msg('lesson.bad-yaml', { error: firstLine(error.message) }) });
    }
    return result;
  }
  if (doc.contents === null) return result;
  if (!isMap(doc.contents)) {
    result.warnings.push({ line: 2, message: msg('lesson.frontmatter-not-mapping') });
    return result;
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyLine = isScalar(pair.key) && pair.key.range ? fileLine(pair.key.range[0]) : 2;
    if ((KEYS as readonly string[]).includes(key)) {
      let line = keyLine;
      if (isScalar(pair.value) && pair.value.range) {
        line = fileLine(pair.value.range[0]);
        // A block scalar (`setup: |`) starts its text on the next line.
        if (pair.value.type === 'BLOCK_LITERAL' || pair.value.type === 'BLOCK_FOLDED') line++;
      }
      const value = isScalar(pair.value) ? pair.value.value : pair.value === null ? null : (pair.value as { toJSON(): unknown }).toJSON();
      result.values[key as FrontmatterKey] = { value, line };
      continue;
    }
    const near = KEYS.find((k) => editDistance(k, key.toLowerCase()) <= (k.length <= 3 ? 1 : 2));
    // Other keys (tags, aliases, …) are kept by Obsidian notes and are fine; only likely typos are reported.
    if (near) result.warnings.push({ line: keyLine, message: msg('lesson.unknown-frontmatter-key', { key, near }) });
  }
  return result;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length]!;
}
