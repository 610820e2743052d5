/**
 * The place of a diagram whose code loads later: dagre and the ER drawing are about a third of the
 * app's script, and evaluating them before the first lesson is shown held up its first result. The
 * slot stands in the page at once; `load()` (the host calls it when the heavy parts may load, or when
 * the slot is near the viewport) brings the DiagramView in. Positions given meanwhile are kept.
 */
import type { Positions } from '../core/erd/route.js';
import { loadCatalogue } from '../core/messages/renderer.js';
import { h } from './dom.js';
import type { DiagramView, DiagramViewOptions } from './diagram-view.js';

export class DiagramSlot {
  /** In the page from the start, as tall as its panel; the diagram goes inside it. */
  readonly element: HTMLElement = h('div', { class: 'diagram-slot', 'aria-busy': 'true' });
  readonly #options: DiagramViewOptions;
  readonly #onView: (view: DiagramView) => void;
  #positions: Positions;
  #view: DiagramView | null = null;
  #loading: Promise<DiagramView | null> | null = null;
  #destroyed = false;

  /** `onView` is called once the diagram is drawn in the slot. */
  constructor(options: DiagramViewOptions, onView: (view: DiagramView) => void = () => {}) {
    this.#options = options;
    this.#onView = onView;
    this.#positions = options.positions ?? {};
  }

  /** The diagram once it is there. */
  get view(): DiagramView | null {
    return this.#view;
  }

  /** The box positions: the diagram's, or those it will start from. */
  get positions(): Positions {
    return this.#view?.positions ?? this.#positions;
  }

  setPositions(positions: Positions): void {
    this.#positions = positions;
    this.#view?.setPositions(positions);
  }

  /** Loads and draws the diagram (once); resolves to it, or null when the slot was destroyed first. */
  load(): Promise<DiagramView | null> {
    this.#loading ??= Promise.all([import('./diagram-view.js'), loadCatalogue(this.#options.lang)]).then(([{ DiagramView }]) => {
      if (this.#destroyed) return null;
      const view = new DiagramView({ ...this.#options, positions: this.#positions });
      this.#view = view;
      this.element.replaceChildren(view.element);
      this.element.removeAttribute('aria-busy');
      this.#onView(view);
      return view;
    });
    return this.#loading;
  }

  destroy(): void {
    this.#destroyed = true;
    this.#view?.destroy();
  }
}
