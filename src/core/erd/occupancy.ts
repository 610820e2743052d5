/**
 * The lines already drawn, found by region through a grid, so a route search looks only at the
 * lines near it. An update's lines are a layer (lines added, lines no longer drawn) over the
 * previous layout's, which stay untouched: routing one new line costs the same in a schema of 10
 * or 200 tables.
 */
import { BoxIndex } from './box-index.js';
import { extentOf, type Point, type Rect } from './geometry.js';

/** A drawn line and its bounding box. */
export interface DrawnLine extends Rect {
  points: readonly Point[];
}

/** The drawn runs in one region, by coordinate, with their coordinates sorted to find what a run crosses. */
export interface SegmentIndex {
  horizontal: Map<number, [number, number][]>;
  vertical: Map<number, [number, number][]>;
  ys: number[];
  xs: number[];
}

/** Layers stacked before the lines are copied into one: each query walks every layer. */
const MAX_DEPTH = 6;

/** Lines already drawn, so new lines prefer not to cross them or run on top of them. */
export class Occupancy {
  readonly #base: Occupancy | null;
  readonly #depth: number;
  readonly #own = new BoxIndex<DrawnLine>();
  /** Lines of this layer or its base no longer drawn, by their points. */
  readonly #hidden = new Set<readonly Point[]>();
  /** The runs last indexed and the region they cover, until a line is added or removed. */
  #runs: { region: Rect; index: SegmentIndex } | null = null;

  private constructor(base: Occupancy | null) {
    this.#base = base;
    this.#depth = base ? base.#depth + 1 : 0;
  }

  /** No line drawn. */
  static empty(): Occupancy {
    return new Occupancy(null);
  }

  /** A new layer starting as these lines, taking changes without changing this one (which must not change again). */
  derive(): Occupancy {
    if (this.#depth < MAX_DEPTH) return new Occupancy(this);
    const flat = new Occupancy(null);
    for (const line of this.near(null)) flat.#own.add(line);
    return new Occupancy(flat);
  }

  /** Records a route's segments as taken; `span` is its bounding box when the caller has it. */
  add(points: readonly Point[], span: Rect = extentOf([], points)): void {
    this.#own.add({ x: span.x, y: span.y, width: span.width, height: span.height, points });
    this.#runs = null;
  }

  /** Forgets the line drawn with exactly these points. */
  remove(points: readonly Point[]): void {
    this.#hidden.add(points);
    this.#runs = null;
  }

  /**
   * The drawn runs that touch `region` (only those can be crossed or shared by a run inside it),
   * and maybe some beyond it, which change no count for a run inside: a search's region is
   * indexed once for the search and the route it finds.
   */
  runsIn(region: Rect): SegmentIndex {
    const known = this.#runs;
    if (known && contains(known.region, region)) return known.index;
    const wide = region;
    const index: SegmentIndex = { horizontal: new Map(), vertical: new Map(), ys: [], xs: [] };
    const x1 = wide.x + wide.width;
    const y1 = wide.y + wide.height;
    for (const line of this.near(wide)) {
      const points = line.points;
      for (let i = 1; i < points.length; i++) {
        const p = points[i - 1]!;
        const q = points[i]!;
        if (Math.max(p.x, q.x) < wide.x || Math.min(p.x, q.x) > x1 || Math.max(p.y, q.y) < wide.y || Math.min(p.y, q.y) > y1) continue;
        if (p.y === q.y) push(index.horizontal, p.y, [Math.min(p.x, q.x), Math.max(p.x, q.x)]);
        else if (p.x === q.x) push(index.vertical, p.x, [Math.min(p.y, q.y), Math.max(p.y, q.y)]);
      }
    }
    index.ys = [...index.horizontal.keys()].sort((a, b) => a - b);
    index.xs = [...index.vertical.keys()].sort((a, b) => a - b);
    this.#runs = { region: wide, index };
    return index;
  }

  /** The lines whose bounding boxes touch `region` (every line when it is null), oldest first. */
  near(region: Rect | null): DrawnLine[] {
    // Touching counts: a line on the region's border can still be crossed or shared.
    const mine = region ? this.#own.overlapping(region, 1) : this.#own.all();
    const all = this.#base ? this.#base.near(region) : [];
    for (const line of mine) all.push(line);
    return this.#hidden.size === 0 ? all : all.filter((line) => !this.#hidden.has(line.points));
  }
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

function push(map: Map<number, [number, number][]>, key: number, span: [number, number]): void {
  const list = map.get(key);
  if (list) list.push(span);
  else map.set(key, [span]);
}
