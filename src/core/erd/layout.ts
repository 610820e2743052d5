/**
 * Stable layout: a fresh diagram is laid out by dagre; afterwards boxes the learner already
 * sees keep their exact positions, new ones go into free space near their neighbours, and
 * dropped ones vanish. Edges are routed once the boxes are placed.
 */
import { Graph, layout as dagreLayout } from '@dagrejs/dagre';
import type { ErdGraph, ErdNode } from './graph.js';
import { SMALL_FONT_SIZE, textWidth } from './metrics.js';
import { extentOf, labelRect, type Rect } from './geometry.js';
import { Occupancy } from './occupancy.js';
import { PlacedBoxes } from './placed-boxes.js';
import { type EdgeRoute, type Point, type Positions, positionOf, routeEdges, STUB } from './route.js';
import { updateRoutes } from './route-update.js';

/** A placed diagram: the graph, each box's top-left corner, edge routes, and the drawing's bounds. */
export interface Layout {
  graph: ErdGraph;
  positions: Positions;
  routes: EdgeRoute[];
  bounds: { x: number; y: number; width: number; height: number };
}

/** The least free space kept around a newly placed box. */
export const BOX_MARGIN = 32;
/** Space around the drawing inside its bounds. */
const PADDING = 16;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Lays `graph` out, keeping the positions of boxes listed in `previous` unchanged; new boxes never
 * overlap a box (kept or new). Without `previous` (or with none of its boxes left) dagre lays out all.
 * With `prior` (the layout drawn before), lines that nothing moved across keep their routes, and
 * the boxes drawn before are not gathered again, so an update after one statement costs about the
 * same whatever the size of the schema.
 */
export function layoutDiagram(graph: ErdGraph, previous: Positions = {}, prior?: Layout): Layout {
  const known = prior ? drawnOf(prior) : null;
  const base = known?.boxes ?? null;
  const placed = base ? base.derive() : PlacedBoxes.empty();
  // Boxes of `prior` that moved, changed size or were dropped: their lines are routed again.
  const moved = new Set<string>();
  const fresh: ErdNode[] = [];
  const positions: Positions = {};
  // How many of the boxes drawn before are still in the graph: the others were dropped.
  let matched = 0;
  for (const node of graph.nodes) {
    const p = positionOf(previous, node.id);
    const valid = p !== undefined && Number.isFinite(p.x) && Number.isFinite(p.y);
    if (valid) setPosition(positions, node.id, { x: p.x, y: p.y });
    const r = base?.get(node.id);
    if (r) {
      matched++;
      if (valid && r.x === p.x && r.y === p.y && r.width === node.width && r.height === node.height) continue;
      placed.remove(node.id);
      moved.add(node.id);
    }
    if (valid) placed.set(node.id, { x: p.x, y: p.y, width: node.width, height: node.height });
    else fresh.push(node);
  }
  if (base && matched < base.size) {
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const [id] of [...base.entries()]) {
      if (ids.has(id)) continue;
      placed.remove(id);
      moved.add(id);
    }
  }
  if (placed.size === 0) {
    const proposed = dagrePositions(graph);
    for (const node of graph.nodes) {
      const want = proposed.get(node.id)!;
      // dagre spaces boxes apart; the check only guards against surprises (huge self-loops and the like).
      const box = { ...want, width: node.width, height: node.height };
      placed.set(node.id, isFree(placed, box, 0) ? box : nearestFree(node, want, placed)!);
    }
  } else if (fresh.length > 0) {
    placeIncrementally(graph, fresh, placed);
  }
  // The boxes placed here have no position yet; those given have theirs.
  for (const node of fresh) setPosition(positions, node.id, pointOf(placed.get(node.id)!));
  let layout: Layout;
  let lines: Occupancy;
  if (!prior) {
    const routes = routeEdges(graph, positions);
    layout = { graph, positions, routes, bounds: boundsOf(graph, placed.values(), routes) };
    lines = linesOf(routes);
  } else {
    const changed = placed.ownBoxes();
    const update = updateRoutes(graph, prior, placed, { changed, moved, lines: known!.lines });
    lines = update.lines;
    // When the change only added things, the old bounds grown by what is new are the drawing's bounds.
    const { boxes, routes } = update.added;
    const bounds = !update.onlyAdded
      ? boundsOf(graph, placed.values(), update.routes)
      : boxes.length + routes.length === 0
        ? prior.bounds
        : union(prior.bounds, boundsOf(graph, boxes, routes));
    layout = { graph, positions, routes: update.routes, bounds };
  }
  drawn.set(layout, { boxes: placed, lines });
  return layout;
}

