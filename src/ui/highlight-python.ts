/** Python as highlighted pieces (the `@lezer/python` grammar), loaded by `highlightStatic` on first use. */
import { parser } from '@lezer/python';
import { type HighlightedPiece, highlightPieces } from '../core/sql/highlight-pieces.js';

export function highlightPython(code: string): HighlightedPiece[] {
  return highlightPieces(code, parser);
}
