/**
 * A small SQLite tokenizer, enough to find identifiers and statement boundaries: it knows
 * SQLite's four identifier quotes, string literals and both comment styles, and nothing more.
 */

/** `word` is a bare word (keyword or identifier), `quoted` a quoted identifier, `string` a literal. */
export type SqlTokenKind = 'word' | 'quoted' | 'string' | 'symbol';

export interface SqlToken {
  kind: SqlTokenKind;
  /** The identifier or literal without quotes (escaped quotes undone), or the symbol itself. */
  value: string;
  /** Offset of the token in the text. */
  start: number;
  /** Offset just past it (past the closing quote of a quoted one). */
  end: number;
}

const CLOSER: Record<string, string> = { '"': '"', '`': '`', '[': ']', "'": "'" };

/** Splits `text` into tokens, skipping whitespace and comments; an unclosed quote runs to the end. */
export function tokenizeSql(text: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '-' && text[i + 1] === '-') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 2;
    } else if (c in CLOSER) {
      const closer = CLOSER[c]!;
      let value = '';
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] !== closer) value += text[j];
        // Doubling the quote escapes it, except for [brackets], which have no escape.
        else if (closer !== ']' && text[j + 1] === closer) value += text[j++];
        else break;
      }
      tokens.push({ kind: c === "'" ? 'string' : 'quoted', value, start: i, end: Math.min(j + 1, text.length) });
      i = j + 1;
    } else if (/[\p{L}_]/u.test(c)) {
      let j = i + 1;
      while (j < text.length && /[\p{L}\p{N}_$]/u.test(text[j]!)) j++;
      tokens.push({ kind: 'word', value: text.slice(i, j), start: i, end: j });
      i = j;
    } else if (/\d/.test(c)) {
      let j = i + 1;
      while (j < text.length && /[\w.]/.test(text[j]!)) j++;
      tokens.push({ kind: 'symbol', value: text.slice(i, j), start: i, end: j });
      i = j;
    } else {
      tokens.push({ kind: 'symbol', value: c, start: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}

/**
 * The offset of the first token in `text` between `from` and `to`, skipping whitespace, comments
 * and `;` (or `to` when there is none). Reads only what it skips, so walking a script statement by
 * statement with it reads every character once.
 */
export function firstTokenAt(text: string, from: number, to: number = text.length): number {
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (c === ';' || /\s/.test(c)) {
      i++;
    } else if (c === '-' && text[i + 1] === '-') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? to : nl + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? to : close + 2;
    } else {
      return i;
    }
  }
  return to;
}

/** True for a token that can name a table or alias (a bare word or a quoted identifier). */
export function isIdentifier(token: SqlToken | undefined): token is SqlToken {
  return token !== undefined && (token.kind === 'word' || token.kind === 'quoted');
}

/**
 * The statements of `text` split at top-level semicolons (blank ones dropped). Trigger bodies get
 * split too, which is harmless for callers that only read: no semicolon SQLite sees is ever missed.
 */
export function splitStatements(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const token of tokenizeSql(text)) {
    if (token.kind !== 'symbol' || token.value !== ';') continue;
    out.push(text.slice(from, token.start));
    from = token.start + 1;
  }
  out.push(text.slice(from));
  return out.filter((s) => tokenizeSql(s).length > 0).map((s) => s.trim());
}
