/**
 * SQL highlighted from tokens alone: keywords, strings, numbers and comments, with the classes the
 * lang-sql grammar's highlighting uses (`tok-*`). It is the first paint of code whose grammar has not
 * loaded (an embed shows its lesson before any editor code arrives); the grammar's pieces replace it.
 */
import type { HighlightedPiece } from './highlight-pieces.js';
import { tokenizeSql } from './sql-tokens.js';

/** SQLite's keywords (https://sqlite.org/lang_keywords.html). */
const KEYWORDS = new Set(
  `ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND AS ASC ATTACH AUTOINCREMENT BEFORE BEGIN BETWEEN BY
  CASCADE CASE CAST CHECK COLLATE COLUMN COMMIT CONFLICT CONSTRAINT CREATE CROSS CURRENT CURRENT_DATE
  CURRENT_TIME CURRENT_TIMESTAMP DATABASE DEFAULT DEFERRABLE DEFERRED DELETE DESC DETACH DISTINCT DO DROP
  EACH ELSE END ESCAPE EXCEPT EXCLUDE EXCLUSIVE EXISTS EXPLAIN FAIL FILTER FIRST FOLLOWING FOR FOREIGN FROM
  FULL GENERATED GLOB GROUP GROUPS HAVING IF IGNORE IMMEDIATE IN INDEX INDEXED INITIALLY INNER INSERT INSTEAD
  INTERSECT INTO IS ISNULL JOIN KEY LAST LEFT LIKE LIMIT MATCH MATERIALIZED NATURAL NO NOT NOTHING NOTNULL
  NULL NULLS OF OFFSET ON OR ORDER OTHERS OUTER OVER PARTITION PLAN PRAGMA PRECEDING PRIMARY QUERY RAISE
  RANGE RECURSIVE REFERENCES REGEXP REINDEX RELEASE RENAME REPLACE RESTRICT RETURNING RIGHT ROLLBACK ROW ROWS
  SAVEPOINT SELECT SET TABLE TEMP TEMPORARY THEN TIES TO TRANSACTION TRIGGER UNBOUNDED UNION UNIQUE UPDATE
  USING VACUUM VALUES VIEW VIRTUAL WHEN WHERE WINDOW WITH WITHOUT`.split(/\s+/),
);
/** Type names, as the grammar marks them. */
const TYPES = new Set('INTEGER INT TEXT REAL BLOB NUMERIC BOOLEAN VARCHAR CHAR DATE DATETIME FLOAT DOUBLE DECIMAL'.split(' '));

const COMMENT = /--[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g;

/** `code` in highlighted pieces; line breaks are pieces of their own, as in `highlightPieces`. */
export function highlightSqlLight(code: string): HighlightedPiece[] {
  const pieces: HighlightedPiece[] = [];
  const put = (text: string, classes: string) => {
    for (const [i, line] of text.split('\n').entries()) {
      if (i > 0) pieces.push(['\n', '']);
      if (!line) continue;
      const last = pieces.at(-1);
      if (last && last[1] === classes && last[0] !== '\n') last[0] += line;
      else pieces.push([line, classes]);
    }
  };
  // Between tokens there is only space and comments.
  const gap = (text: string) => {
    let at = 0;
    for (const m of text.matchAll(COMMENT)) {
      put(text.slice(at, m.index), '');
      put(m[0], 'tok-comment');
      at = m.index + m[0].length;
    }
    put(text.slice(at), '');
  };
  let at = 0;
  for (const token of tokenizeSql(code)) {
    gap(code.slice(at, token.start));
    const text = code.slice(token.start, token.end);
    put(text, classOf(token.kind, text));
    at = token.end;
  }
  gap(code.slice(at));
  return pieces;
}

function classOf(kind: string, text: string): string {
  switch (kind) {
    case 'string':
      return 'tok-string';
    case 'quoted':
      return text[0] === '[' ? '' : 'tok-string2';
    case 'word': {
      const word = text.toUpperCase();
      return KEYWORDS.has(word) ? 'tok-keyword' : TYPES.has(word) ? 'tok-typeName' : '';
    }
    default:
      if (/^\d/.test(text)) return 'tok-number';
      if ('(),'.includes(text)) return 'tok-punctuation';
      return '=<>!*+-/%|&~'.includes(text) ? 'tok-operator' : '';
  }
}
