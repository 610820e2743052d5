/** Finds whether a SQL statement ends in a top-level ORDER BY, which makes an exercise's row order matter. */

/** A word of SQL outside strings, quoted identifiers and comments, with its parenthesis depth. */
interface Word {
  text: string;
  depth: number;
}

/** Upper-cased bare words with their parenthesis depth; strings, quoted names and comments are skipped. */
export function sqlWords(sql: string): Word[] {
  const words: Word[] = [];
  let depth = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"' || c === '`' || c === '[') {
      const close = c === '[' ? ']' : c;
      i++;
      while (i < sql.length) {
        if (sql[i] === close) {
          // A doubled quote is an escaped quote inside the string, not its end.
          if (close !== ']' && sql[i + 1] === close) i += 2;
          else break;
        } else i++;
      }
      i++;
    } else if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      i = nl === -1 ? sql.length : nl + 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      const close = sql.indexOf('*/', i + 2);
      i = close === -1 ? sql.length : close + 2;
    } else if (c === '(') {
      depth++;
      i++;
    } else if (c === ')') {
      depth = Math.max(0, depth - 1);
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      const start = i;
      while (i < sql.length && /[\w$]/.test(sql[i]!)) i++;
      words.push({ text: sql.slice(start, i).toUpperCase(), depth });
    } else i++;
  }
  return words;
}

// After the final ORDER BY only its terms, COLLATE/ASC/DESC/NULLS and LIMIT/OFFSET may follow; any of
// these words at the top level would mean the ORDER BY belonged to something else.
const CLAUSE_WORDS = new Set([
  'SELECT',
  'FROM',
  'WHERE',
  'GROUP',
  'HAVING',
  'UNION',
  'INTERSECT',
  'EXCEPT',
  'VALUES',
  'WINDOW',
  'RETURNING',
  'SET',
  'ON',
  'JOIN',
]);

/** True when the statement's last clause (before LIMIT/OFFSET) is an ORDER BY outside any subquery. */
export function endsWithTopLevelOrderBy(sql: string): boolean {
  const words = sqlWords(sql);
  let orderAt = -1;
  for (let i = 0; i < words.length - 1; i++) {
    if (words[i]!.depth === 0 && words[i]!.text === 'ORDER' && words[i + 1]!.text === 'BY' && words[i + 1]!.depth === 0) orderAt = i;
  }
  if (orderAt === -1) return false;
  if (words[0]?.text !== 'SELECT' && words[0]?.text !== 'WITH' && words[0]?.text !== 'VALUES') return false;
  return words.slice(orderAt + 2).every((w) => w.depth > 0 || !CLAUSE_WORDS.has(w.text));
}
