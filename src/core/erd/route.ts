/**
 * Edge routes for given box positions: orthogonal polylines that start and end on box borders, at
 * the row of the FK/referenced column when there is one, and never run through a box. A simple
 * elbow is used when it gets through; otherwise a grid search finds a way around. After a change,
 * route-update.ts reuses the previous routing for lines nothing moved across.
 */
import { BoxIndex, type BoxQuery } from './box-index.js';
import { type Point, polylineCrossesRect, type Rect } from './geometry.js';
import type { ErdEdge, ErdGraph, ErdNode } from './graph.js';
import { placeLabels } from './label-place.js';
import { HEADER_HEIGHT, HUB_SIZE, ROW_HEIGHT } from './metrics.js';
import { Occupancy } from './occupancy.js';
import { nearby, type Port, routeCost, searchRoute, simplify } from './route-search.js';

export { midpoint, type Point } from './geometry.js';

/** Top-left corner of each box by node id: plain JSON, persisted per lesson and edited by dragging. */
export type Positions = Record<string, Point>;

/** Each placed box's rectangle by node id. */
export interface RectsById {
  get(id: string): Rect | undefined;
}

/** The polyline of `graph.edges[index]`, and where its label (if any) goes. */
export interface EdgeRoute {
  index: number;
  edgeId: string;
  points: Point[];
  /** The centre of the edge's label. */
  labelAt: Point;
}

/** Shortest straight run at a box border, so crow's-foot ends have room to be drawn. */
export const STUB = 20;
/** Spacing between parallel column-less edges joining the same two boxes. */
const PARALLEL_GAP = 12;
/** Distance between the ends of lines that reach the same row of a box from the same side. */
export const END_GAP = 14;
/** Extra cost of leaving a box through its top or bottom when the line belongs to a row. */
const OFF_ROW_PENALTY = 40;
/** How far beyond its two boxes a route first looks for a way around. */
const SEARCH_MARGIN = 160;

/** Reads a node's position without tripping over names such as `__proto__`. */
export function positionOf(positions: Positions, id: string): Point | undefined {
  const p = positions[id];
  // What an object inherits under a name is a function, but for `__proto__` (the prototype itself).
  if (typeof p !== 'object' || p === null) return undefined;
  return id !== '__proto__' || Object.hasOwn(positions, id) ? p : undefined;
}

/** Routes every edge of `graph` whose two boxes have positions; edges to unplaced boxes are left out. */
export function routeEdges(graph: ErdGraph, positions: Positions): EdgeRoute[] {
  const rects = rectsOf(graph, positions);
  const boxes = new BoxIndex(rects.values());
  const routes = routeEach(
    graph,
    rects,
    boxes,
    graph.edges.map((_, index) => index),
    Occupancy.empty(),
    new Map(),
  );
  separateEnds(routes, graph.edges, rects, boxes, new Set(graph.nodes.filter((n) => n.kind === 'hub').map((n) => n.id)));
  placeLabels(graph, routes, boxes);
  return routes;
}

/** Each box's rectangle by node id, for the nodes that have a position. */
export function rectsOf(graph: ErdGraph, positions: Positions): Map<string, Rect> {
  const rects = new Map<string, Rect>();
  for (const n of graph.nodes) {
    const p = positionOf(positions, n.id);
    if (p) rects.set(n.id, { x: p.x, y: p.y, width: n.width, height: n.height });
  }
  return rects;
}

/**
 * Routes `graph.edges[i]` for each `i` of `indices` whose boxes are placed, short lines first,
 * around `boxes` and preferring not to cross the lines in `occupancy` (which each new line joins);
 * `hubCorners` holds the corners of each hub already taken. Returns the routes by index, their
 * middles fanned apart.
 */
export function routeEach(
  graph: ErdGraph,
  rects: RectsById,
  boxes: BoxQuery,
  indices: number[],
  occupancy: Occupancy,
  hubCorners: Map<string, Set<string>>,
): EdgeRoute[] {
  const nodes = endsOf(graph, indices);
  const offsets = parallelOffsets(graph.edges, indices);
  // Each arm of an n-ary hub takes a corner of its own while corners are left.
  const takeCorners = (node: ErdNode, ports: Port[]): Port[] => {
    if (node.kind !== 'hub') return ports;
    const used = hubCorners.get(node.id) ?? new Set<string>();
    hubCorners.set(node.id, used);
    const left = ports.filter((p) => !used.has(`${p.tip.x},${p.tip.y}`));
    return left.length > 0 ? left : ports;
  };
  const routes: EdgeRoute[] = [];
  // Short lines first: they take the direct ways, and longer ones go around them.
  const order = indices.map((index) => {
    const edge = graph.edges[index]!;
    return { edge, index, d: gap(rects.get(edge.source), rects.get(edge.target)) };
  });
  order.sort((p, q) => p.d - q.d || p.index - q.index);
  for (const { edge, index } of order) {
    const s = nodes.get(edge.source);
    const t = nodes.get(edge.target);
    const a = s && rects.get(s.id);
    const b = t && rects.get(t.id);
    if (!s || !t || !a || !b) continue;
    const offset = offsets[index] ?? 0;
    const points = s === t ? selfLoop(s, a, edge, offset) : routeBetween(s, t, a, b, edge, offset, boxes, occupancy, takeCorners);
    occupancy.add(points);
    for (const [node, tip] of [
      [s, points[0]!],
      [t, points.at(-1)!],
    ] as const) {
      if (node.kind === 'hub') hubCorners.get(node.id)?.add(`${tip.x},${tip.y}`);
    }
    routes.push({ index, edgeId: edge.id, points, labelAt: points[0]! });
  }
  routes.sort((p, q) => p.index - q.index);
  separateMiddles(routes, graph.edges, rects, boxes);
  return routes;
}

