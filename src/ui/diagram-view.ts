/**
 * The live ER diagram of the lab database: redrawn with a stable layout after each schema change,
 * with pan, zoom, fit, draggable tables, a physical/logical toggle, exports, a text version of the
 * schema, highlights for what the last run changed or used (one statement at a time), keyboard
 * access to its tables and relationships, and a live region that says what a run changed.
 */
import { buildGraph, type ErdView } from '../core/erd/graph.js';
import { type Layout, layoutDiagram } from '../core/erd/layout.js';
import type { Point, Positions } from '../core/erd/route.js';
import { edgeParts, renderSvg, renderSvgParts } from '../core/erd/svg.js';
import { describeSchema } from '../core/erd/describe.js';
import { describeChange } from '../core/erd/describe-change.js';
import type { LabSession, LabState } from '../core/lab/lab-session.js';
import type { Language } from '../core/messages/language.js';
import type { Bare } from '../core/messages/message.js';
import { renderMessage, say } from '../core/messages/renderer.js';
import { downloadBlob, exportPng } from './diagram-export.js';
import {
  fitTransform,
  IDENTITY,
  inView,
  trackDrag,
  transformAttr,
  type ViewTransform,
  wheelFactor,
  zoomAt,
} from './diagram-interaction.js';
import { DiagramKeyboard } from './diagram-keyboard.js';
import { type DrawnPieces, patchPieces, piecesOf } from './diagram-pieces.js';
import { markDiagram } from './diagram-marks.js';
import { DiagramStatements } from './diagram-statements.js';
import { h, parseOwnSvg } from './dom.js';
import { JunctionPositionsEvent } from './events.js';

export interface DiagramViewOptions {
  session: LabSession;
  lang: Language;
  /**
   * Box positions saved for this lesson (top-left corners by table name). The host owns them: the
   * view announces changes (a drag, new tables placed) as `junction-positions` and is handed them
   * back through `setPositions`.
   */
  positions?: Positions;
  /** Physical (junctions as tables) or logical (junctions as M:N lines); default physical. */
  view?: ErdView;
  /** Saves an export; by default the browser downloads it. */
  download?: (blob: Blob, filename: string) => void;
}

/** How long the tables a run added or altered stay highlighted. */
export const CHANGED_HIGHLIGHT_MS = 1500;
/** The SVG's own size grows in steps of this many px (see #sizeSvg). */
const SVG_SIZE_STEP = 256;
const SVG_NS = 'http://www.w3.org/2000/svg';
const BUTTON_ZOOM = 1.25;
const KEY_PAN = 40;

let instances = 0;

export class DiagramView {
  readonly element: HTMLElement;
  readonly #session: LabSession;
  readonly #options: DiagramViewOptions;
  readonly #id = `diagram-${++instances}`;
  readonly #canvas: HTMLElement;
  readonly #schemaText: HTMLElement;
  readonly #warnings: HTMLElement;
  readonly #warningsToggle: HTMLButtonElement;
  readonly #viewButtons: Record<ErdView, HTMLButtonElement>;
  readonly #schemaButton: HTMLButtonElement;
  /** Says what a run changed, and which statement is highlighted after stepping (aria-live). */
  readonly #announcer: HTMLElement;
  readonly #keysHint: HTMLElement;
  readonly #statements: DiagramStatements;
  readonly #keyboard = new DiagramKeyboard((nodes) => this.#showTables(nodes));
  #view: ErdView;
  #positions: Positions;
  #state: LabState;
  #drawn: { schema: LabState['schema']; relations: LabState['relations']; view: ErdView } | null = null;
  #layout: Layout | null = null;
  #svg: SVGSVGElement | null = null;
  #viewport: SVGGElement | null = null;
  /** The drawn lines and boxes by their markup, so a redraw patches the drawing (diagram-pieces.ts). */
  #pieces: { edges: DrawnPieces; nodes: DrawnPieces } | null = null;
  #transform: ViewTransform = IDENTITY;
  /**
   * Offers to show tables that a run added and that are still outside the visible area, or, when
   * none did, those a fit left out (a drawing too wide to show whole at a readable size).
   */
  readonly #offscreen: HTMLButtonElement;
  /** The tables the last run added; the notice lists those not in view, and goes once all are. */
  #added: string[] = [];
  /** The tables the last fit could not show; each leaves the list once it has been in view. */
  #clipped: string[] = [];
  #needsFit = true;
  #changed = new Set<string>();
  #changedTimer: ReturnType<typeof setTimeout> | undefined;
  #resize: ResizeObserver | null = null;
  /** The canvas's size as the ResizeObserver last saw it (null until it has). */
  #size: { w: number; h: number } | null = null;
  /** Lab changes not drawn yet (see #updateSoon), and the timer that draws them. */
  readonly #queued: LabState[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The text side of the last drawing (see #describe), when it waits for a task of its own. */
  #describeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Who waits in whenDrawn() for the queued changes and their descriptions to be done. */
  #drawnWaiters: (() => void)[] = [];
  #destroyed = false;
  readonly #unsubscribe: () => void;

