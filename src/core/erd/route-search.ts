/**
 * Obstacle-avoiding orthogonal routes: a shortest path with few bends on a sparse grid made of the
 * lines just outside the boxes near the edge, used when no simple elbow gets through.
 */
import type { BoxQuery } from './box-index.js';
import type { Point, Rect } from './geometry.js';
import type { Occupancy, SegmentIndex } from './occupancy.js';

/** Where a line may leave or enter a box: the point on its border, and the point a stub away. */
export interface Port {
  tip: Point;
  stub: Point;
  /** Extra cost of using this port (a side other than the column's row costs more). */
  penalty: number;
}

/** Distance kept between a searched line and any box. */
export const CLEARANCE = 10;
const BEND = 24;
const SHARED = 3;
/** Cost of crossing a line already drawn, in pixels of detour it is worth. */
const CROSS = 250;

function lowerBound(list: number[], v: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many drawn lines the run `a`–`b` (axis-parallel) crosses. */
function crossingCount(occupancy: SegmentIndex, a: Point, b: Point): number {
  const alongX = a.y === b.y;
  const keys = alongX ? occupancy.xs : occupancy.ys;
  const map = alongX ? occupancy.vertical : occupancy.horizontal;
  const lo = alongX ? Math.min(a.x, b.x) : Math.min(a.y, b.y);
  const hi = alongX ? Math.max(a.x, b.x) : Math.max(a.y, b.y);
  const at = alongX ? a.y : a.x;
  let n = 0;
  for (let i = lowerBound(keys, lo); i < keys.length && keys[i]! < hi; i++) {
    if (keys[i] === lo) continue;
    for (const [s, e] of map.get(keys[i]!)!) if (s < at && at < e) n++;
  }
  return n;
}

/** What a finished route costs in the search's terms: length, bends, crossings and shared runs. */
export function routeCost(points: readonly Point[], drawn: Occupancy): number {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  const occupancy = drawn.runsIn({ x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y });
  let cost = 0;
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    cost += Math.abs(q.x - p.x) + Math.abs(q.y - p.y) + CROSS * crossingCount(occupancy, p, q);
    if (i > 1) cost += BEND;
  }
  return cost;
}

/**
 * The cheapest orthogonal polyline from one of `from` to one of `to` (tip to tip) that keeps
 * `CLEARANCE` away from every rectangle in `obstacles`, or null when the region has no way through.
 */
