/**
 * A uniform grid over rectangles: the boxes near a spot are found by looking at the few cells it
 * covers, not at every box, so placing or routing one thing costs the same in a schema of 10 or
 * 200 tables.
 */
import { type Rect, rectsOverlap } from './geometry.js';

/** Side of a grid cell: about one table box, so a box sits in one to four cells. */
const CELL = 256;
/** Cell coordinates are packed into one small integer (a fast Map key); drawings stay inside ±1,000,000 px. */
const OFFSET = 4096;
const key = (i: number, j: number) => (i + OFFSET) * 2 * OFFSET + (j + OFFSET);

/** What routing and label placement ask of the boxes drawn: those near a region, or all of them. */
export interface BoxQuery {
  /** The boxes whose interiors overlap `region` grown by `margin` on every side. */
  overlapping(region: Rect, margin?: number): Rect[];
  all(): Rect[];
}

/** Rectangles by grid cell, answering "which of them overlap this region" in the order they were added. */
export class BoxIndex<T extends Rect = Rect> implements BoxQuery {
  readonly #boxes: T[] = [];
  readonly #cells = new Map<number, number[]>();
  /** For each box, the query that last returned it, so a box in several cells is returned once. */
  readonly #seen: number[] = [];
  #query = 0;

  constructor(boxes: Iterable<T> = []) {
    for (const box of boxes) this.add(box);
  }

  get size(): number {
    return this.#boxes.length;
  }

  /** Every box, in the order added. */
  all(): T[] {
    return [...this.#boxes];
  }

  add(box: T): void {
    const n = this.#boxes.length;
    this.#boxes.push(box);
    this.#seen.push(0);
    const i1 = Math.floor((box.x + box.width) / CELL);
    const j1 = Math.floor((box.y + box.height) / CELL);
    for (let i = Math.floor(box.x / CELL); i <= i1; i++) {
      for (let j = Math.floor(box.y / CELL); j <= j1; j++) {
        const cell = this.#cells.get(key(i, j));
        if (cell) cell.push(n);
        else this.#cells.set(key(i, j), [n]);
      }
    }
  }

  /** The boxes whose interiors overlap `region` grown by `margin` on every side, in the order added. */
  overlapping(region: Rect, margin = 0): T[] {
    const i0 = Math.floor((region.x - margin) / CELL);
    const j0 = Math.floor((region.y - margin) / CELL);
    const i1 = Math.floor((region.x + region.width + margin) / CELL);
    const j1 = Math.floor((region.y + region.height + margin) / CELL);
    const boxes = this.#boxes;
    // A region wider than the drawing is cheaper to answer by looking at every box.
    if ((i1 - i0 + 1) * (j1 - j0 + 1) >= boxes.length) return boxes.filter((b) => rectsOverlap(b, region, margin));
    const query = ++this.#query;
    const found: number[] = [];
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const cell = this.#cells.get(key(i, j));
        if (!cell) continue;
        for (const n of cell) {
          if (this.#seen[n] === query) continue;
          this.#seen[n] = query;
          if (rectsOverlap(boxes[n]!, region, margin)) found.push(n);
        }
      }
    }
    return found.sort((a, b) => a - b).map((n) => boxes[n]!);
  }
}
