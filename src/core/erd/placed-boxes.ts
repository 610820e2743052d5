/**
 * The boxes of one layout by node id, searchable by region. An update's boxes are a thin layer
 * (what was added, moved or dropped) over the previous layout's, which stay untouched, so an
 * update copies no box of a 200-table schema; a stack of layers is flattened every few updates.
 */
import { BoxIndex, type BoxQuery } from './box-index.js';
import type { Rect } from './geometry.js';

/** Layers stacked before a layout's boxes are copied into one: each query walks every layer. */
const MAX_DEPTH = 6;

/** Boxes by node id in one layer over the (never again changed) boxes of an earlier layout. */
export class PlacedBoxes implements BoxQuery {
  readonly #base: PlacedBoxes | null;
  readonly #depth: number;
  readonly #own = new Map<string, Rect>();
  readonly #ownIndex = new BoxIndex();
  /** Ids this layer dropped from its base, and the boxes dropped (from the base or its own). */
  readonly #hidden = new Set<string>();
  readonly #dead = new Set<Rect>();
  #size: number;

  private constructor(base: PlacedBoxes | null) {
    this.#base = base;
    this.#depth = base ? base.#depth + 1 : 0;
    this.#size = base ? base.#size : 0;
  }

  /** An empty set of boxes. */
  static empty(): PlacedBoxes {
    return new PlacedBoxes(null);
  }

  /**
   * A new set that starts as this one and takes changes without changing this one (which must not
   * change again either). Costs nothing per box, except every `MAX_DEPTH` layers.
   */
  derive(): PlacedBoxes {
    if (this.#depth < MAX_DEPTH) return new PlacedBoxes(this);
    const flat = new PlacedBoxes(null);
    for (const [id, box] of this.entries()) flat.set(id, box);
    return new PlacedBoxes(flat);
  }

  get size(): number {
    return this.#size;
  }

  get(id: string): Rect | undefined {
    // Most lookups in an update find a box of the base: skip the (usually empty) layer quickly.
    const own = this.#own.size === 0 ? undefined : this.#own.get(id);
    if (own || !this.#base || (this.#hidden.size > 0 && this.#hidden.has(id))) return own;
    return this.#base.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Places `id`'s box, replacing the one it had. */
  set(id: string, box: Rect): void {
    this.remove(id);
    this.#own.set(id, box);
    this.#ownIndex.add(box);
    this.#size++;
  }

  remove(id: string): void {
    const box = this.get(id);
    if (!box) return;
    this.#dead.add(box);
    if (!this.#own.delete(id)) this.#hidden.add(id);
    this.#size--;
  }

  /** The boxes placed in this layer (new, moved or resized since the base), in the order placed. */
  ownBoxes(): Rect[] {
    return [...this.#own.values()];
  }

  /** Every placed box with its id: the base's first, then this layer's, each in the order placed. */
  *entries(): IterableIterator<[string, Rect]> {
    if (this.#base) for (const entry of this.#base.entries()) if (!this.#dead.has(entry[1])) yield entry;
    yield* this.#own.entries();
  }

  *values(): IterableIterator<Rect> {
    for (const [, box] of this.entries()) yield box;
  }

  all(): Rect[] {
    return [...this.values()];
  }

  overlapping(region: Rect, margin = 0): Rect[] {
    const mine = this.#ownIndex.overlapping(region, margin);
    if (!this.#base) return this.#dead.size === 0 ? mine : mine.filter((b) => !this.#dead.has(b));
    const found = this.#base.overlapping(region, margin);
    if (this.#dead.size > 0) {
      const live = found.filter((b) => !this.#dead.has(b));
      for (const b of mine) if (!this.#dead.has(b)) live.push(b);
      return live;
    }
    for (const b of mine) found.push(b);
    return found;
  }
}