function setPosition(positions: Positions, id: string, at: Point): void {
  // A plain assignment to `__proto__` would set the prototype instead of a key.
  if (id === '__proto__') Object.defineProperty(positions, id, { value: at, enumerable: true, writable: true, configurable: true });
  else positions[id] = at;
}

/** What each layout made here drew, kept so the next update builds on it instead of gathering it again. */
const drawn = new WeakMap<Layout, { boxes: PlacedBoxes; lines: Occupancy }>();

/** The boxes and lines of `layout`: those it was made with, or gathered from it (a layout from elsewhere). */
function drawnOf(layout: Layout): { boxes: PlacedBoxes; lines: Occupancy } {
  const known = drawn.get(layout);
  if (known) return known;
  const boxes = PlacedBoxes.empty();
  for (const node of layout.graph.nodes) {
    const p = positionOf(layout.positions, node.id);
    if (p) boxes.set(node.id, { x: p.x, y: p.y, width: node.width, height: node.height });
  }
  const found = { boxes, lines: linesOf(layout.routes) };
  drawn.set(layout, found);
  return found;
}

function linesOf(routes: EdgeRoute[]): Occupancy {
  const lines = Occupancy.empty();
  for (const r of routes) lines.add(r.points);
  return lines;
}

/** The placed boxes overlapping `region` grown by `margin`. */
function near(placed: PlacedBoxes, region: Box, margin: number): Rect[] {
  return placed.overlapping(region, margin);
}

/** True when `box` keeps `margin` clear of every placed box. */
function isFree(placed: PlacedBoxes, box: Box, margin: number): boolean {
  return near(placed, box, margin).length === 0;
}

/**
 * dagre's proposal (top-left corners, whole pixels), referenced tables left of those referencing
 * them. Each connected component is laid out on its own and the components are packed in rows:
 * lone tables would otherwise pile up in one tall first rank, and dagre's cost grows faster than
 * linearly with graph size.
 */
function dagrePositions(graph: ErdGraph): Map<string, Point> {
  const out = new Map<string, Point>();
  const parts = components(graph).map((nodes) => layoutComponent(graph, nodes));
  const gapAfter = (p: { at: Map<string, Point> }) => (p.at.size === 1 ? LONE_GAP : COMPONENT_GAP);
  const area = parts.reduce((sum, p) => sum + (p.width + gapAfter(p)) * (p.height + COMPONENT_GAP), 0);
  // A row holds at least two components, so two lone tables sit side by side with room between.
  const firstTwo = parts.length > 1 ? parts[0]!.width + gapAfter(parts[0]!) + parts[1]!.width : 0;
  const rowWidth = Math.max(...parts.map((p) => p.width), Math.sqrt(area) * 1.4, firstTwo);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const part of parts) {
    if (x > 0 && x + part.width > rowWidth) {
      x = 0;
      y += rowHeight + COMPONENT_GAP;
      rowHeight = 0;
    }
    for (const [id, p] of part.at) out.set(id, { x: p.x + x, y: p.y + y });
    // Lone tables are often about to be linked: leave room for a junction between two of them.
    x += part.width + gapAfter(part);
    rowHeight = Math.max(rowHeight, part.height);
  }
  return out;
}

/** Space between packed components. */
const COMPONENT_GAP = 2 * BOX_MARGIN;
/** Space after a lone table in a row: a junction box of typical width fits, a margin clear of both. */
const LONE_GAP = 300;

