/**
 * How readable a laid-out diagram is, counted from its geometry as the SVG draws it: boxes that
 * overlap, lines through tables, labels on top of things, junctions away from the tables they
 * link, and line crossings. The benchmark prints these for a corpus of schemas; tests assert them.
 */
import { endRect, labelRect, type Point, polylineCrossesRect, type Rect, rectsOverlap, segmentsCross } from './geometry.js';
import type { Layout } from './layout.js';
import { positionOf } from './route.js';

/** Counts of what makes a diagram hard to read (all zero is best, but for the junction counts). */
export interface Readability {
  /** Pairs of boxes (tables or hubs) that overlap. */
  tableOverlaps: number;
  /** Lines that run through a box that is not one of their two ends. */
  edgesThroughTables: number;
  /** Labels that overlap a box, another label or a line end (each pair counted once). */
  labelOverlaps: number;
  /** Junctions linking two or more distinct tables (a junction box, or a hub in the logical view). */
  junctions: number;
  /** Of those, the ones placed between (for n-ary: amid) the tables they link. */
  junctionsBetween: number;
  /** Points where two different lines cross. */
  crossings: number;
}

/** A junction and the tables it links, with where each sits: what `junctionsBetween` looks at. */
export interface JunctionPlacement {
  junction: string;
  parents: string[];
  between: boolean;
}

/** Measures `layout`. */
export function measureReadability(layout: Layout): Readability {
  const rects = boxRects(layout);
  const placements = junctionPlacements(layout);
  return {
    tableOverlaps: countPairs([...rects.values()], (a, b) => rectsOverlap(a, b)),
    edgesThroughTables: edgesThroughTables(layout, rects),
    labelOverlaps: labelOverlaps(layout, rects),
    junctions: placements.length,
    junctionsBetween: placements.filter((p) => p.between).length,
    crossings: crossings(layout),
  };
}

function boxRects(layout: Layout): Map<string, Rect> {
  const out = new Map<string, Rect>();
  for (const n of layout.graph.nodes) {
    const p = positionOf(layout.positions, n.id);
    if (p) out.set(n.id, { ...p, width: n.width, height: n.height });
  }
  return out;
}

function countPairs<T>(items: T[], test: (a: T, b: T) => boolean): number {
  let n = 0;
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) if (test(items[i]!, items[j]!)) n++;
  return n;
}

function edgesThroughTables(layout: Layout, rects: Map<string, Rect>): number {
  let n = 0;
  for (const route of layout.routes) {
    const edge = layout.graph.edges[route.index]!;
    for (const [id, r] of rects) {
      if (id === edge.source || id === edge.target) continue;
      if (polylineCrossesRect(route.points, r)) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** The label boxes of a layout's labelled lines, as drawn (centred on `labelAt`). */
export function labelRects(layout: Layout): Rect[] {
  const out: Rect[] = [];
  for (const route of layout.routes) {
    const text = layout.graph.edges[route.index]!.label;
    if (text !== null) out.push(labelRect(text, route.labelAt));
  }
  return out;
}

function labelOverlaps(layout: Layout, rects: Map<string, Rect>): number {
  const labels = labelRects(layout);
  const ends: Rect[] = [];
  for (const route of layout.routes) {
    const p = route.points;
    if (p.length >= 2) ends.push(endRect(p[0]!, p[1]!), endRect(p.at(-1)!, p.at(-2)!));
  }
  let n = countPairs(labels, (a, b) => rectsOverlap(a, b));
  for (const label of labels) {
    for (const r of rects.values()) if (rectsOverlap(label, r)) n++;
    for (const e of ends) if (rectsOverlap(label, e)) n++;
  }
  return n;
}

/**
 * Each junction with the tables it links and whether it sits between them: its centre lies
 * strictly between its two parents' centres on the axis they are spread along (the one with the
 * larger distance), and within the band their two boxes cover on the other axis; with three or
 * more parents, within the range of their centres on every axis along which they are spread.
 */
export function junctionPlacements(layout: Layout): JunctionPlacement[] {
  const { graph } = layout;
  const centre = (id: string): Point | null => {
    const n = graph.nodes.find((x) => x.id === id);
    const p = positionOf(layout.positions, id);
    return n && p ? { x: p.x + n.width / 2, y: p.y + n.height / 2 } : null;
  };
  const out: JunctionPlacement[] = [];
  for (const node of graph.nodes) {
    const linked = node.kind === 'hub' ? graph.edges.filter((e) => e.source === node.id).map((e) => e.target) : (node.badge?.between ?? []);
    const parents = [...new Set(linked)].filter((p) => p !== node.id);
    const c = centre(node.id);
    const cs = parents.map(centre);
    if (parents.length < 2 || !c || cs.some((p) => p === null)) continue;
    const pts = cs as Point[];
    let between: boolean;
    if (pts.length === 2) {
      const [a, b] = pts as [Point, Point];
      const [ra, rb] = [rectOf(layout, parents[0]!)!, rectOf(layout, parents[1]!)!];
      const alongX = Math.abs(a.x - b.x) >= Math.abs(a.y - b.y);
      // Between on the axis they are spread along, and in the band their boxes span across it:
      // beside both (a "<" of two stacked parents and the junction) does not count.
      between = alongX
        ? strictlyBetween(c.x, a.x, b.x) && strictlyBetween(c.y, Math.min(ra.y, rb.y), Math.max(ra.y + ra.height, rb.y + rb.height))
        : strictlyBetween(c.y, a.y, b.y) && strictlyBetween(c.x, Math.min(ra.x, rb.x), Math.max(ra.x + ra.width, rb.x + rb.width));
    } else {
      const within = (v: number, vs: number[]) => {
        const lo = Math.min(...vs);
        const hi = Math.max(...vs);
        return hi - lo < 1 || (v > lo && v < hi);
      };
      between =
        within(
          c.x,
          pts.map((p) => p.x),
        ) &&
        within(
          c.y,
          pts.map((p) => p.y),
        );
    }
    out.push({ junction: node.id, parents, between });
  }
  return out;
}

function rectOf(layout: Layout, id: string): Rect | null {
  const n = layout.graph.nodes.find((x) => x.id === id);
  const p = positionOf(layout.positions, id);
  return n && p ? { ...p, width: n.width, height: n.height } : null;
}

function strictlyBetween(v: number, a: number, b: number): boolean {
  return v > Math.min(a, b) && v < Math.max(a, b);
}

function crossings(layout: Layout): number {
  const segments: { route: number; p: Point; q: Point }[] = [];
  for (const route of layout.routes) {
    const pts = route.points;
    for (let i = 1; i < pts.length; i++) segments.push({ route: route.index, p: pts[i - 1]!, q: pts[i]! });
  }
  let n = 0;
  for (let i = 0; i < segments.length; i++) {
    const a = segments[i]!;
    for (let j = i + 1; j < segments.length; j++) {
      const b = segments[j]!;
      if (a.route !== b.route && segmentsCross(a.p, a.q, b.p, b.q)) n++;
    }
  }
  return n;
}