/**
 * Lines entering one box from the same side would share their vertical middle segment and read as
 * one; fan those middles apart (staying clear of the stubs at both ends, and of every box: a middle
 * that a shift would take into a box stays where it was).
 */
function separateMiddles(routes: EdgeRoute[], edges: ErdEdge[], rects: RectsById, boxes: BoxQuery): void {
  const bySide = (rs: EdgeRoute[], end: 'source' | 'target'): Map<string, EdgeRoute[]> => {
    const out = new Map<string, EdgeRoute[]>();
    for (const r of rs) {
      const p = r.points;
      const rightward = p[3]!.x > p[0]!.x;
      const side = (end === 'source') === rightward ? 'right' : 'left';
      const key = `${edges[r.index]![end]}\u0000${side}`;
      out.set(key, [...(out.get(key) ?? []), r]);
    }
    return out;
  };
  const elbows = routes.filter((r) => r.points.length === 4 && r.points[0]!.y === r.points[1]!.y && r.points[1]!.x === r.points[2]!.x);
  // A line joins the fan at whichever of its ends it shares a box side with other lines.
  const atSource = [...bySide(elbows, 'source').values()].filter((g) => g.length > 1);
  const taken = new Set(atSource.flat());
  const atTarget = [
    ...bySide(
      elbows.filter((r) => !taken.has(r)),
      'target',
    ).values(),
  ];
  const groups = [...atSource, ...atTarget];
  for (const members of groups) {
    if (members.length < 2) continue;
    members.sort((a, b) => a.points[0]!.y - b.points[0]!.y);
    members.forEach((r, k) => {
      const [p0, p1, p2, p3] = r.points as [Point, Point, Point, Point];
      const lo = Math.min(p0.x, p3.x) + STUB;
      const hi = Math.max(p0.x, p3.x) - STUB;
      const x = Math.min(hi, Math.max(lo, p1.x + (k - (members.length - 1) / 2) * PARALLEL_GAP));
      if (x === p1.x) return;
      const moved = [p0, { x, y: p1.y }, { x, y: p2.y }, p3];
      const edge = edges[r.index]!;
      if (!crossesOther(moved, [rects.get(edge.source), rects.get(edge.target)], boxes)) r.points = moved;
    });
  }
}

/** True when the polyline runs through a box other than `ends` (its own two). */
function crossesOther(points: Point[], ends: (Rect | undefined)[], boxes: BoxQuery): boolean {
  return boxes.overlapping(spanOf(points)).some((b) => !ends.includes(b) && polylineCrossesRect(points, b));
}

/** Manhattan distance between two boxes' centres (infinite when one is missing). */
function gap(a: Rect | undefined, b: Rect | undefined): number {
  if (!a || !b) return Number.POSITIVE_INFINITY;
  return Math.abs(a.x + a.width / 2 - b.x - b.width / 2) + Math.abs(a.y + a.height / 2 - b.y - b.height / 2);
}

