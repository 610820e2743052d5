/** Reads the target table, columns and literal values of a simple `INSERT … VALUES` statement, for error messages. */
import type { Schema } from '../schema/types.js';

/** The rows an INSERT writes, values as written (strings unquoted); null when the statement is not that simple. */
export interface InsertedRows {
  table: string;
  columns: string[];
  rows: (string | null)[][];
}

const HEAD = /^\s*(?:REPLACE|INSERT(?:\s+OR\s+\w+)?)\s+INTO\s+(?:\w+\.)?["`[]?(\w+)["`\]]?\s*(\(([^)]*)\))?\s*VALUES\s*/i;

/** Parses `INSERT INTO t (a, b) VALUES (1, 'x'), (2, NULL)`; without a column list the schema supplies the columns. */
export function insertedRows(sql: string, schema?: Schema): InsertedRows | null {
  const head = HEAD.exec(sql.replace(/^(\s*--[^\n]*\n)+/, ''));
  if (!head) return null;
  const table = head[1]!;
  let columns: string[];
  if (head[3] !== undefined) columns = head[3].split(',').map((c) => c.trim().replace(/^["`[]|["`\]]$/g, ''));
  else {
    const known = schema?.tables.find((t) => t.name.toLowerCase() === table.toLowerCase());
    if (!known) return null;
    columns = known.columns.filter((c) => c.kind === 'normal').map((c) => c.name);
  }
  const rest = sql.slice(sql.indexOf(head[0]) + head[0].length);
  const rows = tuples(rest);
  return rows ? { table, columns, rows } : null;
}

/** Splits `(1, 'a'), (2, 'b')` into literal values; null when a value is not a plain literal. */
function tuples(text: string): (string | null)[][] | null {
  const rows: (string | null)[][] = [];
  let i = 0;
  const skip = () => {
    while (i < text.length && /[\s,]/.test(text[i]!)) i++;
  };
  skip();
  while (i < text.length && text[i] === '(') {
    i++;
    const row: (string | null)[] = [];
    for (;;) {
      while (/\s/.test(text[i] ?? '')) i++;
      if (text[i] === "'") {
        let value = '';
        i++;
        while (i < text.length && !(text[i] === "'" && text[i + 1] !== "'")) {
          value += text[i];
          i += text[i] === "'" ? 2 : 1;
        }
        i++;
        row.push(value);
      } else {
        const m = /^[-+]?[\w.]+/.exec(text.slice(i));
        if (!m) return null;
        row.push(/^null$/i.test(m[0]) ? null : m[0]);
        i += m[0].length;
      }
      while (/\s/.test(text[i] ?? '')) i++;
      if (text[i] === ',') i++;
      else if (text[i] === ')') {
        i++;
        break;
      } else return null;
    }
    rows.push(row);
    skip();
  }
  return rows.length > 0 ? rows : null;
}
