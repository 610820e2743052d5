/**
 * The place of a view whose code loads later (the diagram, a hidden tab's view). The slot stands in
 * the page at once, marked busy; `load()` brings the view in, once. A view that arrives after the
 * slot was destroyed is destroyed too, and a load that failed (the network went away) is tried
 * again the next time it is asked for.
 */
import { h } from './dom.js';

/** What a slot can hold. */
export interface SlotView {
  readonly element: HTMLElement;
  destroy(): void;
}

export abstract class ViewSlot<V extends SlotView> {
  /** In the page from the start; the view goes inside it. */
  readonly element: HTMLElement;
  #view: V | null = null;
  #loading: Promise<V | null> | null = null;
  #destroyed = false;

  constructor(className: string) {
    this.element = h('div', { class: className, 'aria-busy': 'true' });
  }

  /** Imports the view's code and builds the view. */
  protected abstract create(): Promise<V>;

  /** Called once the view is in the slot. */
  protected shown(_view: V): void {}

  /** The view once it is there. */
  get view(): V | null {
    return this.#view;
  }

  /** Loads and builds the view (once); resolves to it, or null when the slot was destroyed first or the load failed. */
  load(): Promise<V | null> {
    this.#loading ??= this.create().then(
      (view) => {
        if (this.#destroyed) {
          view.destroy();
          return null;
        }
        this.#view = view;
        this.element.replaceChildren(view.element);
        this.element.removeAttribute('aria-busy');
        this.shown(view);
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
