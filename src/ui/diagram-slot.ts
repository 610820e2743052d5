/**
 * The place of a diagram whose code loads later: dagre and the ER drawing are about a third of the
 * app's script, and evaluating them before the first lesson is shown held up its first result. The
 * slot stands in the page at once; `load()` (the host calls it when the heavy parts may load, or when
 * the slot is near the viewport) brings the DiagramView in. Positions given meanwhile are kept.
 */
import type { Positions } from '../core/erd/route.js';
import { loadCatalogue } from '../core/messages/renderer.js';
import type { DiagramView, DiagramViewOptions } from './diagram-view.js';
import { ViewSlot } from './view-slot.js';

export class DiagramSlot extends ViewSlot<DiagramView> {
  readonly #options: DiagramViewOptions;
  readonly #onView: (view: DiagramView) => void;
  #positions: Positions;

  /** `onView` is called once the diagram is drawn in the slot (as tall as its panel). */
  constructor(options: DiagramViewOptions, onView: (view: DiagramView) => void = () => {}) {
    super('diagram-slot');
    this.#options = options;
    this.#onView = onView;
    this.#positions = options.positions ?? {};
  }

  protected async create(): Promise<DiagramView> {
    const [{ DiagramView }] = await Promise.all([import('./diagram-view.js'), loadCatalogue(this.#options.lang)]);
    return new DiagramView({ ...this.#options, positions: this.#positions });
  }

  protected override shown(view: DiagramView): void {
    this.#onView(view);
  }

  /** The box positions: the diagram's, or those it will start from. */
  get positions(): Positions {
    return this.view?.positions ?? this.#positions;
  }

  setPositions(positions: Positions): void {
    this.#positions = positions;
    this.view?.setPositions(positions);
  }
}
