/**
 * A rows table that stays light whatever it is given: only the rows and columns in view (plus a
 * margin) are in the DOM, a cell never puts more than `CELL_CHARS` characters there, and a value
 * too long for its column has a "…" button that shows it in a viewer under the table (up to
 * `VIEWER_CHARS` characters). Everything goes in as text, never as HTML.
 */
import type { SqlValue } from '../core/engine.js';
import type { Language } from '../core/messages/language.js';
import { say } from '../core/messages/renderer.js';
import { h, reuseChildren, setAttr } from './dom.js';

/** The most characters of one value a table cell holds. */
export const CELL_CHARS = 200;
/** The most characters (or bytes of a BLOB, as two hex digits each) the cell viewer shows. */
export const VIEWER_CHARS = 100_000;
/** Rows and columns the table can scroll through; past them a note says how to see the rest. */
export const VIEW_ROWS = 200_000;
export const VIEW_COLUMNS = 2_000;

const BLOB_BYTES = 16;
const MIN_CHARS = 3;
const MAX_CHARS = 60;
// Pixel sizes the CSS gives (table.rows in lesson.css); rows are measured once the table is laid out.
const CHAR_PX = 8.2;
const PAD_PX = 22;
const ROW_PX = 28;
const HEAD_PX = 30;
// Used until the scroller has a size (not yet attached, or jsdom): about its CSS max-height.
const FALLBACK_HEIGHT = 360;
const FALLBACK_WIDTH = 900;
const OVERSCAN_ROWS = 8;
const OVERSCAN_PX = 300;
/** Column widths come from up to this many rows, and at most `SAMPLE_CELLS` cells in all. */
const SAMPLE_ROWS = 200;
const SAMPLE_CELLS = 20_000;
/** How many cells are looked at to tell whether any value is cut (the note), so the look stays cheap. */
const SCAN_CELLS = 1_000_000;

export interface RowsTableOptions {
  columns: readonly string[];
  rows: readonly (readonly SqlValue[])[];
  lang: Language;
  /** How many rows there were in all, when `rows` holds only the first of them. */
  total?: number;
  /** There were more rows than `rows` holds, even if `total` does not say how many (not counted). */
  more?: boolean;
  /** A class for the row at `index` (the exercise's diff marks missing and extra rows). */
  rowClass?: (index: number) => string | undefined;
}

type Kind = 'null' | 'num' | 'blob' | 'text';

const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/** At most `max` UTF-16 units of `text`, never ending inside a surrogate pair. */
function head(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

function hexOf(bytes: Uint8Array, max: number): string {
  const shown = bytes.subarray(0, max);
  let out = '';
  for (const b of shown) out += b.toString(16).padStart(2, '0');
  return out;
}

function kindOf(value: SqlValue | undefined): Kind {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return 'num';
  if (value instanceof Uint8Array) return 'blob';
  return 'text';
}

/** A value's text in a cell, on one line (line breaks show as ↵) and at most `CELL_CHARS` long. */
function cellText(value: SqlValue | undefined): string {
  switch (kindOf(value)) {
    case 'null':
      return 'NULL';
    case 'num':
      return String(value);
    case 'blob':
      return `x'${hexOf(value as Uint8Array, BLOB_BYTES)}'`;
    case 'text':
      return head(value as string, CELL_CHARS).replace(LINE_BREAK, '↵');
  }
}

/** The length a value would take in a cell if shown whole, without building its text. */
function fullLength(value: SqlValue | undefined): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'number') return String(value).length;
  if (value instanceof Uint8Array) return 3 + 2 * value.length;
  return value.length;
}

/**
 * Makes `td` the cell of `value` (NULL marked apart from the text 'NULL', numbers right-aligned),
 * whatever it showed before: the table reuses its cells as it scrolls, since new ones each frame
 * were garbage the page kept until a collection (600 MB while scrolling across a wide result,
 * bench/results-render.mjs).
 */
function fillCell(td: HTMLTableCellElement, value: SqlValue, lang: Language): void {
  const kind = kindOf(value);
  setAttr(td, 'class', kind === 'text' ? null : kind);
  setAttr(
    td,
    'title',
    kind === 'null'
      ? say(lang, 'ui.null-title')
      : kind === 'blob'
        ? say(lang, 'ui.blob-title', { bytes: (value as Uint8Array).length })
        : null,
  );
  const text = cellText(value);
  const only = td.firstChild;
  // The same text node keeps its layout; anything else (a cut cell's button) goes.
  if (only instanceof Text && only === td.lastChild) only.data = text;
  else td.textContent = text;
}

