/** Splits a fenced block's info string or a container's parameters into words and `key=value` attributes. */
import type { ForeignKeyAction } from '../schema/types.js';
import type { JunctionRule, TrapKind } from './types.js';

/** A parsed info string: `sql exercise id=enroll title="Enrol Ada"` → words `[sql, exercise]`, attributes. */
export interface InfoString {
  /** Bare words in order (the first is the language for fences, the name for containers). */
  words: string[];
  /** Attributes in order; a repeated key is kept once per occurrence so the caller can warn. */
  attributes: { key: string; value: string }[];
  /** Problems with the text itself (an unclosed quote, an empty value). */
  problems: InfoStringProblem[];
}

/** What is wrong with the text of an info string; `text` is the whole (trimmed) info string. */
export type InfoStringProblem =
  | { kind: 'unclosed-quote'; text: string }
  | { kind: 'unexpected-quote'; word: string }
  | { kind: 'nameless-value'; text: string }
  | { kind: 'unclosed-value'; key: string }
  | { kind: 'empty-value'; key: string };

/**
 * Reads bare words and `key=value` pairs, where a value is a bare word or a double-quoted string
 * with `\"` and `\\` escapes. Never throws: bad pieces become `problems`.
 */
export function parseInfoString(text: string): InfoString {
  const result: InfoString = { words: [], attributes: [], problems: [] };
  let i = 0;
  const n = text.length;
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
  while (i < n) {
    while (i < n && isSpace(text[i])) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpace(text[i]) && text[i] !== '=' && text[i] !== '"') i++;
    const word = text.slice(start, i);
    if (text[i] === '"' && word === '') {
      // A quoted string standing alone is not part of the format; keep it as a word so it is reported.
      const { value, end, closed } = readQuoted(text, i);
      if (!closed) result.problems.push({ kind: 'unclosed-quote', text: text.trim() });
      result.words.push(value);
      i = end;
      continue;
    }
    if (text[i] !== '=') {
      if (text[i] === '"') {
        result.problems.push({ kind: 'unexpected-quote', word });
        const { end } = readQuoted(text, i);
        i = end;
      }
      result.words.push(word);
      continue;
    }
    i++; // past '='
    if (word === '') result.problems.push({ kind: 'nameless-value', text: text.trim() });
    if (text[i] === '"') {
      const { value, end, closed } = readQuoted(text, i);
      if (!closed) result.problems.push({ kind: 'unclosed-value', key: word });
      if (word !== '') result.attributes.push({ key: word, value });
      i = end;
    } else {
      const vStart = i;
      while (i < n && !isSpace(text[i])) i++;
      const value = text.slice(vStart, i);
      if (value === '') result.problems.push({ kind: 'empty-value', key: word });
      else if (word !== '') result.attributes.push({ key: word, value });
    }
  }
  return result;
}

function readQuoted(text: string, open: number): { value: string; end: number; closed: boolean } {
  let value = '';
  let i = open + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) {
      value += text[i + 1];
      i += 2;
    } else if (c === '"') {
      return { value, end: i + 1, closed: true };
    } else {
      value += c;
      i++;
    }
  }
  return { value, end: i, closed: false };
}

/** Every trap data kind, in the order the checker builds them. */
export const TRAP_KINDS: readonly TrapKind[] = [
  'no-pairs',
  'many-pairs',
  'misaligned-ids',
  'duplicate-values',
  'nulls',
  'self-pairs',
  'ties',
];

/** The words `rules=` accepts (`on-delete` takes an action: `on-delete=cascade`). */
export const RULE_NAMES: readonly string[] = ['pair-unique', 'fks-not-null', 'fk-targets', 'on-delete', 'no-self-pair', 'reverse-index'];

const ON_DELETE: Record<string, ForeignKeyAction> = {
  cascade: 'CASCADE',
  restrict: 'RESTRICT',
  'set-null': 'SET NULL',
  'set-default': 'SET DEFAULT',
  'no-action': 'NO ACTION',
};

/** A comma-separated attribute value read into items, or the first item it does not know (`bad`). */
export type ListValue<T> = { items: T[] } | { bad: string };

/** Reads `traps=off`, `traps=all` or `traps=no-pairs,ties`; `off` is an empty list, `all` every kind. */
export function parseTrapsValue(value: string): ListValue<TrapKind> {
  const words = value.split(',').map((w) => w.trim().toLowerCase());
  if (words.length === 1 && words[0] === 'off') return { items: [] };
  if (words.length === 1 && words[0] === 'all') return { items: [...TRAP_KINDS] };
  const items: TrapKind[] = [];
  for (const word of words) {
    const kind = TRAP_KINDS.find((k) => k === word);
    if (!kind) return { bad: word };
    if (!items.includes(kind)) items.push(kind);
  }
  return { items };
}

/** Reads `rules=pair-unique,fks-not-null,on-delete=cascade`; an unknown rule or action is `bad`. */
export function parseRulesValue(value: string): ListValue<JunctionRule> {
  const items: JunctionRule[] = [];
  for (const raw of value.split(',')) {
    const word = raw.trim().toLowerCase();
    const [name, argument] = word.split('=', 2) as [string, string | undefined];
    if (name === 'on-delete') {
      const action = argument === undefined ? undefined : ON_DELETE[argument];
      if (!action) return { bad: word };
      items.push({ kind: 'on-delete', action });
      continue;
    }
    if (argument !== undefined) return { bad: word };
    if (name === 'pair-unique' || name === 'fks-not-null' || name === 'fk-targets' || name === 'no-self-pair' || name === 'reverse-index') {
      if (!items.some((r) => r.kind === name)) items.push({ kind: name });
    } else return { bad: word };
  }
  return { items };
}
