/**
 * Crow's-foot line ends drawn as plain geometry at a route's end (not SVG markers), so each end
 * belongs to its edge's group, takes the edge's styles, and needs no document-wide ids.
 */
import type { EndCardinality } from './cardinality.js';
import type { Point } from './geometry.js';

/** Strokes (an SVG path `d`) and an optional hollow circle, for one line end. */
export interface EndGlyph {
  d: string;
  circle: Point | null;
}

export const CIRCLE_RADIUS = 4;
const HALF_BAR = 6;
const FOOT_LENGTH = 10;
export const FOOT_SPREAD = 7;

/**
 * The glyph for `end` at `tip` (on the box border), where the line arrives from `from`.
 * one: two bars; zero-or-one: bar and circle; many: foot and bar; zero-or-many: foot and circle.
 */
export function endGlyph(end: EndCardinality, tip: Point, from: Point): EndGlyph {
  const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const dir = { x: (tip.x - from.x) / length, y: (tip.y - from.y) / length };
  // Local coordinates: u runs along the line (0 at the tip, negative away from the box), v across it.
  const at = (u: number, v: number): Point => ({
    x: round(tip.x + u * dir.x - v * dir.y),
    y: round(tip.y + u * dir.y + v * dir.x),
  });
  const bar = (u: number): string => segment(at(-u, -HALF_BAR), at(-u, HALF_BAR));
  const foot = segment(at(-FOOT_LENGTH, 0), at(0, -FOOT_SPREAD)) + segment(at(-FOOT_LENGTH, 0), at(0, FOOT_SPREAD));
  switch (end) {
    case 'one':
      return { d: bar(6) + bar(10), circle: null };
    case 'zero-or-one':
      return { d: bar(6), circle: at(-14, 0) };
    case 'many':
      return { d: foot + bar(14), circle: null };
    case 'zero-or-many':
      return { d: foot, circle: at(-15, 0) };
    default:
      throw new Error(`Unknown line end "${String(end satisfies never)}".`);
  }
}

function segment(a: Point, b: Point): string {
  return `M${a.x} ${a.y}L${b.x} ${b.y}`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