/** The ports an end of `edge` may use on `node`'s box `r`: its row on both sides, then top and bottom. */
function portsOf(node: ErdNode, r: Rect, columns: string[], offset: number): Port[] {
  if (node.kind === 'hub') {
    // The diamond sits at the top of the hub's box, its caption below: lines meet the diamond's corners.
    const cx = r.x + r.width / 2;
    const cy = r.y + HUB_SIZE / 2 + offset;
    const h = HUB_SIZE / 2;
    return [
      { tip: { x: cx - h, y: cy }, stub: { x: r.x - STUB, y: cy }, penalty: 0 },
      { tip: { x: cx + h, y: cy }, stub: { x: r.x + r.width + STUB, y: cy }, penalty: 0 },
      { tip: { x: cx, y: r.y }, stub: { x: cx, y: r.y - STUB }, penalty: 8 },
    ];
  }
  const row = columns.length > 0 ? node.columns.findIndex((c) => c.name === columns[0]) : -1;
  const y = (row >= 0 ? r.y + HEADER_HEIGHT + row * ROW_HEIGHT + ROW_HEIGHT / 2 : r.y + r.height / 2) + offset;
  const cx = Math.round(r.x + r.width / 2);
  const off = row >= 0 ? OFF_ROW_PENALTY : 8;
  return [
    { tip: { x: r.x, y }, stub: { x: r.x - STUB, y }, penalty: 0 },
    { tip: { x: r.x + r.width, y }, stub: { x: r.x + r.width + STUB, y }, penalty: 0 },
    { tip: { x: cx, y: r.y }, stub: { x: cx, y: r.y - STUB }, penalty: off },
    { tip: { x: cx, y: r.y + r.height }, stub: { x: cx, y: r.y + r.height + STUB }, penalty: off },
  ];
}

function routeBetween(
  s: ErdNode,
  t: ErdNode,
  a: Rect,
  b: Rect,
  edge: ErdEdge,
  offset: number,
  all: BoxQuery,
  occupancy: Occupancy,
  free: (node: ErdNode, ports: Port[]) => Port[],
): Point[] {
  const from = free(s, portsOf(s, a, edge.sourceColumns, offset));
  const to = free(t, portsOf(t, b, edge.targetColumns, offset));
  const simple = s.kind === 'hub' || t.kind === 'hub' ? null : simpleRoute(from, to, a, b);
  const others = (rs: Rect[]) => rs.filter((r) => r !== a && r !== b);
  const clear = simple !== null && !others(nearby(all, a, b, 0)).some((r) => polylineCrossesRect(simple, r));
  // A clear elbow that crosses nothing is as good as it gets; otherwise let the search try to do better.
  const simpleCost = simple && routeCost(simple, occupancy);
  if (clear && simpleCost === routeCost(simple, Occupancy.empty())) return simple;
  let obstacles = nearby(all, a, b, SEARCH_MARGIN);
  let found = searchRoute(from, to, obstacles, occupancy);
  // The search sees only the boxes near the two ends: a way around them may run through one
  // farther out. Then it looks again with those boxes too, and at last with every box.
  for (let tries = 0; found && tries < 3; tries++) {
    const route = found;
    const span = spanOf(route);
    if (!others(all.overlapping(span)).some((r) => polylineCrossesRect(route, r))) break;
    obstacles = [...new Set([...obstacles, ...all.overlapping(span, SEARCH_MARGIN)])];
    found = searchRoute(from, to, obstacles, occupancy);
    if (tries === 2) found = null;
  }
  found ??= searchRoute(from, to, all.all(), occupancy);
  if (clear && (!found || simpleCost! <= routeCost(found, occupancy))) return simple;
  return found ?? simple ?? [from[1]!.tip, to[0]!.tip];
}

