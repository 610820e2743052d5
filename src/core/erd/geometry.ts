/**
 * Plane geometry shared by routing, label placement and the readability measures: rectangles,
 * axis-parallel segments, and the boxes an edge's label and line ends occupy once drawn.
 */
import { CIRCLE_RADIUS, FOOT_SPREAD } from './crows-foot.js';
import { SMALL_FONT_SIZE, textWidth } from './metrics.js';

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far along the line a crow's-foot end reaches from its tip (the circle of `zero-or-many`). */
export const END_REACH = 15 + CIRCLE_RADIUS;
/** Half the width of a line end across the line. */
export const END_HALF_WIDTH = Math.max(FOOT_SPREAD, CIRCLE_RADIUS, 6);
/** Height of a label's box: one line of small text, with a pixel of air. */
export const LABEL_HEIGHT = SMALL_FONT_SIZE + 4;

/** The smallest rectangle holding every rect and point given (infinite when given none). */
export function extentOf(rects: Iterable<Rect>, points: Iterable<Point> = []): Rect {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const r of rects) {
    if (r.x < x0) x0 = r.x;
    if (r.y < y0) y0 = r.y;
    if (r.x + r.width > x1) x1 = r.x + r.width;
    if (r.y + r.height > y1) y1 = r.y + r.height;
  }
  for (const p of points) {
    if (p.x < x0) x0 = p.x;
    if (p.y < y0) y0 = p.y;
    if (p.x > x1) x1 = p.x;
    if (p.y > y1) y1 = p.y;
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** True when the open interiors of `a` and `b` intersect (touching borders do not count). */
export function rectsOverlap(a: Rect, b: Rect, margin = 0): boolean {
  return a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
}

/** `r` grown by `by` on every side. */
export function inflate(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

/**
 * Where the segment `p`–`q` is inside the open rectangle `r`, as the parameters [t0, t1] of the part
 * inside (Liang–Barsky clipping), or null when it misses the interior.
 */
export function clipSegment(p: Point, q: Point, r: Rect): [number, number] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const edges: [number, number][] = [
    [-dx, p.x - r.x],
    [dx, r.x + r.width - p.x],
    [-dy, p.y - r.y],
    [dy, r.y + r.height - p.y],
  ];
  for (const [pe, qe] of edges) {
    if (pe === 0) {
      if (qe <= 0) return null;
      continue;
    }
    const t = qe / pe;
    if (pe < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return null;
  }
  return [t0, t1];
}

/** True when the segment `p`–`q` runs through the interior of `r` (running along its border does not count). */
export function segmentCrossesRect(p: Point, q: Point, r: Rect): boolean {
  const inside = clipSegment(p, q, r);
  return inside !== null && inside[1] - inside[0] > 1e-9;
}

export function polylineCrossesRect(points: readonly Point[], r: Rect): boolean {
  for (let i = 1; i < points.length; i++) if (segmentCrossesRect(points[i - 1]!, points[i]!, r)) return true;
  return false;
}

/**
 * True when two segments cross at a point interior to both: a proper crossing, not a shared end,
 * a touch, or a collinear overlap.
 */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const o = (p: Point, q: Point, r: Point) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  const o1 = o(a, b, c);
  const o2 = o(a, b, d);
  const o3 = o(c, d, a);
  const o4 = o(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/** The box a label of `text` occupies when centred on `at`. */
export function labelRect(text: string, at: Point): Rect {
  const width = textWidth(text, SMALL_FONT_SIZE) + 4;
  return { x: at.x - width / 2, y: at.y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
}

/** The box a line end drawn at `tip` (the first point of `points`, arriving from the second) occupies. */
export function endRect(tip: Point, from: Point): Rect {
  const horizontal = tip.y === from.y;
  const sign = horizontal ? Math.sign(from.x - tip.x) || 1 : Math.sign(from.y - tip.y) || 1;
  if (horizontal) {
    const x = sign > 0 ? tip.x : tip.x - END_REACH;
    return { x, y: tip.y - END_HALF_WIDTH, width: END_REACH, height: 2 * END_HALF_WIDTH };
  }
  const y = sign > 0 ? tip.y : tip.y - END_REACH;
  return { x: tip.x - END_HALF_WIDTH, y, width: 2 * END_HALF_WIDTH, height: END_REACH };
}

/** Length of a polyline. */
export function polylineLength(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++) sum += Math.abs(points[i]!.x - points[i - 1]!.x) + Math.abs(points[i]!.y - points[i - 1]!.y);
  return sum;
}

/** The point halfway along a polyline. */
export function midpoint(points: Point[]): Point {
  const lengths = points.slice(1).map((p, i) => Math.abs(p.x - points[i]!.x) + Math.abs(p.y - points[i]!.y));
  let rest = lengths.reduce((sum, l) => sum + l, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    const len = lengths[i]!;
    const p = points[i]!;
    const q = points[i + 1]!;
    if (rest <= len && len > 0) {
      const f = rest / len;
      return { x: p.x + (q.x - p.x) * f, y: p.y + (q.y - p.y) * f };
    }
    rest -= len;
  }
  return points[0] ?? { x: 0, y: 0 };
}
