/**
 * The place of a tab's view whose code loads later (the Rows and SQLAlchemy tabs: the instance
 * drawing brings the ER drawing's SVG code with it). The view is loaded when the tab is first shown
 * or when `load()` is called (the host calls it when the heavy parts may load), and takes the
 * slot's `active` from then on.
 */
import { type SlotView, ViewSlot } from './view-slot.js';

/** What a tab's slot can hold: a view that can be shown and hidden. */
export interface PanelView extends SlotView {
  active: boolean;
}

export class PanelSlot<V extends PanelView> extends ViewSlot<V> {
  readonly #build: () => Promise<V>;
  #active = false;

  /** `build` imports the view's module and builds it hidden (`active: false`). */
  constructor(build: () => Promise<V>) {
    super('panel-slot');
    this.#build = build;
  }

  protected create(): Promise<V> {
    return this.#build();
  }

  protected override shown(view: V): void {
    view.active = this.#active;
  }

  get active(): boolean {
    return this.#active;
  }

  /** Shows or hides the view; shown for the first time, it is loaded. */
  set active(value: boolean) {
    this.#active = value;
    if (this.view) this.view.active = value;
    else if (value) void this.load();
  }
}