export function searchRoute(from: Port[], to: Port[], obstacles: Rect[], drawn: Occupancy): Point[] | null {
  const xs = new Set<number>();
  const ys = new Set<number>();
  for (const p of [...from, ...to]) {
    xs.add(p.stub.x);
    ys.add(p.stub.y);
  }
  const blockers = obstacles.map((r) => ({
    x: r.x - CLEARANCE + 0.5,
    y: r.y - CLEARANCE + 0.5,
    width: r.width + 2 * CLEARANCE - 1,
    height: r.height + 2 * CLEARANCE - 1,
  }));
  for (const r of obstacles) {
    xs.add(r.x - CLEARANCE);
    xs.add(r.x + r.width + CLEARANCE);
    ys.add(r.y - CLEARANCE);
    ys.add(r.y + r.height + CLEARANCE);
  }
  const X = [...xs].sort((a, b) => a - b);
  const Y = [...ys].sort((a, b) => a - b);
  const occupancy = drawn.runsIn({ x: X[0]!, y: Y[0]!, width: X.at(-1)! - X[0]!, height: Y.at(-1)! - Y[0]! });
  const xi = new Map(X.map((x, i) => [x, i]));
  const yi = new Map(Y.map((y, i) => [y, i]));
  const W = X.length;
  const H = Y.length;
  // Mark what each box blocks by index ranges: grid points inside it, and grid runs whose middle is
  // inside it (grid lines lie just outside every box, so a run between neighbours is either clear or blocked).
  const free = new Uint8Array(W * H).fill(1);
  const openH = new Uint8Array(W * H).fill(1);
  const openV = new Uint8Array(W * H).fill(1);
  for (const b of blockers) {
    const x0 = b.x;
    const x1 = b.x + b.width;
    const y0 = b.y;
    const y1 = b.y + b.height;
    const i0 = Math.max(0, lowerBound(X, x0) - 1);
    const i1 = Math.min(W - 1, lowerBound(X, x1));
    const j0 = Math.max(0, lowerBound(Y, y0) - 1);
    const j1 = Math.min(H - 1, lowerBound(Y, y1));
    for (let j = j0; j <= j1; j++) {
      const y = Y[j]!;
      const rowInside = y > y0 && y < y1;
      for (let i = i0; i <= i1; i++) {
        const x = X[i]!;
        const k = j * W + i;
        if (rowInside && x > x0 && x < x1) free[k] = 0;
        if (rowInside && i + 1 < W) {
          const mx = (x + X[i + 1]!) / 2;
          if (mx > x0 && mx < x1) openH[k] = 0;
        }
        if (x > x0 && x < x1 && j + 1 < H) {
          const my = (y + Y[j + 1]!) / 2;
          if (my > y0 && my < y1) openV[k] = 0;
        }
      }
    }
  }
  // What each grid run costs for the lines already drawn, worked out once rather than at every step.
  const runs = drawnRuns(occupancy, X, Y);

  // Directions: 0 right, 1 down, 2 left, 3 up. State id = cell * 4 + direction.
  const DX = [1, 0, -1, 0];
  const DY = [0, 1, 0, -1];
  const goals = new Int32Array(W * H).fill(-1);
  to.forEach((p, n) => {
    goals[yi.get(p.stub.y)! * W + xi.get(p.stub.x)!] = n;
  });
  const goalI = to.map((p) => xi.get(p.stub.x)!);
  const goalJ = to.map((p) => yi.get(p.stub.y)!);
  // What is left from each grid point at least: the cheapest way to a goal without counting bends,
  // worked out backwards from the goals over the grid points alone (a quarter of the states). It
  // counts the lines a way must cross, so the search below heads for the cheap way at once.
  const rest = new Float64Array(W * H).fill(Number.POSITIVE_INFINITY);
  const back1 = new MinHeap();
  to.forEach((p, n) => {
    const cell = goalJ[n]! * W + goalI[n]!;
    if (p.penalty >= rest[cell]!) return;
    rest[cell] = p.penalty;
    back1.push(cell, p.penalty);
  });
  while (back1.size > 0) {
    const at = back1.topKey;
    const cell = back1.pop();
    // A way forward never passes a point inside a box, nor a goal (it stops there).
    if (at > rest[cell]! || (!free[cell] && goals[cell]! < 0)) continue;
    const i = cell % W;
    const j = (cell - i) / W;
    for (let d = 0; d < 4; d++) {
      const ni = i + DX[d]!;
      const nj = j + DY[d]!;
      if (ni < 0 || nj < 0 || ni >= W || nj >= H) continue;
      const run = d === 0 || d === 1 ? j * W + i : d === 2 ? j * W + i - 1 : (j - 1) * W + i;
      const horizontal = d % 2 === 0;
      if ((horizontal ? openH[run] : openV[run]) !== 1) continue;
      const len = horizontal ? Math.abs(X[ni]! - X[i]!) : Math.abs(Y[nj]! - Y[j]!);
      const step =
        at +
        len +
        SHARED * (horizontal ? runs.sharedH[run]! : runs.sharedV[run]!) +
        CROSS * (horizontal ? runs.crossH[run]! : runs.crossV[run]!);
      const next = nj * W + ni;
      if (step < rest[next]!) {
        rest[next] = step;
        back1.push(next, step);
      }
    }
  }
  const restOf = (cell: number) => rest[cell]!;
  const cost = new Float64Array(W * H * 4).fill(Number.POSITIVE_INFINITY);
  const back = new Int32Array(W * H * 4).fill(-1);
  const heap = new MinHeap();
  for (const p of from) {
    const cell = yi.get(p.stub.y)! * W + xi.get(p.stub.x)!;
    const dir = outward(p);
    const state = cell * 4 + dir;
    if (cost[state]! <= p.penalty) continue;
    cost[state] = p.penalty;
    back[state] = -1;
    heap.push(state, p.penalty + restOf(cell));
  }
  while (heap.size > 0) {
    const f = heap.topKey;
    const state = heap.pop();
    const g = cost[state]!;
    const cell = state >> 2;
    const dir = state & 3;
    const i = cell % W;
    const j = (cell - i) / W;
    if (goals[cell]! >= 0) return pathOf(state, back, X, Y, W, to[goals[cell]!]!, from);
    // A state reached more cheaply since it was queued has been expanded from there already.
    if (f > g + restOf(cell)) continue;
    for (let d = 0; d < 4; d++) {
      if (d === (dir + 2) % 4) continue;
      const ni = i + DX[d]!;
      const nj = j + DY[d]!;
      if (ni < 0 || nj < 0 || ni >= W || nj >= H) continue;
      const next = nj * W + ni;
      const goalAt = goals[next]! >= 0 ? to[goals[next]!]! : undefined;
      if (!free[next] && !goalAt) continue;
      // Runs are stored at their left or upper grid point.
      const run = d === 0 || d === 1 ? j * W + i : d === 2 ? j * W + i - 1 : (j - 1) * W + i;
      const horizontal = d % 2 === 0;
      if ((horizontal ? openH[run] : openV[run]) !== 1) continue;
      const len = horizontal ? Math.abs(X[ni]! - X[i]!) : Math.abs(Y[nj]! - Y[j]!);
      const shared = horizontal ? runs.sharedH[run]! : runs.sharedV[run]!;
      const crossed = horizontal ? runs.crossH[run]! : runs.crossV[run]!;
      // Arriving at a stub against its port's outward direction saves the bend at the box.
      const into = goalAt ? (d === (outward(goalAt) + 2) % 4 ? 0 : BEND) + goalAt.penalty : 0;
      const step = g + len + SHARED * shared + CROSS * crossed + (d === dir ? 0 : BEND) + into;
      const ns = next * 4 + d;
      if (step < cost[ns]! && restOf(next) < Number.POSITIVE_INFINITY) {
        cost[ns] = step;
        back[ns] = state;
        heap.push(ns, goalAt ? step : step + restOf(next));
      }
    }
  }
  return null;
}

