/**
 * The expressions of a table's generated columns, read from its CREATE TABLE text: SQLite's
 * pragmas say which columns are generated (and whether STORED) but not what they compute.
 */
import { isIdentifier, type SqlToken, tokenizeSql } from '../sql/sql-tokens.js';

/** Words that open a table constraint rather than a column definition. */
const CONSTRAINT_WORDS = new Set(['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'CHECK', 'FOREIGN']);

/**
 * Each generated column's expression text (what sits between the parentheses of `AS (…)`), keyed
 * by lower-cased column name, for the CREATE TABLE statement `sql`.
 */
export function generatedExpressions(sql: string): Map<string, string> {
  const tokens = tokenizeSql(sql);
  const out = new Map<string, string>();
  const open = tokens.findIndex((t) => t.kind === 'symbol' && t.value === '(');
  if (open === -1) return out;
  let depth = 1;
  let definition: SqlToken[] = [];
  const finish = () => {
    const expression = expressionOf(sql, definition);
    const name = definition[0];
    if (expression !== null && isIdentifier(name) && !CONSTRAINT_WORDS.has(name.value.toUpperCase())) {
      out.set(name.value.toLowerCase(), expression);
    }
    definition = [];
  };
  for (const token of tokens.slice(open + 1)) {
    if (token.kind === 'symbol' && token.value === '(') depth++;
    if (token.kind === 'symbol' && token.value === ')') depth--;
    if (depth === 0) break;
    if (depth === 1 && token.kind === 'symbol' && token.value === ',') finish();
    else definition.push(token);
  }
  finish();
  return out;
}

/** The text inside `AS ( … )` of one column definition's tokens, or null when it has none. */
function expressionOf(sql: string, definition: SqlToken[]): string | null {
  const as = definition.findIndex(
    (t, i) =>
      t.kind === 'word' && t.value.toUpperCase() === 'AS' && definition[i + 1]?.kind === 'symbol' && definition[i + 1]?.value === '(',
  );
  if (as === -1) return null;
  let depth = 0;
  for (const token of definition.slice(as + 1)) {
    if (token.kind !== 'symbol') continue;
    if (token.value === '(') depth++;
    if (token.value === ')' && --depth === 0) return sql.slice(definition[as + 1]!.start + 1, token.start).trim();
  }
  return null;
}
