/**
 * SQL as highlighted pieces, from the lang-sql grammar the editor uses. The build computes them for
 * the built-in course, so its code shows highlighted before the grammar loads on the page.
 */
import { SQLite } from '@codemirror/lang-sql';
import { type HighlightedPiece, highlightPieces } from './highlight-pieces.js';

export function highlightSql(code: string): HighlightedPiece[] {
  return highlightPieces(code, SQLite.language.parser);
}