/** A result column's name as SQL can select it again, or "…" when it is an expression's text. */
function sqlName(column: string): string {
  return column.length <= 64 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(column) ? column : '…';
}

/** The first index `i` with `offsets[i + 1] > x` (offsets ascend from 0). */
function columnAt(offsets: Float64Array, x: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** The rows [r0, r1) and columns [c0, c1) in the DOM. */
interface Visible {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

/** A windowed table over a statement's rows; see the module comment. */
export class RowsTable {
  /** The table, its notes and its cell viewer. */
  readonly element: HTMLElement;
  readonly #options: RowsTableOptions;
  readonly #scroller: HTMLElement;
  readonly #sizer: HTMLElement;
  readonly #table: HTMLTableElement;
  readonly #colgroup = h('colgroup');
  readonly #headRow = h('tr');
  readonly #body = h('tbody');
  readonly #viewer = h('div', { class: 'cell-viewer', tabindex: -1, hidden: true });
  readonly #rowCount: number;
  readonly #columnCount: number;
  /** Each column's width in characters (from its name and the first rows) and its left edge in pixels. */
  readonly #chars: Uint16Array;
  readonly #offsets: Float64Array;
  #rowPx = ROW_PX;
  #headPx = HEAD_PX;
  #measured = false;
  #shown: Visible = { r0: 0, r1: 0, c0: 0, c1: 0 };
  #frame = 0;

  constructor(options: RowsTableOptions) {
    this.#options = options;
    const { columns, rows, lang } = options;
    this.#rowCount = Math.min(rows.length, VIEW_ROWS);
    this.#columnCount = Math.min(columns.length, VIEW_COLUMNS);
    this.#chars = new Uint16Array(this.#columnCount);
    this.#offsets = new Float64Array(this.#columnCount + 1);
    this.#measureColumns();
    this.#table = h(
      'table',
      { class: 'rows', 'aria-rowcount': this.#rowCount + 1, 'aria-colcount': this.#columnCount },
      this.#colgroup,
      h('thead', {}, this.#headRow),
      this.#body,
    );
    this.#sizer = h('div', { class: 'table-sizer' }, this.#table);
    this.#scroller = h(
      'div',
      {
        class: 'table-scroll',
        tabindex: 0,
        role: 'region',
        'aria-label': say(lang, 'ui.result-table', { rows: this.#rowCount, columns: this.#columnCount }),
      },
      this.#sizer,
    );
    this.#scroller.addEventListener('scroll', () => this.#schedule(), { passive: true });
    this.#scroller.addEventListener('click', (event) => this.#onClick(event));
    this.#viewer.addEventListener('click', (event) => {
      if ((event.target as Element).closest('[data-action="close-cell"]')) this.#closeViewer();
    });
    this.element = h('div', { class: 'rows-table' }, this.#scroller, ...this.#notes(), this.#viewer);
    this.#render();
    if (typeof ResizeObserver !== 'undefined') {
      const observer = new ResizeObserver(() => {
        if (!this.#scroller.isConnected) observer.disconnect();
        else this.#schedule();
      });
      observer.observe(this.#scroller);
    }
  }

  #measureColumns(): void {
    const { columns, rows } = this.#options;
    // Rows spread over the whole result (values often grow with the row number, like ids).
    const samples = Math.max(10, Math.min(SAMPLE_ROWS, Math.floor(SAMPLE_CELLS / Math.max(1, this.#columnCount))));
    const step = Math.max(1, Math.floor(this.#rowCount / samples));
    const sample: number[] = [];
    for (let r = 0; r < this.#rowCount; r += step) sample.push(r);
    if (this.#rowCount > 0) sample.push(this.#rowCount - 1);
    let x = 0;
    for (let c = 0; c < this.#columnCount; c++) {
      let chars = Math.min(columns[c]!.length + 1, MAX_CHARS);
      for (const r of sample) if (chars < MAX_CHARS) chars = Math.max(chars, Math.min(fullLength(rows[r]![c]), MAX_CHARS));
      chars = Math.max(chars, MIN_CHARS);
      this.#chars[c] = chars;
      this.#offsets[c] = x;
      x += Math.round(chars * CHAR_PX + PAD_PX);
    }
    this.#offsets[this.#columnCount] = x;
  }

  /** Whether the value at (`r`, `c`) does not fit its column, so its cell offers the viewer. */
  #isCut(value: SqlValue | undefined, c: number): boolean {
    if (value instanceof Uint8Array) return value.length > BLOB_BYTES;
    return typeof value === 'string' && (value.length > this.#chars[c]! || value.length > CELL_CHARS);
  }

  #anyCut(): boolean {
    const { rows } = this.#options;
    const budget = Math.max(1, Math.floor(SCAN_CELLS / Math.max(1, this.#columnCount)));
    for (let r = 0; r < Math.min(this.#rowCount, budget); r++) {
      const row = rows[r]!;
      for (let c = 0; c < this.#columnCount; c++) if (this.#isCut(row[c], c)) return true;
    }
    return false;
  }

  /** What was cut and how to see the rest, one sentence each. */
  #notes(): HTMLElement[] {
    const { lang, columns, rows } = this.#options;
    const notes: string[] = [];
    const total = Math.max(this.#options.total ?? rows.length, rows.length);
    const counted = total > this.#rowCount;
    if (counted || this.#options.more) notes.push(say(lang, 'ui.rows-cut', { shown: this.#rowCount, total: counted ? total : null }));
    if (this.#columnCount < columns.length) notes.push(say(lang, 'ui.columns-cut', { shown: this.#columnCount, total: columns.length }));
    if (this.#anyCut()) notes.push(say(lang, 'ui.cells-cut', { limit: VIEWER_CHARS }));
    return notes.map((note) => h('p', { class: 'cut-note', role: 'note' }, note));
  }

  #schedule(): void {
    if (this.#frame) return;
    const run = () => {
      this.#frame = 0;
      this.#render();
    };
    this.#frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : (setTimeout(run, 0) as unknown as number);
  }

  /** The rows and columns that cover the scroller's view plus a margin. */
  #wanted(): Visible {
    const scroller = this.#scroller;
    const height = scroller.clientHeight || FALLBACK_HEIGHT;
    const width = scroller.clientWidth || FALLBACK_WIDTH;
    const top = Math.max(0, scroller.scrollTop - this.#headPx);
    const r0 = Math.max(0, Math.floor(top / this.#rowPx) - OVERSCAN_ROWS);
    const r1 = Math.min(this.#rowCount, Math.ceil((top + height) / this.#rowPx) + OVERSCAN_ROWS);
    const left = Math.max(0, scroller.scrollLeft - OVERSCAN_PX);
    const c0 = Math.min(columnAt(this.#offsets, left), Math.max(0, this.#columnCount - 1));
    const c1 = Math.min(this.#columnCount, columnAt(this.#offsets, scroller.scrollLeft + width + OVERSCAN_PX) + 1);
    return { r0, r1, c0, c1 };
  }

  #render(): void {
    if (!this.#measured && this.#scroller.isConnected) this.#measureRows();
    const want = this.#wanted();
    const shown = this.#shown;
    const columnsMoved = want.c0 !== shown.c0 || want.c1 !== shown.c1;
    if (!columnsMoved && want.r0 === shown.r0 && want.r1 === shown.r1 && this.#body.firstChild) return;
    this.#shown = want;
    const { c0, c1, r0, r1 } = want;
    const offsets = this.#offsets;
    this.#sizer.style.height = `${this.#headPx + this.#rowCount * this.#rowPx}px`;
    this.#sizer.style.width = `${offsets[this.#columnCount]}px`;
    this.#sizer.style.paddingTop = `${r0 * this.#rowPx}px`;
    this.#sizer.style.paddingLeft = `${offsets[c0]}px`;
    this.#table.style.width = `${offsets[c1]! - offsets[c0]!}px`;
    if (columnsMoved || !this.#headRow.firstChild) this.#renderHead(c0, c1);
    // The rows already there are refilled in place; only the window's growth makes new ones.
    const rows = reuseChildren(this.#body, r1 - r0, 'tr');
    for (let r = r0; r < r1; r++) this.#fillRow(rows[r - r0]!, r, c0, c1);
  }

  /** Row heights come from the CSS; once the table is laid out, the real ones replace the estimate. */
  #measureRows(): void {
    const row = this.#body.firstElementChild;
    const headHeight = this.#headRow.getBoundingClientRect().height;
    const rowHeight = row?.getBoundingClientRect().height ?? 0;
    if (rowHeight <= 0 || headHeight <= 0) return;
    this.#measured = true;
    this.#rowPx = rowHeight;
    this.#headPx = headHeight;
    this.#shown = { r0: 0, r1: 0, c0: 0, c1: 0 };
  }

  #renderHead(c0: number, c1: number): void {
    const { columns } = this.#options;
    const cols: HTMLElement[] = [];
    const cells: HTMLElement[] = [];
    for (let c = c0; c < c1; c++) {
      cols.push(h('col', { style: `width: ${this.#offsets[c + 1]! - this.#offsets[c]!}px` }));
      const name = columns[c]!;
      const shown = head(name, CELL_CHARS);
      cells.push(h('th', { scope: 'col', 'aria-colindex': c + 1, title: name.length > this.#chars[c]! ? shown : undefined }, shown));
    }
    this.#colgroup.replaceChildren(...cols);
    this.#headRow.replaceChildren(...cells);
  }

  /** Makes `tr` row `r`, columns [c0, c1), reusing the cells it has. */
  #fillRow(tr: HTMLTableRowElement, r: number, c0: number, c1: number): void {
    const { rows, lang, rowClass } = this.#options;
    const row = rows[r]!;
    tr.setAttribute('aria-rowindex', String(r + 2));
    setAttr(tr, 'class', rowClass?.(r) || null);
    const cells = reuseChildren(tr, c1 - c0, 'td');
    for (let c = c0; c < c1; c++) {
      const value = row[c] ?? null;
      const td = cells[c - c0]!;
      fillCell(td, value, lang);
      td.setAttribute('aria-colindex', String(c + 1));
      if (this.#isCut(value, c)) {
        td.classList.add('cut');
        td.append(h('button', { type: 'button', class: 'cell-more', 'data-row': r, 'data-col': c, title: say(lang, 'ui.show-cell') }, '…'));
      }
    }
  }

  #onClick(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLElement>('button.cell-more');
    if (!button) return;
    this.showCell(Number(button.dataset.row), Number(button.dataset.col));
  }

  /** Shows the value at row `r`, column `c` (0-based) in the viewer, up to `VIEWER_CHARS` characters. */
  showCell(r: number, c: number): void {
    const { rows, columns, lang } = this.#options;
    const value = rows[r]?.[c] ?? null;
    const column = head(columns[c] ?? '', 80);
    const parts: HTMLElement[] = [];
    let text: string;
    let size: string;
    if (value instanceof Uint8Array) {
      const shown = Math.min(value.length, VIEWER_CHARS / 2);
      text = `x'${hexOf(value, shown)}${shown < value.length ? '…' : "'"}`;
      size = say(lang, 'ui.blob-title', { bytes: value.length });
      if (shown < value.length) {
        const expr = `hex(substr(${sqlName(columns[c] ?? '')}, ${shown + 1}, ${shown}))`;
        parts.push(h('p', { class: 'cut-note' }, say(lang, 'ui.blob-part', { shown, total: value.length, expr })));
      }
    } else {
      const full = value === null ? 'NULL' : String(value);
      text = head(full, VIEWER_CHARS);
      size = say(lang, 'ui.cell-length', { chars: full.length });
      if (text.length < full.length) {
        const expr = `substr(${sqlName(columns[c] ?? '')}, ${text.length + 1}, ${VIEWER_CHARS})`;
        parts.push(h('p', { class: 'cut-note' }, say(lang, 'ui.cell-part', { shown: text.length, total: full.length, expr })));
      }
    }
    this.#viewer.replaceChildren(
      h(
        'header',
        {},
        h('span', {}, `${say(lang, 'ui.cell-title', { row: r + 1, column })} · ${size}`),
        h('button', { type: 'button', class: 'btn quiet', 'data-action': 'close-cell' }, say(lang, 'ui.close')),
      ),
      h('pre', { class: 'cell-text' }, text),
      ...parts,
    );
    this.#viewer.hidden = false;
    this.#viewer.focus();
  }

  #closeViewer(): void {
    this.#viewer.hidden = true;
    this.#viewer.replaceChildren();
    this.#scroller.focus();
  }
}