/** Connected components of the graph, largest first, nodes in graph order. */
function components(graph: ErdGraph): ErdNode[][] {
  const parent = new Map(graph.nodes.map((n) => [n.id, n.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const e of graph.edges) {
    if (parent.has(e.source) && parent.has(e.target)) parent.set(find(e.source), find(e.target));
  }
  const groups = new Map<string, ErdNode[]>();
  for (const n of graph.nodes) {
    const root = find(n.id);
    groups.set(root, [...(groups.get(root) ?? []), n]);
  }
  // Array sort is stable, so equal-sized components keep the order of their first table.
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

function layoutComponent(graph: ErdGraph, nodes: ErdNode[]): { at: Map<string, Point>; width: number; height: number } {
  if (nodes.length === 1) {
    const n = nodes[0]!;
    return { at: new Map([[n.id, { x: 0, y: 0 }]]), width: n.width, height: n.height };
  }
  const ids = new Set(nodes.map((n) => n.id));
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 80, edgesep: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) g.setNode(node.id, { width: node.width, height: node.height });
  const links = rankedLinks(graph, ids);
  links.forEach((link, i) => {
    g.setEdge(link.from, link.to, { minlen: 1, weight: link.weight, ...link.label }, `e${i}`);
  });
  dagreLayout(g);
  const at = new Map<string, Point>();
  let width = 0;
  let height = 0;
  for (const node of nodes) {
    const n = g.node(node.id);
    const p = { x: Math.round((n.x ?? 0) - node.width / 2), y: Math.round((n.y ?? 0) - node.height / 2) };
    at.set(node.id, p);
    width = Math.max(width, p.x + node.width);
    height = Math.max(height, p.y + node.height);
  }
  return { at, width, height };
}

interface RankedLink {
  from: string;
  to: string;
  weight: number;
  label: { width?: number; height?: number; labelpos?: 'c' };
}

/**
 * The links dagre ranks, left to right. An FK line runs from the referenced table to the table
 * referencing it, so parents sit left of their children; a junction's parents are split, one side
 * ranked before the junction and the other after it, so the junction lands between them (an
 * n-ary junction or hub amid its tables); logical M:N lines keep the junction's order.
 */
function rankedLinks(graph: ErdGraph, ids: Set<string>): RankedLink[] {
  const depth = fkDepths(graph, ids);
  const sides = new Map<string, Set<string>>();
  for (const node of graph.nodes) {
    if (!ids.has(node.id)) continue;
    const parents =
      node.kind === 'hub' ? graph.edges.filter((e) => e.source === node.id).map((e) => e.target) : node.badge ? node.badge.between : [];
    const distinct = [...new Set(parents)].filter((p) => ids.has(p) && p !== node.id);
    if (distinct.length < 2) continue;
    // Shallower parents go first (left); ties keep the relationship's order.
    const ordered = distinct.map((p, i) => ({ p, i })).sort((a, b) => (depth.get(a.p) ?? 0) - (depth.get(b.p) ?? 0) || a.i - b.i);
    const before = new Set(ordered.slice(0, Math.floor(ordered.length / 2)).map((o) => o.p));
    sides.set(node.id, before);
  }
  const out: RankedLink[] = [];
  for (const edge of graph.edges) {
    if (edge.source === edge.target || !ids.has(edge.source) || !ids.has(edge.target)) continue;
    // Labelled edges (logical M:N) get room for their label between the ranks.
    const label: RankedLink['label'] =
      edge.label === null ? {} : { width: textWidth(edge.label, SMALL_FONT_SIZE) + 2 * STUB + 24, height: 16, labelpos: 'c' as const };
    const split = sides.get(edge.source);
    if (edge.kind === 'many-to-many' && edge.junction !== null && !graph.nodes.some((n) => n.id === edge.junction)) {
      out.push({ from: edge.source, to: edge.target, weight: 1, label });
    } else if (split) {
      // From the junction (or hub) to one of its parents.
      out.push(
        split.has(edge.target)
          ? { from: edge.target, to: edge.source, weight: 4, label }
          : { from: edge.source, to: edge.target, weight: 4, label },
      );
    } else {
      out.push({ from: edge.target, to: edge.source, weight: 1, label });
    }
  }
  return out;
}

/** How many FK steps each table is from a table that references nothing (cycles cut where met). */
function fkDepths(graph: ErdGraph, ids: Set<string>): Map<string, number> {
  const parents = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.source === e.target || !ids.has(e.source) || !ids.has(e.target) || e.kind === 'many-to-many' || e.kind === 'n-ary') continue;
    parents.set(e.source, [...(parents.get(e.source) ?? []), e.target]);
  }
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    let d = 0;
    for (const p of parents.get(id) ?? []) d = Math.max(d, visit(p) + 1);
    visiting.delete(id);
    depth.set(id, d);
    return d;
  };
  for (const id of ids) visit(id);
  return depth;
}

