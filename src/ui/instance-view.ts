/**
 * The instance view: the actual rows behind a chosen many-to-many relationship, drawn as a
 * bipartite picture (left rows, right rows, a line per junction row) and refreshed after each run.
 */
import type { ManyToManyRelationship } from '../core/relations/types.js';
import { renderInstanceSvg } from '../core/instance/instance-svg.js';
import { DEFAULT_MAX_ROWS, type Instance, loadInstance, type TooManyRows } from '../core/instance/load-instance.js';
import type { LabSession } from '../core/lab/lab-session.js';
import type { Language } from '../core/messages/language.js';
import { say } from '../core/messages/renderer.js';
import { h, parseOwnSvg } from './dom.js';

export interface InstanceViewOptions {
  session: LabSession;
  lang: Language;
  /** Most rows drawn per side (default 200). */
  maxRows?: number;
  /** False when the view starts hidden (e.g. in a tab): it loads rows when made active. */
  active?: boolean;
}

/** What the view shows now, for tests and for hosts that want to react. */
export type InstanceViewStatus = 'empty' | 'drawn' | 'too-many' | 'error';

export class InstanceView {
  readonly element: HTMLElement;
  readonly #session: LabSession;
  readonly #lang: Language;
  readonly #unsubscribe: () => void;
  readonly #maxRows: number;
  readonly #select: HTMLSelectElement;
  readonly #summary: HTMLElement;
  readonly #canvas: HTMLElement;
  #relations: ManyToManyRelationship[] = [];
  #status: InstanceViewStatus = 'empty';
  #generation = 0;
  #loading: Promise<void> = Promise.resolve();
  #active = true;
  #stale = false;
  // Reading rows costs worker time after every run; a hidden view only remembers to do it later.

