/**
 * The diagram's lines and boxes as drawn, by their markup: a redraw keeps the element of every piece
 * whose markup is unchanged and parses only the new ones. After one statement on a 200-table schema
 * the browser then styles and lays out a few elements, not the whole drawing again.
 */
import { parseOwnSvg } from './dom.js';

/** The elements drawn for each piece of markup (several pieces can share the same markup). */
export type DrawnPieces = Map<string, Element[]>;

/** The pieces of a freshly parsed group, whose children were drawn from `markup` in order. */
export function piecesOf(group: Element, markup: readonly string[]): DrawnPieces {
  const drawn: DrawnPieces = new Map();
  const children = [...group.children];
  markup.forEach((piece, i) => {
    const element = children[i];
    if (element) add(drawn, piece, element);
  });
  return drawn;
}

/**
 * Makes `group` show `markup`: elements of pieces no longer there are removed, unchanged ones stay
 * where they are (untouched, so the browser keeps their style and layout), and new pieces are
 * parsed once, together, and appended. Returns the pieces now drawn.
 */
export function patchPieces(group: Element, drawn: DrawnPieces, markup: readonly string[]): DrawnPieces {
  const next: DrawnPieces = new Map();
  const fresh: string[] = [];
  for (const piece of markup) {
    const kept = drawn.get(piece)?.pop();
    if (kept) add(next, piece, kept);
    else fresh.push(piece);
  }
  for (const elements of drawn.values()) for (const element of elements) element.remove();
  if (fresh.length > 0) {
    const doc = group.ownerDocument;
    const parsed = parseOwnSvg(`<svg xmlns="http://www.w3.org/2000/svg">${fresh.join('')}</svg>`, doc, 'ER');
    const elements = [...parsed.children];
    fresh.forEach((piece, i) => {
      const element = elements[i];
      if (element) add(next, piece, element);
    });
    group.append(...elements);
  }
  return next;
}

function add(drawn: DrawnPieces, piece: string, element: Element): void {
  const list = drawn.get(piece);
  if (list) list.push(element);
  else drawn.set(piece, [element]);
}
