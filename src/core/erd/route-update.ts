/**
 * Routing after a change (a table added or dropped, a box dragged): lines whose boxes stayed put
 * keep their routes, and their labels, unless a new or moved box now covers them, in which case
 * only the covered stretch steps around it. Only lines of new or moved boxes are routed again, so
 * an update costs about the same whatever the size of the schema.
 */
import type { BoxQuery } from './box-index.js';
import { clipSegment, endRect, inflate, labelRect, type Point, polylineCrossesRect, type Rect, rectsOverlap } from './geometry.js';
import type { ErdEdge, ErdGraph } from './graph.js';
import { placeSomeLabels } from './label-place.js';
import { Occupancy } from './occupancy.js';
import { CLEARANCE, nearby, type Port, searchRoute, simplify } from './route-search.js';
import { END_GAP, type EdgeRoute, type Positions, type RectsById, routeEach, shiftEnd, spanOf } from './route.js';

/** A routing to reuse: routes drawn for `positions` of `graph`'s boxes. */
export interface PriorRouting {
  graph: ErdGraph;
  positions: Positions;
  routes: EdgeRoute[];
}

/** How far around a box a detour starts and ends. */
const DETOUR_REACH = CLEARANCE + 24;

/** The routes after a change, and whether the change only added things (so the old bounds still hold). */
export interface RouteUpdate {
  routes: EdgeRoute[];
  /** True when every box, line and label drawn before is still drawn, where it was. */
  onlyAdded: boolean;
  /** Boxes that are new, moved or resized, and routes whose points or label are new. */
  added: { boxes: Rect[]; routes: EdgeRoute[] };
  /** The lines drawn now, for the next update. */
  lines: Occupancy;
}

/** What changed among the boxes since the prior routing, and the lines it drew. */
export interface BoxChange {
  /** The prior routing's lines (which are not changed). */
  lines: Occupancy;
  /** The boxes that are new, moved or resized. */
  changed: Rect[];
  /** Ids of the prior routing's boxes that moved, changed size or are gone. */
  moved: ReadonlySet<string>;
}

/**
 * Routes every edge of `graph` whose two boxes are placed, reusing `prior`: a line whose two boxes
 * stayed put keeps its points (the same array) and its label when no new or moved box covers
 * them; the others are routed again, around every box. Only the lines' ends and bounding boxes
 * are looked at for the lines kept, so the cost is in what changed.
 */
export function updateRoutes(
  graph: ErdGraph,
  prior: PriorRouting,
  boxes: RectsById & BoxQuery,
  { changed, moved, lines }: BoxChange,
): RouteUpdate {
  const edgeMatch = alignById(prior.graph.edges, graph.edges);
  const priorRoute: (EdgeRoute | undefined)[] = new Array(prior.graph.edges.length);
  for (const r of prior.routes) priorRoute[r.index] = r;
  const routes: EdgeRoute[] = [];
  const again: number[] = [];
  /** Routes whose points are not the ones drawn before, and kept routes whose label must move. */
  const moving = new Set<EdgeRoute>();
  // The lines kept are drawn already; those routed again or dropped are taken out.
  const occupancy = lines.derive();
  const gone: (readonly Point[])[] = [];
  const seen = new Uint8Array(prior.graph.edges.length);
  let keptSame = 0;
  // The lines drawn before that a new or moved box now covers, found among the lines near it.
  const covered = new Set<readonly Point[]>();
  for (const r of changed) for (const line of lines.near(r)) if (polylineCrossesRect(line.points, r)) covered.add(line.points);
  const edges = graph.edges;
  for (let index = 0; index < edges.length; index++) {
    const edge = edges[index]!;
    const j = edgeMatch[index]!;
    const old = j >= 0 ? priorRoute[j] : undefined;
    if (old) {
      seen[j] = 1;
      gone.push(old.points);
    }
    // A line drawn before joins two boxes drawn before: it stays unless one of them moved.
    if (!old || !sameLine(prior.graph.edges[j]!, edge) || (moved.size > 0 && (moved.has(edge.source) || moved.has(edge.target)))) {
      again.push(index);
      continue;
    }
    let points: Point[] | null = old.points;
    // A line a new box now covers steps around it locally; the rest of the line stays as it was.
    if (covered.has(points)) for (const r of changed) if (points && polylineCrossesRect(points, r)) points = detour(points, r, boxes);
    if (!points) {
      again.push(index);
      continue;
    }
    if (points === old.points) {
      routes.push(old.index === index ? old : { ...old, index });
      keptSame++;
      gone.pop();
    } else {
      const route = { index, edgeId: edge.id, points, labelAt: old.labelAt };
      routes.push(route);
      moving.add(route);
    }
  }
  if (gone.length + keptSame < prior.routes.length) for (const r of prior.routes) if (!seen[r.index]) gone.push(r.points);
  const detoured = [...moving];
  for (const points of gone) occupancy.remove(points);
  for (const r of detoured) occupancy.add(r.points);
  const hubs = new Set<string>();
  for (const n of graph.nodes) if (n.kind === 'hub') hubs.add(n.id);
  const hubCorners = new Map<string, Set<string>>();
  for (const r of hubs.size > 0 ? routes : []) {
    const edge = graph.edges[r.index]!;
    for (const [id, tip] of [
      [edge.source, r.points[0]!],
      [edge.target, r.points.at(-1)!],
    ] as const) {
      if (!hubs.has(id)) continue;
      const used = hubCorners.get(id) ?? new Set<string>();
      used.add(`${tip.x},${tip.y}`);
      hubCorners.set(id, used);
    }
  }
  const fresh = again.length > 0 ? routeEach(graph, boxes, boxes, again, occupancy, hubCorners) : [];
  // The kept lines near a box: those drawn before, but for the ones taken out, and the detoured.
  const goneSet = new Set(gone);
  const keptNear = (box: Rect): (readonly Point[])[] => [
    ...lines
      .near(box)
      .filter((line) => !goneSet.has(line.points))
      .map((line) => line.points),
    ...detoured.map((r) => r.points),
  ];
  separateNewEnds(graph, keptNear, fresh, boxes, boxes, hubs);
  for (const r of fresh) moving.add(r);
  const labelled = labelsCovered(graph, routes, changed, fresh);
  for (const r of labelled) moving.add(r);
  const all = mergeByIndex(routes, fresh);
  placeSomeLabels(graph, all, moving, boxes);
  const onlyAdded = moved.size === 0 && keptSame === prior.routes.length && labelled.length === 0;
  // The routing's own lines moved (ends slid, middles fanned) after it drew them: record them as drawn.
  const drawn = lines.derive();
  for (const points of gone) drawn.remove(points);
  for (const r of [...detoured, ...fresh]) drawn.add(r.points);
  return { routes: all, onlyAdded, added: { boxes: changed, routes: [...moving] }, lines: drawn };
}

