/**
 * Code as highlighted pieces of text, from a lezer grammar: what the page paints as `tok-*` spans
 * before (or without) an editor. Pure, so the build can compute them for the built-in course.
 */
import type { Parser } from '@lezer/common';
import { classHighlighter, highlightCode } from '@lezer/highlight';

/** A run of text and its highlight classes ('' for none); a line break is the text "\n". */
export type HighlightedPiece = [text: string, classes: string];

/** `code` cut into pieces by `parser`'s tree; neighbours of the same kind are joined. */
export function highlightPieces(code: string, parser: Parser): HighlightedPiece[] {
  const pieces: HighlightedPiece[] = [];
  const put = (text: string, classes: string) => {
    const last = pieces.at(-1);
    if (last && last[1] === classes) last[0] += text;
    else pieces.push([text, classes]);
  };
  highlightCode(code, parser.parse(code), classHighlighter, put, () => put('\n', ''));
  return pieces;
}
