/**
 * The place of a tab's view whose code loads later (the Rows and SQLAlchemy tabs: the instance
 * drawing brings the ER drawing's SVG code with it). The slot stands in the tab at once; the view is
 * loaded when the tab is first shown or when `load()` is called (the host calls it when the heavy
 * parts may load), and takes the slot's `active` from then on.
 */
import { h } from './dom.js';

/** What a slot can hold: a view that can be shown, hidden and destroyed. */
export interface PanelView {
  readonly element: HTMLElement;
  active: boolean;
  destroy(): void;
}

export class PanelSlot<V extends PanelView> {
  /** In the tab from the start; the view goes inside it. */
  readonly element: HTMLElement = h('div', { class: 'panel-slot', 'aria-busy': 'true' });
  readonly #create: () => Promise<V>;
  #view: V | null = null;
  #loading: Promise<V | null> | null = null;
  #active = false;
  #destroyed = false;

  /** `create` imports the view's module and builds it hidden (`active: false`). */
  constructor(create: () => Promise<V>) {
    this.#create = create;
  }

  /** The view once it is there. */
  get view(): V | null {
    return this.#view;
  }

  get active(): boolean {
    return this.#active;
  }

  /** Shows or hides the view; shown for the first time, it is loaded. */
  set active(value: boolean) {
    this.#active = value;
    if (this.#view) this.#view.active = value;
    else if (value) void this.load();
  }

  /**
   * Loads and builds the view (once); resolves to it, or null when the slot was destroyed first.
   * A load that fails (the network went away) is tried again the next time it is asked for.
   */
  load(): Promise<V | null> {
    this.#loading ??= this.#create().then(
      (view) => {
        if (this.#destroyed) {
          view.destroy();
          return null;
        }
        this.#view = view;
        this.element.replaceChildren(view.element);
        this.element.removeAttribute('aria-busy');
        view.active = this.#active;
        return view;
      },
      () => {
        this.#loading = null;
        return null;
      },
    );
    return this.#loading;
  }

  destroy(): void {
    this.#destroyed = true;
    this.#view?.destroy();
  }
}
