/**
 * Where edge labels go: beside the longest runs of their line, clear of every box, every other
 * label and every line end, so a junction's name never sits on a crow's foot.
 */
import { BoxIndex, type BoxQuery } from './box-index.js';
import { endRect, labelRect, midpoint, type Point } from './geometry.js';
import type { ErdGraph } from './graph.js';
import type { EdgeRoute } from './route.js';

/** Air between a label and the line it names. */
const GAP = 3;

/** Sets `labelAt` (the label's centre) of every labelled route; unlabelled routes get their midpoint. */
export function placeLabels(graph: ErdGraph, routes: EdgeRoute[], boxes: BoxQuery): void {
  placeSomeLabels(graph, routes, new Set(routes), boxes);
}

/**
 * Sets `labelAt` of the routes in `moving` only, in the order of `routes`: clear of every box, of
 * every other label (those of the routes not moving stay where they are) and of every line end.
 */
export function placeSomeLabels(graph: ErdGraph, routes: EdgeRoute[], moving: Set<EdgeRoute>, boxes: BoxQuery): void {
  if (![...moving].some((r) => graph.edges[r.index]!.label !== null)) {
    for (const route of moving) route.labelAt = midpoint(route.points);
    return;
  }
  const ends = new BoxIndex();
  const taken = new BoxIndex();
  for (const r of routes) {
    const p = r.points;
    if (p.length < 2) continue;
    ends.add(endRect(p[0]!, p[1]!));
    ends.add(endRect(p.at(-1)!, p.at(-2)!));
    const text = graph.edges[r.index]!.label;
    if (text !== null && !moving.has(r)) taken.add(labelRect(text, r.labelAt));
  }
  for (const route of routes) {
    if (!moving.has(route)) continue;
    const text = graph.edges[route.index]!.label;
    if (text === null) {
      route.labelAt = midpoint(route.points);
      continue;
    }
    const candidates = candidatesFor(route.points, text);
    const clear = (at: Point) => {
      const box = labelRect(text, at);
      return boxes.overlapping(box, 2).length === 0 && taken.overlapping(box, 2).length === 0 && ends.overlapping(box, 1).length === 0;
    };
    const at = candidates.find(clear) ?? candidates[0]!;
    route.labelAt = at;
    taken.add(labelRect(text, at));
  }
}

/** Label centres to try, best first: above, then below, the middle of the longest runs, then beside vertical runs. */
function candidatesFor(points: Point[], text: string): Point[] {
  const box = labelRect(text, { x: 0, y: 0 });
  const segments = points.slice(1).map((q, i) => ({ p: points[i]!, q, len: Math.abs(q.x - points[i]!.x) + Math.abs(q.y - points[i]!.y) }));
  segments.sort((a, b) => b.len - a.len);
  const out: Point[] = [];
  const dy = box.height / 2 + GAP;
  const dx = box.width / 2 + GAP + 4;
  for (const { p, q } of segments) {
    for (const f of [0.5, 0.3, 0.7, 0.15, 0.85]) {
      const x = p.x + (q.x - p.x) * f;
      const y = p.y + (q.y - p.y) * f;
      if (p.y === q.y) out.push({ x, y: y - dy }, { x, y: y + dy });
      else out.push({ x: x + dx, y }, { x: x - dx, y });
    }
  }
  // Far from the line as a last resort, still near it.
  const first = points[0]!;
  for (const k of [2, 3, 4]) out.push({ x: first.x, y: first.y - k * box.height }, { x: first.x, y: first.y + k * box.height });
  return out;
}