  constructor(options: InstanceViewOptions) {
    this.#session = options.session;
    this.#lang = options.lang;
    this.#maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
    this.#select = h('select', { class: 'instance-select' });
    this.#select.addEventListener('change', () => void this.refresh());
    this.#summary = h('span', { class: 'instance-summary', 'aria-live': 'polite' });
    this.#canvas = h('div', { class: 'instance-canvas' });
    this.#canvas.addEventListener('pointerover', (e) => this.#hover(e.target as Element | null));
    this.#canvas.addEventListener('pointerleave', () => this.#hover(null));
    this.element = h(
      'div',
      { class: 'instance-view' },
      h('div', { class: 'instance-toolbar' }, h('label', {}, `${say(this.#lang, 'ui.many-to-many')} `, this.#select), this.#summary),
      this.#canvas,
    );
    // Reading rows costs worker time after every run; a hidden view only remembers to do it later.
    this.#unsubscribe = this.#session.on('junction-lab-change', () => {
      if (this.#active) void this.refresh();
      else this.#stale = true;
    });
    this.#active = options.active ?? true;
    if (this.#active) void this.refresh();
    else this.#stale = true;
  }

  /** Whether the view is on screen; a hidden view refreshes when it is shown again. */
  get active(): boolean {
    return this.#active;
  }

  set active(value: boolean) {
    this.#active = value;
    if (value && this.#stale) void this.refresh();
  }

  get status(): InstanceViewStatus {
    return this.#status;
  }

  /** The junction of the relationship shown, or null when there is none. */
  get selected(): string | null {
    return this.#select.value || null;
  }

  /** Shows the many-to-many relationship whose junction is `junction` (ignored when unknown). */
  select(junction: string): Promise<void> {
    if (this.#relations.some((r) => r.junction === junction)) this.#select.value = junction;
    return this.refresh();
  }

  /** Re-reads the relationships and the rows; resolves once the latest request is drawn. */
  refresh(): Promise<void> {
    this.#stale = false;
    const generation = ++this.#generation;
    this.#syncOptions();
    const relation = this.#relations.find((r) => r.junction === this.#select.value);
    if (!relation) {
      this.#show('empty', h('p', { class: 'instance-empty' }, say(this.#lang, 'ui.instance-empty')));
      this.#loading = Promise.resolve();
      return this.#loading;
    }
    const { engine, db, state } = this.#session;
    this.#loading = loadInstance(engine, db, state.schema, relation, { maxRows: this.#maxRows }).then(
      (result) => {
        // A later run or selection started another load; drawing this one would show stale rows.
        if (generation === this.#generation) this.#render(result);
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        const reason = error instanceof Error ? error.message : String(error);
        this.#show('error', h('p', { class: 'instance-error', role: 'alert' }, say(this.#lang, 'ui.rows-failed', { reason })));
      },
    );
    return this.#loading;
  }

  /** Stops following the session. */
  destroy(): void {
    this.#unsubscribe();
    this.#generation++;
  }

  #syncOptions(): void {
    const next = this.#session.state.relations.relationships.filter((r): r is ManyToManyRelationship => r.kind === 'many-to-many');
    const key = (list: ManyToManyRelationship[]) => JSON.stringify(list.map((r) => [r.junction, r.between]));
    this.#select.disabled = next.length === 0;
    if (key(next) === key(this.#relations)) return;
    const previous = this.#select.value;
    this.#relations = next;
    this.#select.replaceChildren(
      ...next.map((r) => h('option', { value: r.junction }, `${r.between[0]} ↔ ${r.between[1]} (${r.junction})`)),
    );
    if (next.some((r) => r.junction === previous)) this.#select.value = previous;
  }

  #render(result: Instance | TooManyRows): void {
    const lang = this.#lang;
    if ('tooMany' in result) {
      const { part, count: n, table, limit } = result.tooMany;
      const text = say(lang, part === 'links' ? 'ui.too-many-links' : 'ui.too-many-rows', { n, table, limit });
      this.#show('too-many', h('p', { class: 'instance-too-many', role: 'status' }, text));
      return;
    }
    const { left, right, links, unmatched, relation } = result;
    const svg = parseOwnSvg(renderInstanceSvg(result, { lang: this.#lang }), this.#canvas.ownerDocument, 'instance');
    this.#show(
      'drawn',
      svg,
      unmatched > 0
        ? h('p', { class: 'instance-unmatched' }, say(lang, 'ui.unmatched-rows', { n: unmatched, table: relation.junction }))
        : null,
    );
    this.#summary.textContent = say(lang, 'ui.instance-summary', {
      left: left.rows.length,
      leftTable: left.table,
      right: right.rows.length,
      rightTable: right.table,
      links: links.length,
    });
  }

  #show(status: InstanceViewStatus, ...content: (Node | null)[]): void {
    this.#status = status;
    this.#summary.textContent = '';
    this.#canvas.replaceChildren(...content.filter((n): n is Node => n !== null));
    this.#canvas.setAttribute('data-status', status);
  }

  /** Hovering a row lights up its links and the rows at their other ends. */
  #hover(target: Element | null): void {
    for (const el of [...this.#canvas.querySelectorAll('.active')]) el.classList.remove('active');
    const row = target?.closest?.('g.inst-row');
    if (!row) return;
    const side = row.getAttribute('data-side') === 'left' ? 'left' : 'right';
    const other = side === 'left' ? 'right' : 'left';
    const key = row.getAttribute('data-key');
    row.classList.add('active');
    const ends = new Set<string>();
    for (const line of this.#canvas.querySelectorAll('line.inst-link')) {
      if (line.getAttribute(`data-${side}`) !== key) continue;
      line.classList.add('active');
      ends.add(line.getAttribute(`data-${other}`) ?? '');
    }
    for (const g of this.#canvas.querySelectorAll(`g.inst-row[data-side="${other}"]`)) {
      if (ends.has(g.getAttribute('data-key') ?? '')) g.classList.add('active');
    }
  }
}
