/**
 * Edge routes for given box positions: orthogonal polylines that start and end on box borders,
 * at the row of the FK/referenced column when there is one. Cheap enough to re-run while dragging.
 */
import type { ErdEdge, ErdGraph, ErdNode } from './graph.js';
import { HEADER_HEIGHT, ROW_HEIGHT } from './metrics.js';

export interface Point {
  x: number;
  y: number;
}

/** Top-left corner of each box by node id: plain JSON, persisted per lesson and edited by dragging. */
export type Positions = Record<string, Point>;

/** The polyline of `graph.edges[index]`, and where its label (if any) goes. */
export interface EdgeRoute {
  index: number;
  edgeId: string;
  points: Point[];
  labelAt: Point;
}

/** Shortest straight run at a box border, so crow's-foot ends have room to be drawn. */
export const STUB = 20;
/** Spacing between parallel column-less edges joining the same two boxes. */
const PARALLEL_GAP = 12;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Reads a node's position without tripping over names such as `__proto__`. */
export function positionOf(positions: Positions, id: string): Point | undefined {
  return Object.hasOwn(positions, id) ? positions[id] : undefined;
}

/** Routes every edge of `graph` whose two boxes have positions; edges to unplaced boxes are left out. */
export function routeEdges(graph: ErdGraph, positions: Positions): EdgeRoute[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const offsets = parallelOffsets(graph.edges);
  const routes: EdgeRoute[] = [];
  graph.edges.forEach((edge, index) => {
    const s = nodes.get(edge.source);
    const t = nodes.get(edge.target);
    const sp = s && positionOf(positions, s.id);
    const tp = t && positionOf(positions, t.id);
    if (!s || !t || !sp || !tp) return;
    const a: Rect = { ...sp, width: s.width, height: s.height };
    const b: Rect = { ...tp, width: t.width, height: t.height };
    const offset = offsets[index] ?? 0;
    const ys = anchorY(s, a, edge.sourceColumns) + offset;
    const yt = anchorY(t, b, edge.targetColumns) + offset;
    const points = s === t ? selfLoop(a, ys, yt) : route(a, b, ys, yt);
    routes.push({ index, edgeId: edge.id, points, labelAt: midpoint(points) });
  });
  separateMiddles(routes, graph.edges);
  for (const r of routes) r.labelAt = midpoint(r.points);
  return routes;
}

/**
 * Lines entering one box from the same side would share their vertical middle segment and read as
 * one; fan those middles apart (staying clear of the stubs at both ends).
 */
function separateMiddles(routes: EdgeRoute[], edges: ErdEdge[]): void {
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
      r.points = [p0, { x, y: p1.y }, { x, y: p2.y }, p3];
    });
  }
}

function anchorY(node: ErdNode, r: Rect, columns: string[]): number {
  const row = columns.length > 0 ? node.columns.findIndex((c) => c.name === columns[0]) : -1;
  if (row >= 0) return r.y + HEADER_HEIGHT + row * ROW_HEIGHT + ROW_HEIGHT / 2;
  return r.y + r.height / 2;
}

function route(a: Rect, b: Rect, ys: number, yt: number): Point[] {
  if (b.x - (a.x + a.width) >= 2 * STUB) return horizontal(a.x + a.width, ys, b.x, yt);
  if (a.x - (b.x + b.width) >= 2 * STUB) return horizontal(a.x, ys, b.x + b.width, yt);
  const ax = a.x + a.width / 2;
  const bx = b.x + b.width / 2;
  if (b.y - (a.y + a.height) >= 2 * STUB) return vertical(ax, a.y + a.height, bx, b.y);
  if (a.y - (b.y + b.height) >= 2 * STUB) return vertical(ax, a.y, bx, b.y + b.height);
  // Boxes too close on both axes: leave both on their right side and join beyond the wider one.
  const x = Math.max(a.x + a.width, b.x + b.width) + STUB + 6;
  return [
    { x: a.x + a.width, y: ys },
    { x, y: ys },
    { x, y: yt },
    { x: b.x + b.width, y: yt },
  ];
}

function horizontal(x1: number, y1: number, x2: number, y2: number): Point[] {
  if (y1 === y2)
    return [
      { x: x1, y: y1 },
      { x: x2, y: y2 },
    ];
  const mid = Math.round((x1 + x2) / 2);
  return [
    { x: x1, y: y1 },
    { x: mid, y: y1 },
    { x: mid, y: y2 },
    { x: x2, y: y2 },
  ];
}

function vertical(x1: number, y1: number, x2: number, y2: number): Point[] {
  if (x1 === x2)
    return [
      { x: x1, y: y1 },
      { x: x2, y: y2 },
    ];
  const mid = Math.round((y1 + y2) / 2);
  return [
    { x: x1, y: y1 },
    { x: x1, y: mid },
    { x: x2, y: mid },
    { x: x2, y: y2 },
  ];
}

function selfLoop(r: Rect, ys: number, yt: number): Point[] {
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

/** Vertical offsets that fan out column-less edges (logical M:N) drawn between the same pair of boxes. */
function parallelOffsets(edges: ErdEdge[]): number[] {
  const groups = new Map<string, number[]>();
  edges.forEach((e, i) => {
    if (e.sourceColumns.length > 0 || e.targetColumns.length > 0) return;
    const key = [e.source, e.target].sort().join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const out: number[] = [];
  for (const members of groups.values()) {
    members.forEach((edgeIndex, k) => {
      out[edgeIndex] = (k - (members.length - 1) / 2) * PARALLEL_GAP;
    });
  }
  return out;
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