/** How far ahead a walk in step looks for an item before taking it for new. */
const LOOK_AHEAD = 4;

/**
 * For each item of `next`, the index of the item of `prev` with the same id, or -1. Walks both in
 * step, skipping over an item inserted or dropped; only the items left unmatched (few after one
 * statement) are then looked up by id.
 */
export function alignById(prev: readonly { id: string }[], next: readonly { id: string }[]): Int32Array {
  const out = new Int32Array(next.length).fill(-1);
  const used = new Uint8Array(prev.length);
  let unmatched = 0;
  let j = 0;
  for (let i = 0; i < next.length; i++) {
    const id = next[i]!.id;
    let k = j;
    while (k < prev.length && k - j <= LOOK_AHEAD && prev[k]!.id !== id) k++;
    if (k < prev.length && k - j <= LOOK_AHEAD) {
      out[i] = k;
      used[k] = 1;
      j = k + 1;
    } else unmatched++;
  }
  if (unmatched === 0) return out;
  let byId: Map<string, number> | null = null;
  for (let i = 0; i < next.length; i++) {
    if (out[i]! >= 0) continue;
    if (!byId) {
      byId = new Map();
      for (let k = 0; k < prev.length; k++) if (!used[k]) byId.set(prev[k]!.id, k);
    }
    const k = byId.get(next[i]!.id);
    if (k !== undefined) out[i] = k;
  }
  return out;
}

/** Two lists of routes sorted by index, as one. */
function mergeByIndex(a: EdgeRoute[], b: EdgeRoute[]): EdgeRoute[] {
  if (b.length === 0) return a;
  const out: EdgeRoute[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.index < b[j]!.index)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/** True when two edges join the same columns of the same boxes (so one's route serves the other). */
function sameLine(a: ErdEdge, b: ErdEdge): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    sameNames(a.sourceColumns, b.sourceColumns) &&
    sameNames(a.targetColumns, b.targetColumns)
  );
}