/**
 * Places new boxes one by one, those next to already placed boxes first, each at the free spot
 * nearest its neighbours' centre; a new junction goes between its two parents when there is room.
 * Boxes with no placed neighbour are laid out by dagre on their own and set beside the drawing:
 * the schema is never laid out again as a whole.
 */
function placeIncrementally(graph: ErdGraph, fresh: ErdNode[], placed: PlacedBoxes): void {
  const freshIds = new Set(fresh.map((n) => n.id));
  // One new table (the usual update) is compared with each edge's ends directly.
  const only = fresh.length === 1 ? fresh[0]!.id : null;
  const touches = (e: ErdGraph['edges'][number]) =>
    only !== null ? e.source === only || e.target === only : freshIds.has(e.source) || freshIds.has(e.target);
  const neighbours = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (!touches(e)) continue;
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  const around = (id: string) => neighbours.get(id) ?? [];
  let proposal: { at: Map<string, Point>; dx: number; dy: number } | null = null;
  const pending = [...fresh];
  while (pending.length > 0) {
    let i = pending.findIndex((n) => around(n.id).some((id) => placed.has(id)));
    let want: Point;
    let accept: ((box: Box) => boolean) | undefined;
    if (i >= 0) {
      const node = pending[i]!;
      const parents = node.badge ? [...new Set(node.badge.between)].flatMap((id) => placed.get(id) ?? []) : [];
      const boxes = parents.length >= 2 ? parents : around(node.id).flatMap((id) => placed.get(id) ?? []);
      const cx = boxes.reduce((s, b) => s + b.x + b.width / 2, 0) / boxes.length;
      const cy = boxes.reduce((s, b) => s + b.y + b.height / 2, 0) / boxes.length;
      want = { x: cx - node.width / 2, y: cy - node.height / 2 };
      if (parents.length === 2) accept = (box) => isBetween(box, parents[0]!, parents[1]!);
    } else {
      i = 0;
      proposal ??= besideDrawing(graph, pending, placed);
      const p = proposal.at.get(pending[0]!.id)!;
      want = { x: p.x + proposal.dx, y: p.y + proposal.dy };
    }
    const node = pending.splice(i, 1)[0]!;
    placed.set(node.id, (accept && nearestFree(node, want, placed, accept)) || nearestFree(node, want, placed)!);
  }
}

/** True when `box`'s centre lies between the centres of `a` and `b` on their axis, within the band they span. */
function isBetween(box: Box, a: Box, b: Box): boolean {
  const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const ca = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  const cb = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  const inside = (v: number, lo: number, hi: number) => v > Math.min(lo, hi) && v < Math.max(lo, hi);
  return Math.abs(ca.x - cb.x) >= Math.abs(ca.y - cb.y)
    ? inside(c.x, ca.x, cb.x) && inside(c.y, Math.min(a.y, b.y), Math.max(a.y + a.height, b.y + b.height))
    : inside(c.y, ca.y, cb.y) && inside(c.x, Math.min(a.x, b.x), Math.max(a.x + a.width, b.x + b.width));
}

