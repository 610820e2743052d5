/**
 * Box geometry shared by sizing (graph) and drawing (SVG): text widths come from a fixed
 * per-character estimate for a monospace font, so sizes are deterministic and need no DOM.
 */
import type { ErdColumn } from './graph.js';

/** Font sizes (px) and the average advance of a monospace glyph, as a fraction of the size. */
export const FONT_SIZE = 12;
export const SMALL_FONT_SIZE = 10;
// Most monospace faces advance 0.6em (DejaVu Sans Mono 0.602, Menlo 0.602); a little extra keeps text inside.
const ADVANCE = 0.62;

export const HEADER_HEIGHT = 28;
export const ROW_HEIGHT = 20;
export const PAD_X = 10;
/** Gap between the marker, name and type columns of a row. */
export const GAP = 12;
export const MIN_WIDTH = 120;
/** Badge texts on junction boxes in the physical view; the wider one sizes the header. */
export const BADGE_TEXT = { 'many-to-many': 'M:N', 'n-ary': 'N-ary' } as const;
export const HUB_SIZE = 28;

/** Where the three text columns of a table box start, relative to its left edge. */
export interface BoxMetrics {
  width: number;
  height: number;
  markerX: number;
  nameX: number;
  typeX: number;
}

/** Width of `text` in px at `fontSize`; East Asian wide characters and emoji count double. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let units = 0;
  for (const ch of text) units += isWide(ch) ? 2 : 1;
  return Math.ceil(units * fontSize * ADVANCE);
}

function isWide(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    code > 0xffff ||
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** The key markers shown before a column's name: PK, FK, and NN for NOT NULL (implied by PK). */
export function markerText(column: ErdColumn): string {
  const parts: string[] = [];
  if (column.primaryKey) parts.push('PK');
  if (column.foreignKey) parts.push('FK');
  if (column.notNull && !column.primaryKey) parts.push('NN');
  return parts.join(' ');
}

/** Measures a table box (or an n-ary hub with its caption) from its text alone. */
export function measureBox(label: string, columns: ErdColumn[], badge: boolean, kind: 'table' | 'hub' = 'table'): BoxMetrics {
  if (kind === 'hub') {
    const width = Math.max(HUB_SIZE, textWidth(label, SMALL_FONT_SIZE) + 8);
    return { width, height: HUB_SIZE + SMALL_FONT_SIZE + 8, markerX: 0, nameX: 0, typeX: 0 };
  }
  const markerWidth = Math.max(0, ...columns.map((c) => textWidth(markerText(c), SMALL_FONT_SIZE)));
  const nameWidth = Math.max(0, ...columns.map((c) => textWidth(c.name)));
  const typeWidth = Math.max(0, ...columns.map((c) => textWidth(c.type)));
  const markerX = PAD_X;
  const nameX = markerX + (markerWidth > 0 ? markerWidth + GAP : 0);
  const typeX = nameX + nameWidth + GAP;
  const rowsWidth = typeX + typeWidth + PAD_X;
  const badgeWidth = badge ? textWidth(BADGE_TEXT['n-ary'], SMALL_FONT_SIZE) + 12 + GAP : 0;
  const headerWidth = PAD_X + textWidth(label) + badgeWidth + PAD_X;
  const width = Math.max(MIN_WIDTH, rowsWidth, headerWidth);
  // An empty table still shows one blank row so the box reads as a table.
  const height = HEADER_HEIGHT + Math.max(1, columns.length) * ROW_HEIGHT + 4;
  return { width, height, markerX, nameX, typeX };
}