function sameNames(x: readonly string[], y: readonly string[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/**
 * Ends of the new routes that land on the very point where another line ends (two FKs to one
 * `id`) slide along the border, one `END_GAP` at a time, until the point is their own; the kept
 * routes' ends stay where they are.
 */
function separateNewEnds(
  graph: ErdGraph,
  keptNear: (box: Rect) => (readonly Point[])[],
  fresh: EdgeRoute[],
  rects: RectsById,
  boxes: BoxQuery,
  hubs: Set<string>,
): void {
  if (fresh.length === 0) return;
  const touched = new Set<string>();
  for (const r of fresh) {
    const edge = graph.edges[r.index]!;
    touched.add(edge.source);
    touched.add(edge.target);
  }
  const taken = new Set<string>();
  const key = (p: Point) => `${p.x},${p.y}`;
  // A kept line ends on a box the new lines touch where its end lies on that box's border.
  for (const id of touched) {
    const box = rects.get(id);
    if (!box) continue;
    for (const points of keptNear(box)) {
      for (const tip of [points[0]!, points.at(-1)!]) if (onBorder(tip, box)) taken.add(key(tip));
    }
  }
  for (const route of fresh) {
    const edge = graph.edges[route.index]!;
    if (edge.source === edge.target) continue;
    for (const end of ['first', 'last'] as const) {
      const id = end === 'first' ? edge.source : edge.target;
      const box = rects.get(id)!;
      const tip = () => (end === 'first' ? route.points[0]! : route.points.at(-1)!);
      // A hub's corner is a point: lines meeting there stay on it.
      if (!hubs.has(id) && taken.has(key(tip()))) {
        const original = route.points;
        const ends = [rects.get(edge.source), rects.get(edge.target)];
        // A slid end must not take its line through a neighbouring box: sharing a point is the lesser harm.
        const clear = (points: Point[]) =>
          !boxes.overlapping(spanOf(points)).some((r) => !ends.includes(r) && polylineCrossesRect(points, r));
        for (let k = 1; k <= 8; k++) {
          const shifted = shiftEnd(original, end, (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * END_GAP, box);
          const p = end === 'first' ? shifted[0]! : shifted.at(-1)!;
          if (!taken.has(key(p)) && clear(shifted)) {
            route.points = shifted;
            break;
          }
        }
      }
      taken.add(key(tip()));
    }
  }
}

function onBorder(p: Point, r: Rect): boolean {
  const inX = p.x >= r.x && p.x <= r.x + r.width;
  const inY = p.y >= r.y && p.y <= r.y + r.height;
  return (inY && (p.x === r.x || p.x === r.x + r.width)) || (inX && (p.y === r.y || p.y === r.y + r.height));
}

/** Kept labelled routes whose label a new or moved box, or a new line's end, now covers. */
function labelsCovered(graph: ErdGraph, kept: EdgeRoute[], changed: Rect[], fresh: EdgeRoute[]): EdgeRoute[] {
  const covers: Rect[] = [...changed];
  if (covers.length === 0 && fresh.length === 0) return [];
  for (const r of fresh) {
    if (r.points.length < 2) continue;
    covers.push(endRect(r.points[0]!, r.points[1]!), endRect(r.points.at(-1)!, r.points.at(-2)!));
  }
  return kept.filter((r) => {
    const text = graph.edges[r.index]!.label;
    if (text === null) return false;
    const box = labelRect(text, r.labelAt);
    return covers.some((c) => rectsOverlap(box, c, 2));
  });
}

/**
 * `points` with the stretch that runs through `box` replaced by a way around it, searched only
 * among the boxes near it; null when there is none.
 */
function detour(points: Point[], box: Rect, all: BoxQuery): Point[] | null {
  const zone = inflate(box, DETOUR_REACH);
  let first = -1;
  let last = -1;
  let entry: Point | null = null;
  let exit: Point | null = null;
  for (let i = 1; i < points.length; i++) {
    const hit = clip(points[i - 1]!, points[i]!, zone);
    if (!hit) continue;
    if (first < 0) {
      first = i - 1;
      entry = hit[0];
    }
    last = i;
    exit = hit[1];
  }
  if (first < 0 || !entry || !exit) return points;
  const from: Port = { tip: points[first]!, stub: entry, penalty: 0 };
  const to: Port = { tip: points[last]!, stub: exit, penalty: 0 };
  if ((from.tip.x === entry.x && from.tip.y === entry.y) || (to.tip.x === exit.x && to.tip.y === exit.y)) return null;
  const around = searchRoute([from], [to], nearby(all, zone, zone, 2 * DETOUR_REACH), Occupancy.empty());
  if (!around) return null;
  return simplify([...points.slice(0, first), ...around, ...points.slice(last + 1)]);
}

/** Where the segment `p`–`q` enters and leaves `r`, or null when it misses it. */
function clip(p: Point, q: Point, r: Rect): [Point, Point] | null {
  const inside = clipSegment(p, q, r);
  if (!inside) return null;
  const at = (t: number) => ({ x: Math.round(p.x + (q.x - p.x) * t), y: Math.round(p.y + (q.y - p.y) * t) });
  return [at(inside[0]), at(inside[1])];
}
