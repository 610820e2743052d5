/**
 * Where edge labels go: beside the longest runs of their line, clear of every box, every other
 * label and every line end, so a junction's name never sits on a crow's foot.
 */
import { endRect, labelRect, midpoint, type Point, type Rect, rectsOverlap } from './geometry.js';
import type { ErdGraph } from './graph.js';
import type { EdgeRoute } from './route.js';

/** Air between a label and the line it names. */
const GAP = 3;

/** Sets `labelAt` (the label's centre) of every labelled route; unlabelled routes get their midpoint. */
export function placeLabels(graph: ErdGraph, routes: EdgeRoute[], boxes: Rect[]): void {
  const ends: Rect[] = [];
  if (!routes.some((r) => graph.edges[r.index]!.label !== null)) {
    for (const route of routes) route.labelAt = midpoint(route.points);
    return;
  }
  for (const r of routes) {
    const p = r.points;
    if (p.length < 2) continue;
    ends.push(endRect(p[0]!, p[1]!), endRect(p.at(-1)!, p.at(-2)!));
  }
  const taken: Rect[] = [];
  for (const route of routes) {
    const text = graph.edges[route.index]!.label;
    if (text === null) {
      route.labelAt = midpoint(route.points);
      continue;
    }
    const candidates = candidatesFor(route.points, text);
    const clear = (at: Point) => {
      const box = labelRect(text, at);
      return (
        !boxes.some((b) => rectsOverlap(box, b, 2)) &&
        !taken.some((b) => rectsOverlap(box, b, 2)) &&
        !ends.some((b) => rectsOverlap(box, b, 1))
      );
    };
    const at = candidates.find(clear) ?? candidates[0]!;
    route.labelAt = at;
    taken.push(labelRect(text, at));
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