  constructor(options: DiagramViewOptions) {
    const lang = options.lang;
    const text = (code: Bare) => say(lang, code);
    this.#options = options;
    this.#session = options.session;
    this.#view = options.view ?? 'physical';
    this.#positions = options.positions ?? {};
    this.#state = options.session.state;
    const button = (label: string, title: string, onClick: () => void, attrs: Record<string, string> = {}) => {
      const b = h('button', { type: 'button', class: 'btn quiet', title, 'aria-label': title, ...attrs }, label);
      b.addEventListener('click', onClick);
      return b;
    };
    this.#viewButtons = {
      physical: button(text('ui.physical'), text('ui.physical'), () => this.setView('physical'), { 'data-view': 'physical' }),
      logical: button(text('ui.logical'), text('ui.logical'), () => this.setView('logical'), { 'data-view': 'logical' }),
    };
    this.#schemaText = h('section', { class: 'diagram-schema', id: `${this.#id}-schema`, hidden: true, 'aria-label': text('ui.schema') });
    this.#schemaButton = button(text('ui.schema'), text('ui.schema'), () => this.toggleSchemaText(), {
      'data-action': 'schema',
      'aria-pressed': 'false',
      'aria-controls': this.#schemaText.id,
    });
    const toolbar = h(
      'div',
      { class: 'diagram-toolbar', role: 'toolbar', 'aria-label': text('ui.diagram-tools') },
      h(
        'div',
        { class: 'diagram-views', role: 'group', 'aria-label': text('ui.diagram-views') },
        this.#viewButtons.physical,
        this.#viewButtons.logical,
      ),
      button('−', text('ui.zoom-out'), () => this.zoom(1 / BUTTON_ZOOM), { 'data-action': 'zoom-out' }),
      button('+', text('ui.zoom-in'), () => this.zoom(BUTTON_ZOOM), { 'data-action': 'zoom-in' }),
      button(text('ui.fit'), text('ui.fit'), () => this.fit(), { 'data-action': 'fit' }),
      this.#schemaButton,
      button(text('ui.export-svg'), text('ui.save-svg'), () => this.exportSvg(), { 'data-action': 'export-svg' }),
      button(text('ui.export-png'), text('ui.save-png'), () => void this.exportPng(), { 'data-action': 'export-png' }),
    );
    this.#canvas = h('div', { class: 'diagram-canvas' });
    this.#announcer = h('div', { class: 'diagram-announce', role: 'status', 'aria-live': 'polite' });
    this.#keysHint = h('p', { class: 'diagram-keys', id: `${this.#id}-keys`, hidden: true }, say(lang, 'diagram.keys'));
    this.#statements = new DiagramStatements(lang, (caption) => {
      this.#applyMarks();
      this.#announce(caption);
    });
    this.#warnings = h('ul', { class: 'diagram-warnings', id: `${this.#id}-warnings`, 'aria-label': text('ui.warnings'), hidden: true });
    // Warnings collapse to a count, so they never squeeze the drawing; the toggle lists them.
    this.#warningsToggle = h('button', {
      class: 'btn quiet diagram-warnings-toggle',
      type: 'button',
      hidden: true,
      'aria-expanded': 'false',
      'aria-controls': this.#warnings.id,
      'data-action': 'warnings',
    });
    this.#warningsToggle.addEventListener('click', () => this.toggleWarnings());
    this.#offscreen = h('button', { class: 'btn diagram-offscreen', type: 'button', hidden: true, 'data-action': 'show-new' });
    this.#offscreen.addEventListener('click', () => {
      if (this.#offscreen.dataset.action === 'show-new') this.#showTables(this.#added);
      else this.#fitWithin(0);
    });
    this.#canvas.append(this.#offscreen);
    this.element = h(
      'div',
      { class: 'diagram' },
      toolbar,
      this.#statements.element,
      this.#canvas,
      this.#schemaText,
      this.#warningsToggle,
      this.#warnings,
      this.#keysHint,
      this.#announcer,
    );
    this.#canvas.addEventListener('pointerdown', (e) => this.#pointerDown(e));
    this.#canvas.addEventListener('wheel', (e) => this.#wheel(e), { passive: false });
    this.#canvas.addEventListener('keydown', (e) => this.#key(e));
    if (typeof ResizeObserver !== 'undefined') {
      // A diagram drawn in a hidden tab has no size to fit into; fit once it is shown.
      this.#resize = new ResizeObserver(() => {
        // Read here, where layout is fresh: reading it after each redraw would force one.
        this.#size = { w: this.#canvas.clientWidth, h: this.#canvas.clientHeight };
        this.#sizeSvg();
        if (this.#needsFit && this.#layout) this.fit();
      });
      this.#resize.observe(this.#canvas);
    }
    this.#unsubscribe = this.#session.on('junction-lab-change', (event) => this.#updateSoon(event.state));
    this.#syncViewButtons();
    this.#update(this.#state, false);
  }

  /** The current box positions, including those of tables not drawn in this view. */
  get positions(): Positions {
    return this.#positions;
  }

  /** Takes the host's positions (after it stored what this view announced); redraws only when they differ. */
  setPositions(positions: Positions): void {
    if (positions === this.#positions) return;
    const same = JSON.stringify(positions) === JSON.stringify(this.#positions);
    this.#positions = positions;
    if (!same) this.#redraw();
  }

  get view(): ErdView {
    return this.#view;
  }

  /** Switches between the physical and the logical view; boxes keep their positions. */
  setView(view: ErdView): void {
    if (view === this.#view) return;
    this.#view = view;
    this.#syncViewButtons();
    this.#redraw();
    this.#applyMarks();
  }

  /** Zooms by `factor` around the centre of the pane. */
  zoom(factor: number): void {
    const { w, h } = this.#canvasSize();
    this.#setTransform(zoomAt(this.#transform, factor, w / 2, h / 2));
  }

  /** Shows the whole diagram, centred (deferred while the pane has no size, e.g. in a hidden tab). */
  fit(): void {
    this.#needsFit = !this.#fitWithin();
  }

  /**
   * Fits the drawing, shrunk no further than a readable size or `floor` (0: the whole drawing,
   * however small, as the learner asked to see every table); the notice then names the tables left
   * out. False while the pane has no size.
   */
  #fitWithin(floor?: number): boolean {
    const { w, h } = this.#canvasSize();
    const layout = this.#layout;
    if (!layout || w === 0 || h === 0) return false;
    const bounds = layout.graph.nodes.length > 0 ? layout.bounds : { x: 0, y: 0, width: 0, height: 0 };
    // Every table, until the new transform's notice keeps those still outside it.
    this.#clipped = layout.graph.nodes.map((n) => n.id);
    this.#setTransform(fitTransform(bounds, w, h, floor));
    return true;
  }

  /** Shows or hides the list of the schema's warnings (collapsed to a count by default). */
  toggleWarnings(show = this.#warnings.hidden): void {
    this.#warnings.hidden = !show || this.#warnings.childElementCount === 0;
    this.#warningsToggle.setAttribute('aria-expanded', String(!this.#warnings.hidden));
  }

  /** Shows or hides the schema as text (the same text is always the diagram's accessible description). */
  toggleSchemaText(show = this.#schemaText.hidden): void {
    this.#schemaText.hidden = !show;
    this.#schemaButton.setAttribute('aria-pressed', String(show));
  }

  /** Downloads the diagram as a standalone SVG file. */
  exportSvg(): void {
    const svg = this.#standaloneSvg();
    if (svg) this.#download(new Blob([svg], { type: 'image/svg+xml' }), 'junction-diagram.svg');
  }

  /** Downloads the diagram as a PNG, drawn at twice its size for sharp text. */
  async exportPng(): Promise<void> {
    const svg = this.#standaloneSvg();
    if (!svg || !this.#layout) return;
    const blob = await exportPng(svg, this.#layout.bounds.width, this.#layout.bounds.height);
    if (blob) this.#download(blob, 'junction-diagram.png');
  }

  /** Resolves once every lab change taken so far is drawn and described (the Schema text, the keyboard tree). */
  whenDrawn(): Promise<void> {
    if (!this.#busy) return Promise.resolve();
    return new Promise((resolve) => this.#drawnWaiters.push(resolve));
  }

  get #busy(): boolean {
    return !this.#destroyed && (this.#queued.length > 0 || this.#describeTimer !== undefined);
  }

  #settle(): void {
    if (!this.#busy) for (const resolve of this.#drawnWaiters.splice(0)) resolve();
  }

  /** Stops following the session. */
  destroy(): void {
    this.#unsubscribe();
    this.#destroyed = true;
    clearTimeout(this.#timer);
    clearTimeout(this.#describeTimer);
    this.#describeTimer = undefined;
    this.#settle();
    this.#resize?.disconnect();
    clearTimeout(this.#changedTimer);
  }

  /**
   * Takes a change of the lab in a task of its own: the statement's result is drawn first, and on a
   * large schema the two together would make one long task that holds up the learner's next input.
   */
  #updateSoon(state: LabState): void {
    this.#queued.push(state);
    if (this.#queued.length > 1) return;
    // After what the run asked of SQLite meanwhile (the save's export of the database) has answered:
    // drawing first would hold those answers up, and a reload in that moment would lose the run.
    // Then in a task of its own again: the answer's other listeners (the save) have their task.
    this.#timer = setTimeout(() => {
      void (this.#session.engine.whenSettled?.() ?? Promise.resolve()).then(() => {
        this.#timer = setTimeout(() => {
          if (this.#destroyed) return;
          for (const queued of this.#queued.splice(0)) this.#update(queued, true);
          this.#settle();
        });
      });
    });
  }

  #update(state: LabState, fresh: boolean): void {
    const before = this.#state.relations;
    this.#state = state;
    const d = this.#drawn;
    if (!d || d.schema !== state.schema || d.relations !== state.relations) this.#redraw(fresh);
    this.#statements.setRun(state.statements, state.statementCount);
    if (fresh && state.diff) this.#flash([...state.diff.added, ...state.diff.changed]);
    if (fresh && state.diff) {
      const lang = this.#options.lang;
      this.#announce(
        describeChange(before, state.relations, state.diff)
          .map((m) => renderMessage(m, lang))
          .join(' '),
      );
      this.#added = state.diff.added;
      // The view follows the new tables now: what an earlier fit left out is no longer the news.
      if (this.#added.length > 0) this.#clipped = [];
      // New tables are brought into view by panning (zooming out no further than a readable size).
      if (this.#outside(this.#added).length > 0 && !this.#needsFit) this.#showTables(this.#added);
      this.#refreshNotice();
    }
    this.#applyMarks();
  }

  /** The canvas's size in px: as last observed, else read (which may force a layout). */
  #canvasSize(): { w: number; h: number } {
    return this.#size ?? { w: this.#canvas.clientWidth, h: this.#canvas.clientHeight };
  }

  /** Rectangles (diagram coordinates) of the named boxes that are drawn. */
  #rectsOf(names: string[]): { x: number; y: number; width: number; height: number }[] {
    const layout = this.#layout;
    if (!layout) return [];
    return names.flatMap((name) => {
      const node = layout.graph.nodes.find((n) => n.id === name);
      const at = Object.hasOwn(layout.positions, name) ? layout.positions[name] : undefined;
      return node && at ? [{ ...at, width: node.width, height: node.height }] : [];
    });
  }

  /** The named tables that are drawn but not wholly on screen. */
  #outside(names: string[]): string[] {
    const { w, h } = this.#canvasSize();
    if (w === 0 || h === 0) return [];
    return names.filter((name) => this.#rectsOf([name]).some((r) => !inView(this.#transform, r, w, h)));
  }

  /** Pans (and zooms out no further than readable) so the named tables are on screen. */
  #showTables(names: string[]): void {
    const rects = this.#rectsOf(names);
    const { w, h } = this.#canvasSize();
    if (rects.length === 0 || w === 0 || h === 0) return;
    const x = Math.min(...rects.map((r) => r.x));
    const y = Math.min(...rects.map((r) => r.y));
    const target = {
      x,
      y,
      width: Math.max(...rects.map((r) => r.x + r.width)) - x,
      height: Math.max(...rects.map((r) => r.y + r.height)) - y,
    };
    const { scale } = this.#transform;
    const margin = 24;
    if (target.width * scale + 2 * margin <= w && target.height * scale + 2 * margin <= h) {
      // They fit at the current zoom: pan just enough to bring them in.
      const left = target.x * scale + this.#transform.x;
      const top = target.y * scale + this.#transform.y;
      const dx = left < margin ? margin - left : Math.min(0, w - margin - (left + target.width * scale));
      const dy = top < margin ? margin - top : Math.min(0, h - margin - (top + target.height * scale));
      this.#setTransform({ scale, x: Math.round(this.#transform.x + dx), y: Math.round(this.#transform.y + dy) });
    } else {
      this.#setTransform(fitTransform(target, w, h));
    }
  }

  /**
   * Shows the notice for new tables still out of view, else for those the last fit left out; it
   * goes once they are all in view.
   */
  #refreshNotice(): void {
    const lang = this.#options.lang;
    const added = this.#outside(this.#added);
    this.#clipped = this.#outside(this.#clipped);
    const notice = added.length > 0 ? 'show-new' : this.#clipped.length > 0 ? 'show-all' : null;
    this.#offscreen.hidden = notice === null;
    if (!notice) return;
    this.#offscreen.dataset.action = notice;
    const text =
      notice === 'show-new' ? say(lang, 'ui.out-of-view', { tables: added }) : say(lang, 'ui.fit-left-out', { tables: this.#clipped });
    // Called on every move of a pan or a drag: the page is written only when the sentence changes.
    if (this.#offscreen.textContent !== text) this.#offscreen.textContent = text;
  }

  /**
   * Draws the lab's schema. With `describeLater` (a run's change), what is read rather than seen
   * (the Schema text, the warnings, the keyboard tree) follows in a task of its own: on a 200-table
   * schema drawing and describing together would be one task over 50 ms.
   */
  #redraw(describeLater = false): void {
    const { schema, relations } = this.#state;
    this.#drawn = { schema, relations, view: this.#view };
    const { lang } = this.#options;
    clearTimeout(this.#describeTimer);
    this.#describeTimer = undefined;
    if (schema.tables.length === 0) {
      this.#layout = null;
      this.#svg = null;
      this.#viewport = null;
      this.#pieces = null;
      this.#needsFit = true;
      this.#clipped = [];
      this.#offscreen.hidden = true;
      this.#canvas.replaceChildren(h('p', { class: 'diagram-empty' }, say(lang, 'ui.empty-diagram')), this.#offscreen);
      this.#keyboard.attach(null);
      this.#describe();
      return;
    }
    // The layout drawn before (same view) lets lines nothing moved across keep their routes.
    const prior = this.#layout?.graph.view === this.#view ? this.#layout : undefined;
    const layout = layoutDiagram(buildGraph(schema, relations, { view: this.#view }), this.#positions, prior);
    this.#layout = layout;
    this.#adoptPositions(layout.positions);
    const parts = renderSvgParts(layout, { lang, idPrefix: this.#id, background: false });
    const refocus = this.#keyboard.hasFocus;
    const groups = prior && this.#pieces ? this.#groups() : null;
    if (groups && this.#pieces) {
      // The same drawing, patched: only what the statement changed is parsed, styled and laid out.
      this.#pieces = {
        edges: patchPieces(groups.edges, this.#pieces.edges, parts.edges),
        nodes: patchPieces(groups.nodes, this.#pieces.nodes, parts.nodes),
      };
    } else {
      const markup = [
        parts.head,
        '<g class="erd-edges">',
        ...parts.edges,
        '</g>',
        '<g class="erd-nodes">',
        ...parts.nodes,
        '</g>',
        '</svg>',
      ];
      this.#svg = this.#decorate(parseOwnSvg(markup.join('\n'), this.#canvas.ownerDocument, 'ER'));
      const drawn = this.#groups();
      this.#pieces = drawn && { edges: piecesOf(drawn.edges, parts.edges), nodes: piecesOf(drawn.nodes, parts.nodes) };
      this.#canvas.replaceChildren(this.#svg, this.#offscreen);
      this.#sizeSvg();
    }
    if (this.#needsFit) this.fit();
    else this.#setTransform(this.#transform);
    // A keyboard user in the tree keeps their place in it at once.
    if (describeLater && !refocus) {
      this.#describeTimer = setTimeout(() => {
        this.#describeTimer = undefined;
        this.#describe();
        this.#settle();
      });
    } else this.#describe(refocus);
  }

  /** The drawing's text side: the Schema text, the warnings and the keyboard's tree over the boxes. */
  #describe(refocus = false): void {
    const { schema, relations } = this.#state;
    const { lang } = this.#options;
    const description = describeSchema(schema, relations, lang);
    this.#renderSchemaText(description);
    // The drawing's own <desc> says the same, also after a patch left its first one behind.
    const desc = this.#svg?.querySelector(':scope > desc');
    if (desc) desc.textContent = description;
    this.#warnings.replaceChildren(...relations.warnings.map((w) => h('li', { 'data-code': w.code }, renderMessage(w.message, lang))));
    const count = relations.warnings.length;
    this.#warningsToggle.hidden = count === 0;
    this.#warningsToggle.textContent = say(lang, 'ui.warnings-toggle', { n: count });
    this.toggleWarnings(this.#warningsToggle.getAttribute('aria-expanded') === 'true');
    if (this.#svg) this.#keyboard.attach(this.#svg, refocus);
  }

  /**
   * Gives the SVG a size of its own in px, the canvas's rounded up to the next step. An SVG sized
   * by percentages is laid out again, every text in it, whenever the page around it is; one of
   * 200 tables takes about 100 ms for it. The canvas clips it; growing past a step re-sizes it.
   */
  #sizeSvg(): void {
    if (!this.#svg || !this.#size) return;
    const step = (px: number) => Math.max(SVG_SIZE_STEP, Math.ceil(px / SVG_SIZE_STEP) * SVG_SIZE_STEP);
    const width = `${step(this.#size.w)}px`;
    const height = `${step(this.#size.h)}px`;
    if (this.#svg.style.width !== width) this.#svg.style.width = width;
    if (this.#svg.style.height !== height) this.#svg.style.height = height;
  }

  /** The drawing's line and box layers. */
  #groups(): { edges: Element; nodes: Element } | null {
    const edges = this.#viewport?.querySelector(':scope > g.erd-edges');
    const nodes = this.#viewport?.querySelector(':scope > g.erd-nodes');
    return edges && nodes ? { edges, nodes } : null;
  }

  /**
   * Turns the standalone drawing into a pannable inline one, described by the keys that move
   * through it and by the schema text (its full text alternative); the keyboard makes it a tree.
   */
  #decorate(svg: SVGSVGElement): SVGSVGElement {
    for (const name of ['width', 'height', 'viewBox', 'aria-labelledby']) svg.removeAttribute(name);
    svg.setAttribute('aria-label', say(this.#options.lang, 'ui.diagram-title'));
    svg.setAttribute('aria-describedby', `${this.#keysHint.id} ${this.#schemaText.id}`);
    svg.setAttribute('data-view', this.#view);
    const viewport = this.#canvas.ownerDocument.createElementNS(SVG_NS, 'g');
    viewport.setAttribute('class', 'erd-viewport');
    for (const part of [...svg.children]) if (part.localName === 'g') viewport.append(part);
    svg.append(viewport);
    this.#viewport = viewport;
    return svg;
  }

  #renderSchemaText(description: string): void {
    // describeSchema writes blocks separated by blank lines: a heading line, then one line per item.
    const blocks = description.split('\n\n').map((block) => block.split('\n'));
    this.#schemaText.replaceChildren(
      ...blocks.map(([heading, ...items]) =>
        h(
          'div',
          { class: 'diagram-schema-block' },
          h('p', {}, heading ?? ''),
          items.length > 0 ? h('ul', {}, ...items.map((line) => h('li', {}, line.replace(/^\s*(?:- )?/, '')))) : null,
        ),
      ),
    );
  }

  #flash(tables: string[]): void {
    clearTimeout(this.#changedTimer);
    this.#changed = new Set(tables);
    if (tables.length === 0) return;
    this.#changedTimer = setTimeout(() => {
      this.#changed.clear();
      this.#applyMarks();
    }, CHANGED_HIGHLIGHT_MS);
  }

  #applyMarks(): void {
    if (!this.#svg) return;
    markDiagram(this.#svg, { changed: [...this.#changed], used: this.#statements.tables, relations: this.#state.relations });
  }

  /** Says `text` in the live region; an empty text says nothing. */
  #announce(text: string): void {
    if (text) this.#announcer.textContent = text;
  }

  #setTransform(view: ViewTransform): void {
    this.#transform = view;
    this.#viewport?.setAttribute('transform', transformAttr(view));
    if (this.#added.length > 0 || this.#clipped.length > 0) this.#refreshNotice();
  }

  /** Keeps every known position, and tells the app when the layout placed boxes it had no place for. */
  #adoptPositions(placed: Positions): void {
    const before = JSON.stringify(this.#positions);
    this.#positions = { ...this.#positions, ...placed };
    if (JSON.stringify(this.#positions) !== before) this.element.dispatchEvent(new JunctionPositionsEvent(this.#positions));
  }

  #pointerDown(event: PointerEvent): void {
    if (event.button !== 0 || !this.#svg || !this.#layout) return;
    const target = event.target as Element | null;
    const box = target?.closest?.('g[data-table], g.erd-hub');
    const nodeId = box ? (box.getAttribute('data-table') ?? `hub:${box.getAttribute('data-junction') ?? ''}`) : null;
    const start = nodeId !== null && Object.hasOwn(this.#layout.positions, nodeId) ? this.#layout.positions[nodeId] : undefined;
    event.preventDefault();
    if (box && nodeId !== null && start) {
      this.#dragBox(event, box, nodeId, start);
      return;
    }
    const origin = this.#transform;
    this.#canvas.classList.add('panning');
    trackDrag(event, {
      move: (dx, dy) => this.#setTransform({ ...origin, x: origin.x + dx, y: origin.y + dy }),
      end: () => this.#canvas.classList.remove('panning'),
    });
  }

  #dragBox(event: PointerEvent, box: Element, nodeId: string, start: Point): void {
    const scale = this.#transform.scale;
    box.classList.add('dragging');
    trackDrag(event, {
      move: (dx, dy) => {
        const at = { x: Math.round(start.x + dx / scale), y: Math.round(start.y + dy / scale) };
        box.setAttribute('transform', `translate(${at.x} ${at.y})`);
        this.#moveBox(nodeId, at);
      },
      end: (moved) => {
        box.classList.remove('dragging');
        if (moved) this.element.dispatchEvent(new JunctionPositionsEvent(this.#positions));
      },
    });
  }

  /** Re-routes the edges for a moved box: only the edge layer is rebuilt, the boxes stay put. */
  #moveBox(nodeId: string, at: Point): void {
    if (!this.#layout || !this.#viewport) return;
    this.#positions = { ...this.#positions, ...Object.fromEntries([[nodeId, at]]) };
    const positions = { ...this.#layout.positions, ...Object.fromEntries([[nodeId, at]]) };
    this.#layout = layoutDiagram(this.#layout.graph, positions, this.#layout);
    const groups = this.#groups();
    if (groups && this.#pieces) {
      // Only the lines the move rerouted are drawn again.
      this.#pieces = { ...this.#pieces, edges: patchPieces(groups.edges, this.#pieces.edges, edgeParts(this.#layout, this.#options.lang)) };
    }
    this.#keyboard.refresh();
    this.#applyMarks();
  }

  #wheel(event: WheelEvent): void {
    if (!this.#svg) return;
    event.preventDefault();
    const rect = this.#canvas.getBoundingClientRect();
    this.#setTransform(zoomAt(this.#transform, wheelFactor(event), event.clientX - rect.left, event.clientY - rect.top));
  }

  #key(event: KeyboardEvent): void {
    if (this.#keyboard.key(event)) {
      event.preventDefault();
      return;
    }
    const pan = (dx: number, dy: number) =>
      this.#setTransform({ ...this.#transform, x: this.#transform.x + dx, y: this.#transform.y + dy });
    const actions: Record<string, () => void> = {
      '+': () => this.zoom(BUTTON_ZOOM),
      '=': () => this.zoom(BUTTON_ZOOM),
      '-': () => this.zoom(1 / BUTTON_ZOOM),
      '0': () => this.fit(),
      ArrowLeft: () => pan(KEY_PAN, 0),
      ArrowRight: () => pan(-KEY_PAN, 0),
      ArrowUp: () => pan(0, KEY_PAN),
      ArrowDown: () => pan(0, -KEY_PAN),
    };
    const action = Object.hasOwn(actions, event.key) ? actions[event.key] : undefined;
    // Plain arrows on a table move through the diagram (above); with Shift, as anywhere else, they pan.
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action();
  }

  #syncViewButtons(): void {
    for (const [view, b] of Object.entries(this.#viewButtons)) b.setAttribute('aria-pressed', String(view === this.#view));
  }

  #standaloneSvg(): string | null {
    if (!this.#layout) return null;
    const { schema, relations } = this.#state;
    const description = describeSchema(schema, relations, this.#options.lang);
    return renderSvg(layoutDiagram(this.#layout.graph, this.#layout.positions), { lang: this.#options.lang, description });
  }

  #download(blob: Blob, filename: string): void {
    (this.#options.download ?? downloadBlob)(blob, filename);
  }
}