/** The bounding box of a polyline. */
export function spanOf(points: readonly Point[]): Rect {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** A straight line or one elbow between facing sides, when the boxes leave room for the stubs. */
function simpleRoute(from: Port[], to: Port[], a: Rect, b: Rect): Point[] | null {
  const [sl, sr, st, sb] = from as [Port, Port, Port, Port];
  const [tl, tr, tt, tb] = to as [Port, Port, Port, Port];
  if (b.x - (a.x + a.width) >= 2 * STUB) return horizontal(sr.tip, tl.tip);
  if (a.x - (b.x + b.width) >= 2 * STUB) return horizontal(sl.tip, tr.tip);
  if (from.length < 4 || to.length < 4) return null;
  if (b.y - (a.y + a.height) >= 2 * STUB) return vertical(sb.tip, tt.tip);
  if (a.y - (b.y + b.height) >= 2 * STUB) return vertical(st.tip, tb.tip);
  return null;
}

function horizontal(p: Point, q: Point): Point[] {
  if (p.y === q.y) return [p, q];
  const mid = Math.round((p.x + q.x) / 2);
  return [p, { x: mid, y: p.y }, { x: mid, y: q.y }, q];
}

function vertical(p: Point, q: Point): Point[] {
  if (p.x === q.x) return [p, q];
  const mid = Math.round((p.y + q.y) / 2);
  return [p, { x: p.x, y: mid }, { x: q.x, y: mid }, q];
}

function selfLoop(node: ErdNode, r: Rect, edge: ErdEdge, offset: number): Point[] {
  const [ys, yt] = [portsOf(node, r, edge.sourceColumns, offset)[1]!.tip.y, portsOf(node, r, edge.targetColumns, offset)[1]!.tip.y];
  // A self-reference on one row (e.g. a logical self M:N) still needs two distinct ends.
  const [y1, y2] = ys === yt ? [ys - 8, yt + 8] : [ys, yt];
  const right = r.x + r.width;
  const x = right + STUB + 10;
  return [
    { x: right, y: y1 },
    { x, y: y1 },
    { x, y: y2 },
    { x: right, y: y2 },
  ];
}

/**
 * Lines that end on the same point of a box (several FKs to one `id`, the two FKs of a
 * self-referential junction) would merge into one: spread those ends apart along the border. Sliding
 * an end moves the line's last run too; when that would take it through a box, the end slides the
 * other way, or stays (sharing a point is the lesser harm).
 */
export function separateEnds(routes: EdgeRoute[], edges: ErdEdge[], rects: RectsById, boxes: BoxQuery, hubs: Set<string>): void {
  const groups = new Map<string, { route: EdgeRoute; end: 'first' | 'last' }[]>();
  for (const route of routes) {
    const edge = edges[route.index]!;
    if (edge.source === edge.target) continue;
    for (const end of ['first', 'last'] as const) {
      // A hub's corner is a point: lines meeting there stay on it.
      if (hubs.has(end === 'first' ? edge.source : edge.target)) continue;
      const p = end === 'first' ? route.points[0]! : route.points.at(-1)!;
      const key = `${p.x},${p.y}`;
      const members = groups.get(key);
      if (members) members.push({ route, end });
      else groups.set(key, [{ route, end }]);
    }
  }
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.forEach(({ route, end }, k) => {
      const edge = edges[route.index]!;
      const box = rects.get(end === 'first' ? edge.source : edge.target)!;
      const ends = [rects.get(edge.source), rects.get(edge.target)];
      const shift = (k - (members.length - 1) / 2) * END_GAP;
      for (const s of shift === 0 ? [] : [shift, -shift]) {
        const shifted = shiftEnd(route.points, end, s, box);
        if (!crossesOther(shifted, ends, boxes)) {
          route.points = shifted;
          break;
        }
      }
    });
  }
}

export function shiftEnd(points: Point[], end: 'first' | 'last', shift: number, box: Rect): Point[] {
  const pts = end === 'first' ? [...points] : [...points].reverse();
  const tip = pts[0]!;
  const next = pts[1]!;
  const alongX = tip.y === next.y;
  // Keep the end on the box border, a few pixels clear of its corners.
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi - 4, Math.max(lo + 4, v));
  if (pts.length === 2) {
    // A straight line gets a jog so only its end moves.
    const mid = alongX ? { x: Math.round((tip.x + next.x) / 2), y: tip.y } : { x: tip.x, y: Math.round((tip.y + next.y) / 2) };
    pts.splice(1, 0, mid, { ...mid });
  }
  if (alongX) {
    const y = clamp(tip.y + shift, box.y, box.y + box.height);
    pts[0] = { x: tip.x, y };
    pts[1] = { x: pts[1]!.x, y };
  } else {
    const x = clamp(tip.x + shift, box.x, box.x + box.width);
    pts[0] = { x, y: tip.y };
    pts[1] = { x, y: pts[1]!.y };
  }
  const out = simplify(pts);
  return end === 'first' ? out : out.reverse();
}

/** The nodes at either end of `graph.edges[i]` for each `i` of `indices`, by id. */
function endsOf(graph: ErdGraph, indices: number[]): Map<string, ErdNode> {
  if (indices.length >= graph.edges.length) return new Map(graph.nodes.map((n) => [n.id, n]));
  const ids = new Set<string>();
  for (const i of indices) ids.add(graph.edges[i]!.source).add(graph.edges[i]!.target);
  const out = new Map<string, ErdNode>();
  for (const n of graph.nodes) if (ids.has(n.id)) out.set(n.id, n);
  return out;
}

/**
 * Vertical offsets that fan out column-less edges (logical M:N) drawn between the same pair of
 * boxes, for the edges among `indices` (an update reroutes a few: the others are not grouped).
 */
function parallelOffsets(edges: ErdEdge[], indices: number[]): number[] {
  const columnless = (e: ErdEdge) => e.sourceColumns.length === 0 && e.targetColumns.length === 0;
  const pairOf = (e: ErdEdge) => (e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`);
  const wanted = new Set<string>();
  for (const i of indices) if (columnless(edges[i]!)) wanted.add(pairOf(edges[i]!));
  if (wanted.size === 0) return [];
  const groups = new Map<string, number[]>();
  edges.forEach((e, i) => {
    if (!columnless(e)) return;
    const key = pairOf(e);
    if (!wanted.has(key)) return;
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });
  const out: number[] = [];
  for (const members of groups.values()) {
    members.forEach((edgeIndex, k) => {
      out[edgeIndex] = (k - (members.length - 1) / 2) * PARALLEL_GAP;
    });
  }
  return out;
}
