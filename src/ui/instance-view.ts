/**
 * The instance view: the actual rows behind a chosen many-to-many relationship, drawn as a
 * bipartite picture (left rows, right rows, a line per junction row) and refreshed after each run.
 */
import type { ManyToManyRelationship } from '../core/relations/types.js';
import { renderInstanceSvg } from '../core/instance/instance-svg.js';
import { DEFAULT_MAX_ROWS, type Instance, loadInstance, type TooManyRows } from '../core/instance/load-instance.js';
import { h, parseOwnSvg } from './dom.js';
import { uiLanguage } from './i18n.js';
import type { LabSession } from './lab-session.js';

export interface InstanceViewOptions {
  session: LabSession;
  /** Most rows drawn per side (default 200). */
  maxRows?: number;
  /** False when the view starts hidden (e.g. in a tab): it loads rows when made active. */
  active?: boolean;
}

/** What the view shows now, for tests and for hosts that want to react. */
export type InstanceViewStatus = 'empty' | 'drawn' | 'too-many' | 'error';

const strings = {
  en: {
    relationship: 'Many-to-many',
    empty: 'No many-to-many relationship yet. Create a junction table whose foreign keys point at two tables, and its rows show up here.',
    tooManyRows: (n: number, table: string, limit: number) => `Too many rows to draw (${n} ${table}; the limit is ${limit}).`,
    tooManyLinks: (n: number, table: string, limit: number) => `Too many links to draw (${n} rows in ${table}; the limit is ${limit}).`,
    failed: 'Could not read the rows:',
    summary: (l: number, lt: string, r: number, rt: string, links: number) =>
      `${l} ${lt} · ${r} ${rt} · ${links} ${links === 1 ? 'link' : 'links'}`,
    unmatched: (n: number, table: string) =>
      n === 1
        ? `1 row of ${table} pairs no existing rows and is not drawn.`
        : `${n} rows of ${table} pair no existing rows and are not drawn.`,
  },
  ru: {
    relationship: 'Многие-ко-многим',
    empty: 'Связей многие-ко-многим пока нет. Создайте связующую таблицу с внешними ключами на две таблицы — и её строки появятся здесь.',
    tooManyRows: (n: number, table: string, limit: number) => `Слишком много строк для рисунка (${n} в ${table}; предел — ${limit}).`,
    tooManyLinks: (n: number, table: string, limit: number) =>
      `Слишком много связей для рисунка (${n} строк в ${table}; предел — ${limit}).`,
    failed: 'Не удалось прочитать строки:',
    summary: (l: number, lt: string, r: number, rt: string, links: number) => `${l} ${lt} · ${r} ${rt} · связей: ${links}`,
    unmatched: (n: number, table: string) => `Строк ${table}, которые не связывают существующие строки: ${n}; они не нарисованы.`,
  },
} as const;

export class InstanceView {
  readonly element: HTMLElement;
  readonly #session: LabSession;
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
  readonly #onChange = () => {
    if (this.#active) void this.refresh();
    else this.#stale = true;
  };

  constructor(options: InstanceViewOptions) {
    const s = strings[uiLanguage()];
    this.#session = options.session;
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
      h('div', { class: 'instance-toolbar' }, h('label', {}, `${s.relationship} `, this.#select), this.#summary),
      this.#canvas,
    );
    this.#session.addEventListener('change', this.#onChange);
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
      this.#show('empty', h('p', { class: 'instance-empty' }, strings[uiLanguage()].empty));
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
        const message = error instanceof Error ? error.message : 'unknown error';
        this.#show('error', h('p', { class: 'instance-error', role: 'alert' }, `${strings[uiLanguage()].failed} ${message}`));
      },
    );
    return this.#loading;
  }

  /** Stops following the session. */
  destroy(): void {
    this.#session.removeEventListener('change', this.#onChange);
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
    const s = strings[uiLanguage()];
    if ('tooMany' in result) {
      const { part, count, table, limit } = result.tooMany;
      const text = part === 'links' ? s.tooManyLinks(count, table, limit) : s.tooManyRows(count, table, limit);
      this.#show('too-many', h('p', { class: 'instance-too-many', role: 'status' }, text));
      return;
    }
    const { left, right, links, unmatched, relation } = result;
    const svg = parseOwnSvg(renderInstanceSvg(result), this.#canvas.ownerDocument, 'instance');
    this.#show('drawn', svg, unmatched > 0 ? h('p', { class: 'instance-unmatched' }, s.unmatched(unmatched, relation.junction)) : null);
    this.#summary.textContent = s.summary(left.rows.length, left.table, right.rows.length, right.table, links.length);
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
