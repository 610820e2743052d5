/**
 * Routing after a change (a table added or dropped, a box dragged): lines whose boxes stayed put
 * keep their routes, and their labels, unless a new or moved box now covers them, in which case
 * only the covered stretch steps around it. Only lines of new or moved boxes are routed again, so
 * an update costs about the same whatever the size of the schema.
 */
import { BoxIndex } from './box-index.js';
import { endRect, inflate, labelRect, type Point, polylineCrossesRect, type Rect, rectsOverlap } from './geometry.js';
import type { ErdEdge, ErdGraph } from './graph.js';
import { placeSomeLabels } from './label-place.js';
import { CLEARANCE, emptyOccupancy, nearby, occupy, type Port, searchRoute, simplify } from './route-search.js';
import { END_GAP, type EdgeRoute, type Positions, positionOf, rectsOf, routeEach, shiftEnd, spanOf } from './route.js';

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
}

/**
 * Routes every edge of `graph` whose two boxes have positions, reusing `prior`: a line whose two
 * boxes stayed put keeps its points (the same array) and its label when no new or moved box
 * covers them; the others are routed again, around every box. `placed` saves working out the
 * boxes again when the caller has them.
 */
export function updateRoutes(
  graph: ErdGraph,
  positions: Positions,
  prior: PriorRouting,
  placed?: { rects: Map<string, Rect>; boxes: BoxIndex },
): RouteUpdate {
  const rects = placed?.rects ?? rectsOf(graph, positions);
  const boxes = placed?.boxes ?? new BoxIndex(rects.values());
  const nodeMatch = alignById(prior.graph.nodes, graph.nodes);
  const changed: Rect[] = [];
  const changedSet = new Set<Rect>();
  let onlyAdded = true;
  let matched = 0;
  graph.nodes.forEach((node, i) => {
    const r = rects.get(node.id);
    if (!r) return;
    const old = nodeMatch[i]! >= 0 ? prior.graph.nodes[nodeMatch[i]!]! : undefined;
    if (old) matched++;
    const p = old && positionOf(prior.positions, node.id);
    if (old && p && p.x === r.x && p.y === r.y && old.width === r.width && old.height === r.height) return;
    changed.push(r);
    changedSet.add(r);
    if (old) onlyAdded = false;
  });
  const edgeMatch = alignById(prior.graph.edges, graph.edges);
  const priorRoute: (EdgeRoute | undefined)[] = new Array(prior.graph.edges.length);
  for (const r of prior.routes) priorRoute[r.index] = r;
  const routes: EdgeRoute[] = [];
  const again: number[] = [];
  /** Routes whose points are not the ones drawn before, and kept routes whose label must move. */
  const moving = new Set<EdgeRoute>();
  const occupancy = emptyOccupancy();
  let keptSame = 0;
  graph.edges.forEach((edge, index) => {
    const a = rects.get(edge.source);
    const b = rects.get(edge.target);
    if (!a || !b) return;
    const j = edgeMatch[index]!;
    const old = j >= 0 ? priorRoute[j] : undefined;
    if (!old || !sameLine(prior.graph.edges[j]!, edge) || changedSet.has(a) || changedSet.has(b)) {
      again.push(index);
      return;
    }
    let points: Point[] | null = old.points;
    // A line a new box now covers steps around it locally; the rest of the line stays as it was.
    for (const r of changed) if (points && crossesBox(points, r)) points = detour(points, r, boxes);
    if (!points) {
      again.push(index);
      return;
    }
    if (points === old.points) {
      routes.push(old.index === index ? old : { ...old, index });
      keptSame++;
    } else {
      const route = { index, edgeId: edge.id, points, labelAt: old.labelAt };
      routes.push(route);
      moving.add(route);
    }
    occupy(occupancy, points);
  });
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
  const fresh = again.length > 0 ? routeEach(graph, rects, boxes, again, occupancy, hubCorners) : [];
  separateNewEnds(graph, routes, fresh, rects, boxes, hubs);
  for (const r of fresh) moving.add(r);
  const covered = labelsCovered(graph, routes, changed, fresh);
  for (const r of covered) moving.add(r);
  const all = mergeByIndex(routes, fresh);
  placeSomeLabels(graph, all, moving, boxes);
  onlyAdded &&= matched === prior.graph.nodes.length && keptSame === prior.routes.length && covered.length === 0;
  return { routes: all, onlyAdded, added: { boxes: changed, routes: [...moving] } };
}

/**
 * For each item of `next`, the index of the item of `prev` with the same id, or -1. Walks both in
 * step and looks ids up in a map only where the orders part (after an insertion or a drop).
 */
function alignById(prev: readonly { id: string }[], next: readonly { id: string }[]): Int32Array {
  const out = new Int32Array(next.length).fill(-1);
  let byId: Map<string, number> | null = null;
  let j = 0;
  for (let i = 0; i < next.length; i++) {
    const id = next[i]!.id;
    if (j < prev.length && prev[j]!.id === id) {
      out[i] = j++;
      continue;
    }
    if (!byId) {
      byId = new Map();
      for (let k = prev.length - 1; k >= 0; k--) byId.set(prev[k]!.id, k);
    }
    const k = byId.get(id);
    if (k !== undefined) {
      out[i] = k;
      j = k + 1;
    }
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
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return a.source === b.source && a.target === b.target && same(a.sourceColumns, b.sourceColumns) && same(a.targetColumns, b.targetColumns);
}

/** True when the polyline runs through `box`, checked against its bounding box first. */
function crossesBox(points: readonly Point[], box: Rect): boolean {
  const s = spanOf(points);
  if (s.x + s.width <= box.x || s.x >= box.x + box.width || s.y + s.height <= box.y || s.y >= box.y + box.height) return false;
  return polylineCrossesRect(points, box);
}

/**
 * Ends of the new routes that land on the very point where another line ends (two FKs to one
 * `id`) slide along the border, one `END_GAP` at a time, until the point is their own; the kept
 * routes' ends stay where they are.
 */
function separateNewEnds(
  graph: ErdGraph,
  kept: EdgeRoute[],
  fresh: EdgeRoute[],
  rects: Map<string, Rect>,
  boxes: BoxIndex,
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
  for (const r of kept) {
    const edge = graph.edges[r.index]!;
    if (touched.has(edge.source)) taken.add(key(r.points[0]!));
    if (touched.has(edge.target)) taken.add(key(r.points.at(-1)!));
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
function detour(points: Point[], box: Rect, all: BoxIndex): Point[] | null {
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
  const around = searchRoute([from], [to], nearby(all, zone, zone, 2 * DETOUR_REACH), emptyOccupancy());
  if (!around) return null;
  return simplify([...points.slice(0, first), ...around, ...points.slice(last + 1)]);
}

/** Where the segment `p`–`q` enters and leaves `r`, or null when it misses it. */
function clip(p: Point, q: Point, r: Rect): [Point, Point] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  for (const [pe, qe] of [
    [-dx, p.x - r.x],
    [dx, r.x + r.width - p.x],
    [-dy, p.y - r.y],
    [dy, r.y + r.height - p.y],
  ] as const) {
    if (pe === 0) {
      if (qe <= 0) return null;
      continue;
    }
    const t = qe / pe;
    if (pe < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return null;
  }
  const at = (t: number) => ({ x: Math.round(p.x + dx * t), y: Math.round(p.y + dy * t) });
  return [at(t0), at(t1)];
}