/** dagre's layout of the new boxes alone, shifted to start right of the drawing, level with its top. */
function besideDrawing(graph: ErdGraph, pending: ErdNode[], placed: PlacedBoxes): { at: Map<string, Point>; dx: number; dy: number } {
  const ids = new Set(pending.map((n) => n.id));
  const sub: ErdGraph = { ...graph, nodes: pending, edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
  const at = dagrePositions(sub);
  let right = Number.NEGATIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  for (const b of placed.values()) {
    right = Math.max(right, b.x + b.width);
    top = Math.min(top, b.y);
  }
  return { at, dx: Math.round(right + COMPONENT_GAP), dy: Math.round(top) };
}

/**
 * The free spot (BOX_MARGIN clear of every placed box) nearest `want` that `accept` takes: `want`
 * itself, or a spot flush beside one of the placed boxes. Spots beside the boxes near `want` are
 * tried first, and the neighbourhood grows only while none is free. Without `accept` one always
 * exists (right of the right-most box is free); with it, null when none is accepted.
 */
function nearestFree(node: ErdNode, want: Point, placed: PlacedBoxes, accept?: (box: Box) => boolean): Box | null {
  const w = node.width;
  const h = node.height;
  const m = BOX_MARGIN;
  const wx = Math.round(want.x);
  const wy = Math.round(want.y);
  const tried = new Set<string>();
  for (let reach = 2 * (w + h + m); ; reach *= 2) {
    const around = near(placed, { x: want.x - reach, y: want.y - reach, width: 2 * reach + w, height: 2 * reach + h }, 0);
    const everything = around.length === placed.size;
    const candidates: { x: number; y: number; d: number }[] = [];
    const add = (x: number, y: number) => candidates.push({ x, y, d: Math.hypot(x - want.x, y - want.y) });
    add(wx, wy);
    for (const b of around) {
      add(b.x + b.width + m, b.y);
      add(b.x - w - m, b.y);
      add(b.x, b.y + b.height + m);
      add(b.x, b.y - h - m);
      add(b.x + b.width + m, wy);
      add(b.x - w - m, wy);
      add(wx, b.y + b.height + m);
      add(wx, b.y - h - m);
    }
    // Nearest first: the first free one is the answer, so few candidates are ever tested. A spot
    // farther than the neighbourhood may lose to one beside a box outside it: look wider first.
    candidates.sort((p, q) => p.d - q.d);
    for (const c of candidates) {
      if (!everything && c.d > reach) break;
      const key = `${c.x},${c.y}`;
      if (tried.has(key)) continue;
      tried.add(key);
      const box = { x: c.x, y: c.y, width: w, height: h };
      if ((!accept || accept(box)) && isFree(placed, box, m)) return box;
    }
    if (everything) break;
  }
  if (accept) return null;
  // Unreachable when the margin is positive; kept so a bug cannot stack boxes silently.
  const right = Math.max(...[...placed.values()].map((b) => b.x + b.width));
  return { x: right + m, y: wy, width: w, height: h };
}

function pointOf(b: Box): Point {
  return { x: b.x, y: b.y };
}

/** The drawing's extent: boxes, route points and labels, with padding. */
function boundsOf(graph: ErdGraph, placed: Iterable<Box>, routes: EdgeRoute[]): Layout['bounds'] {
  const boxes = [...placed];
  if (boxes.length === 0 && routes.length === 0) return { x: 0, y: 0, width: 2 * PADDING, height: 2 * PADDING };
  for (const r of routes) {
    const text = graph.edges[r.index]!.label;
    if (text !== null) boxes.push(labelRect(text, r.labelAt));
  }
  const {
    x: x0,
    y: y0,
    width,
    height,
  } = extentOf(
    boxes,
    routes.flatMap((r) => r.points),
  );
  const x1 = x0 + width;
  const y1 = y0 + height;
  // Labels can stick out beyond the last bend; a stub's width of slack covers short ones.
  const x = x0 - PADDING - STUB;
  const y = y0 - PADDING;
  return { x, y, width: x1 + PADDING + STUB - x, height: y1 + PADDING - y };
}

/** The smallest bounds holding both `a` and `b` (each padded alike). */
function union(a: Layout['bounds'], b: Layout['bounds']): Layout['bounds'] {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}