/**
 * For every grid run between neighbouring grid points (stored at its left or upper point), how
 * many drawn lines cross it and how much of it runs on top of drawn lines: `crossingCount` and
 * the shared length of each run, worked out per drawn segment instead of per step of the search.
 */
function drawnRuns(
  occupancy: SegmentIndex,
  X: number[],
  Y: number[],
): { crossH: Uint16Array; crossV: Uint16Array; sharedH: Float64Array; sharedV: Float64Array } {
  const W = X.length;
  const H = Y.length;
  const crossH = new Uint16Array(W * H);
  const crossV = new Uint16Array(W * H);
  const sharedH = new Float64Array(W * H);
  const sharedV = new Float64Array(W * H);
  const cross = (keys: number[], along: number[], map: Map<number, [number, number][]>, out: Uint16Array, horizontalRuns: boolean) => {
    for (const key of map.keys()) {
      // A line on a grid line crosses no run between neighbours (the runs end on it).
      const u = lowerBound(keys, key);
      if (u === 0 || u >= keys.length || keys[u] === key) continue;
      const between = u - 1;
      for (const [s, e] of map.get(key)!) {
        for (let v = lowerBound(along, s); v < along.length && along[v]! < e; v++) {
          if (along[v] === s) continue;
          out[horizontalRuns ? v * W + between : between * W + v]!++;
        }
      }
    }
  };
  cross(X, Y, occupancy.vertical, crossH, true);
  cross(Y, X, occupancy.horizontal, crossV, false);
  const share = (keys: number[], along: number[], map: Map<number, [number, number][]>, out: Float64Array, horizontalRuns: boolean) => {
    keys.forEach((key, k) => {
      const spans = map.get(key);
      if (!spans) return;
      for (const [lo, hi] of spans) {
        for (let v = Math.max(0, lowerBound(along, lo) - 1); v + 1 < along.length && along[v]! < hi; v++) {
          const overlap = Math.max(0, Math.min(along[v + 1]!, hi) - Math.max(along[v]!, lo));
          if (overlap > 0) out[horizontalRuns ? k * W + v : v * W + k]! += overlap;
        }
      }
    });
  };
  share(Y, X, occupancy.horizontal, sharedH, true);
  share(X, Y, occupancy.vertical, sharedV, false);
  return { crossH, crossV, sharedH, sharedV };
}

function outward(p: Port): number {
  if (p.stub.x > p.tip.x) return 0;
  if (p.stub.y > p.tip.y) return 1;
  if (p.stub.x < p.tip.x) return 2;
  return 3;
}

function pathOf(state: number, back: Int32Array, X: number[], Y: number[], W: number, goal: Port, from: Port[]): Point[] {
  const cells: Point[] = [];
  let s = state;
  while (s !== -1) {
    const cell = s >> 2;
    const i = cell % W;
    cells.push({ x: X[i]!, y: Y[(cell - i) / W]! });
    s = back[s]!;
  }
  cells.reverse();
  const first = cells[0]!;
  const start = from.find((p) => p.stub.x === first.x && p.stub.y === first.y)!;
  return simplify([start.tip, ...cells, goal.tip]);
}

/** Drops repeated points and the middle point of three collinear ones. */
export function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const prev = out[out.length - 2];
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/** The boxes of `all` that lie within `margin` of the box spanning `a` and `b`. */
export function nearby(all: BoxQuery, a: Rect, b: Rect, margin: number): Rect[] {
  const x = Math.min(a.x, b.x) - margin;
  const y = Math.min(a.y, b.y) - margin;
  const region = {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) + margin - x,
    height: Math.max(a.y + a.height, b.y + b.height) + margin - y,
  };
  return all.overlapping(region);
}

/** A binary min-heap of integer items by priority. */
class MinHeap {
  readonly #items: number[] = [];
  readonly #keys: number[] = [];

  get size(): number {
    return this.#items.length;
  }

  /** The priority of the item `pop` returns next. */
  get topKey(): number {
    return this.#keys[0]!;
  }

  push(item: number, key: number): void {
    const items = this.#items;
    const keys = this.#keys;
    let i = items.length;
    items.push(item);
    keys.push(key);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      items[i] = items[parent]!;
      keys[i] = keys[parent]!;
      i = parent;
    }
    items[i] = item;
    keys[i] = key;
  }

  pop(): number {
    const items = this.#items;
    const keys = this.#keys;
    const top = items[0]!;
    const lastItem = items.pop()!;
    const lastKey = keys.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= items.length) break;
        const r = l + 1;
        const c = r < items.length && keys[r]! < keys[l]! ? r : l;
        if (keys[c]! >= lastKey) break;
        items[i] = items[c]!;
        keys[i] = keys[c]!;
        i = c;
      }
      items[i] = lastItem;
      keys[i] = lastKey;
    }
    return top;
  }
}
