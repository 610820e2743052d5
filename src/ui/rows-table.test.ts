// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { SqlValue } from '../core/engine.js';
import type { Language } from '../core/messages/language.js';
import { CELL_CHARS, RowsTable, type RowsTableOptions, VIEW_COLUMNS, VIEW_ROWS, VIEWER_CHARS } from './rows-table.js';
// Every sentence in both languages, as Node has them (the page loads its learner's: renderer.ts).
import '../core/messages/render.js';

/** `n` rows of `columns` columns: the cell at (r, c) is `r:c`, so a test can tell which rows are drawn. */
function grid(n: number, columns = 3): { columns: string[]; rows: SqlValue[][] } {
  const names = Array.from({ length: columns }, (_, c) => `col_${c}`);
  const rows = Array.from({ length: n }, (_, r) => names.map((_, c) => `${r}:${c}`));
  return { columns: names, rows };
}

function mount(options: Omit<RowsTableOptions, 'lang'> & { lang?: Language }) {
  const table = new RowsTable({ lang: 'en', ...options });
  document.body.append(table.element);
  const scroller = table.element.querySelector<HTMLElement>('.table-scroll')!;
  return { table, element: table.element, scroller };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function scrollTo(scroller: HTMLElement, top: number, left = 0) {
  scroller.scrollTop = top;
  scroller.scrollLeft = left;
  scroller.dispatchEvent(new Event('scroll'));
  await nextFrame();
}

const bodyRows = (element: HTMLElement) => [...element.querySelectorAll('tbody tr')];
const rowIndex = (tr: Element) => Number(tr.getAttribute('aria-rowindex')) - 2;
const notes = (element: HTMLElement) => [...element.querySelectorAll('.cut-note')].map((n) => n.textContent);

afterEach(() => document.body.replaceChildren());

describe('a windowed rows table', () => {
  it('puts only the rows in view (and a margin) in the DOM, however many it is given', () => {
    const { element } = mount(grid(100_000));
    const rows = bodyRows(element);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(40);
    expect(rows.map(rowIndex)).toEqual(rows.map((_, i) => i));
    expect(rows[0]!.querySelector('td')!.textContent).toBe('0:0');
    // The scroll area is as tall as every row, so the scrollbar tells the whole size.
    const sizer = element.querySelector<HTMLElement>('.table-sizer')!;
    expect(sizer.style.height).toBe(`${30 + 100_000 * 28}px`);
    expect(element.querySelector('table')!.getAttribute('aria-rowcount')).toBe('100001');
    expect(element.querySelector('.table-scroll')!.getAttribute('aria-label')).toBe('Result: 100,000 rows, 3 columns');
  });

  it('moves the window as the table scrolls, to the rows under the view', async () => {
    const { element, scroller } = mount(grid(100_000));
    await scrollTo(scroller, 30 + 50_000 * 28);
    const rows = bodyRows(element);
    expect(rows.length).toBeLessThan(40);
    const first = rowIndex(rows[0]!);
    expect(first).toBeGreaterThan(49_980);
    expect(first).toBeLessThanOrEqual(50_000);
    expect(rows.map(rowIndex)).toEqual(rows.map((_, i) => first + i));
    expect(rows.find((tr) => rowIndex(tr) === 50_000)!.querySelector('td')!.textContent).toBe('50000:0');
    // The drawn rows sit where they would in the whole table.
    expect(element.querySelector<HTMLElement>('.table-sizer')!.style.paddingTop).toBe(`${first * 28}px`);

    await scrollTo(scroller, 30 + 99_999 * 28);
    expect(rowIndex(bodyRows(element).at(-1)!)).toBe(99_999);
  });

  it('refills the same rows and cells as it scrolls, each cell as a fresh one would show its value', async () => {
    // Row r's cells change kind with r, so one scroll by a row gives each reused cell another kind.
    const kinds: SqlValue[][] = [
      [null, 7, 'short', new Uint8Array(40)],
      ['x'.repeat(300), null, 2.5, 'ok'],
      [new Uint8Array(2), 'text', null, 'y'.repeat(300)],
    ];
    const rows = Array.from({ length: 3_000 }, (_, r) => kinds[r % 3]!);
    const { element, scroller } = mount({ columns: ['a', 'b', 'c', 'd'], rows, rowClass: (r) => (r % 2 ? 'odd' : undefined) });
    const cellsBefore = [...element.querySelectorAll('tbody td')];
    const rowsBefore = bodyRows(element);
    await scrollTo(scroller, 30 + 1_002 * 28);
    const drawn = bodyRows(element);
    // The first drawn row (994) is not a multiple of 3 away from row 0's place.
    expect(rowIndex(drawn[0]!) % 3).not.toBe(0);
    // The same elements, now other rows: only the window's growth (its margin above) made new ones.
    expect(drawn.length).toBeGreaterThanOrEqual(rowsBefore.length);
    expect(rowsBefore.every((tr, i) => drawn[i] === tr)).toBe(true);
    const cellsAfter = [...element.querySelectorAll('tbody td')];
    expect(cellsBefore.every((td, i) => cellsAfter[i] === td)).toBe(true);
    const fresh = mount({ columns: ['a', 'b', 'c', 'd'], rows: rows.slice(0, 3), rowClass: (r) => (r % 2 ? 'odd' : undefined) });
    const freshRows = bodyRows(fresh.element);
    for (const tr of drawn) {
      const r = rowIndex(tr);
      const like = freshRows[r % 3]!;
      expect(tr.className === 'odd').toBe(r % 2 === 1);
      const cells = [...tr.querySelectorAll('td')];
      const expected = [...like.querySelectorAll('td')];
      expect(cells.map((td) => [td.className, td.getAttribute('title'), td.textContent])).toEqual(
        expected.map((td) => [td.className, td.getAttribute('title'), td.textContent]),
      );
      expect(cells.map((td) => td.querySelector<HTMLElement>('button.cell-more')?.dataset.row)).toEqual(
        expected.map((td) => (td.querySelector('button.cell-more') ? String(r) : undefined)),
      );
    }
  });

  it('windows columns too: 1,000 columns draw only those in view, and scrolling sideways moves them', async () => {
    const { element, scroller } = mount(grid(1_000, 1_000));
    const heads = () => [...element.querySelectorAll('th')].map((th) => th.textContent);
    expect(heads().length).toBeLessThan(30);
    expect(heads()[0]).toBe('col_0');
    expect(element.querySelectorAll('td').length).toBeLessThan(40 * 30);
    await scrollTo(scroller, 0, 100_000);
    expect(heads()).not.toContain('col_0');
    expect(heads().length).toBeLessThan(30);
    const at = Math.max(0, heads().indexOf('col_500'));
    const column = Number(heads()[at]!.slice(4));
    expect(column).toBeGreaterThan(100);
    const row = bodyRows(element)[0]!;
    expect(row.querySelectorAll('td')[at]!.textContent).toBe(`0:${column}`);
    expect(row.querySelectorAll('td')[at]!.getAttribute('aria-colindex')).toBe(String(column + 1));
  });

  it('cuts a 50,000,000-character value to a short cell, and its … shows the first 100,000 characters', () => {
    const huge = 'x'.repeat(50_000_000);
    const { element } = mount({ columns: ['body'], rows: [[huge], ['short']] });
    const cell = element.querySelector('tbody td')!;
    expect(cell.classList.contains('cut')).toBe(true);
    expect(cell.firstChild!.textContent!.length).toBe(CELL_CHARS);
    expect(notes(element)).toEqual([
      'Values too long for their column are cut: press … in a cell to see it whole (up to 100,000 characters; substr() reads any part).',
    ]);
    cell.querySelector<HTMLButtonElement>('button.cell-more')!.click();
    const viewer = element.querySelector<HTMLElement>('.cell-viewer')!;
    expect(viewer.hidden).toBe(false);
    expect(viewer.querySelector('pre')!.textContent!.length).toBe(VIEWER_CHARS);
    expect(viewer.querySelector('header span')!.textContent).toBe('Row 1, column body · 50,000,000 characters');
    expect(viewer.querySelector('.cut-note')!.textContent).toBe(
      'Only the first 100,000 of 50,000,000 characters are shown. To read further, select substr(body, 100001, 100000).',
    );
    // Nothing on the page holds more of the value than the viewer's cap.
    expect(element.textContent!.length).toBeLessThan(VIEWER_CHARS + 2 * CELL_CHARS + 1_000);
    viewer.querySelector<HTMLButtonElement>('[data-action="close-cell"]')!.click();
    expect(viewer.hidden).toBe(true);
    expect(viewer.textContent).toBe('');
  });

  it('shows a value that fits the viewer whole, and says so in Russian too', () => {
    const text = `${'абв'.repeat(100)}\nконец`;
    const { element } = mount({ columns: ['note'], rows: [[text]], lang: 'ru' });
    element.querySelector<HTMLButtonElement>('button.cell-more')!.click();
    const viewer = element.querySelector<HTMLElement>('.cell-viewer')!;
    expect(viewer.querySelector('pre')!.textContent).toBe(text);
    expect(viewer.querySelector('header span')!.textContent).toBe('Строка 1, столбец note · 306 символов');
    expect(viewer.querySelector('.cut-note')).toBeNull();
    expect(notes(element)).toEqual([
      'Значения, которые не помещаются в столбец, обрезаны: нажмите … в ячейке, чтобы увидеть значение целиком (до 100\u202f000 символов; любую часть можно прочитать через substr()).',
    ]);
  });

  it('keeps every cell on one line: line breaks show as ↵', () => {
    const { element } = mount({ columns: ['a'], rows: [['one\ntwo\r\nthree\u2028four']] });
    expect(element.querySelector('tbody td')!.textContent).toBe('one↵two↵three↵four');
  });

  it('shows a long BLOB as its first bytes, and the viewer as hex up to its cap', () => {
    const bytes = new Uint8Array(60_000).map((_, i) => i % 256);
    const { element } = mount({ columns: ['data'], rows: [[bytes]] });
    const cell = element.querySelector('tbody td')!;
    expect(cell.firstChild!.textContent).toBe("x'000102030405060708090a0b0c0d0e0f'");
    cell.querySelector<HTMLButtonElement>('button')!.click();
    const viewer = element.querySelector('.cell-viewer')!;
    expect(viewer.querySelector('pre')!.textContent!.length).toBe(2 + VIEWER_CHARS + 1);
    expect(viewer.querySelector('.cut-note')!.textContent).toBe(
      'Only the first 50,000 of 60,000 bytes are shown. To read further, select hex(substr(data, 50001, 50000)).',
    );
  });

  it('says how many rows it shows of how many, and how to page through the rest, in both languages', () => {
    const { rows, columns } = grid(1_000);
    expect(notes(mount({ columns, rows, total: 10_000_000 }).element)).toEqual([
      'Only the first 1,000 rows of 10,000,000 are shown. To see the others, page through them with ORDER BY, LIMIT and OFFSET (for example … ORDER BY 1 LIMIT 1000 OFFSET 1000).',
    ]);
    expect(notes(mount({ columns, rows, total: 10_000_000, lang: 'ru' }).element)).toEqual([
      'Показаны только первые 1\u202f000 строк из 10\u202f000\u202f000. Чтобы увидеть остальные, листайте их с помощью ORDER BY, LIMIT и OFFSET (например, … ORDER BY 1 LIMIT 1000 OFFSET 1000).',
    ]);
    expect(notes(mount({ columns, rows: rows.slice(0, 21), total: 22, lang: 'ru' }).element)[0]).toMatch(
      /^Показана только первая 21 строка из 22\./,
    );
    expect(notes(mount({ columns, rows, total: 1_000 }).element)).toEqual([]);
    // An engine that stops counting says only that there are more.
    expect(notes(mount({ columns, rows, total: 1_000, more: true }).element)[0]).toMatch(
      /^Only the first 1,000 rows are shown; there are more\. To see the others/,
    );
    expect(notes(mount({ columns, rows, total: 1_000, more: true, lang: 'ru' }).element)[0]).toMatch(
      /^Показаны только первые 1\u202f000 строк, а их больше\. Чтобы увидеть остальные/,
    );
  });

  it('caps rows and columns at what it can scroll through, whatever it is given', () => {
    const many = mount(grid(VIEW_ROWS + 5, 1));
    expect(many.element.querySelector('table')!.getAttribute('aria-rowcount')).toBe(String(VIEW_ROWS + 1));
    expect(notes(many.element)[0]).toMatch(/^Only the first 200,000 rows of 200,005 are shown\./);
    const wide = mount(grid(2, VIEW_COLUMNS + 1));
    expect(wide.element.querySelector('table')!.getAttribute('aria-colcount')).toBe(String(VIEW_COLUMNS));
    expect(notes(wide.element)).toEqual(['Only the first 2,000 of 2,001 columns are shown: name the columns you need in SELECT.']);
  });

  it('marks the drawn rows it is asked to mark, by their index in the whole table', async () => {
    const { element, scroller } = mount({ ...grid(10_000, 1), rowClass: (i) => (i % 2 === 0 ? 'missing' : undefined) });
    await scrollTo(scroller, 30 + 5_001 * 28);
    for (const tr of bodyRows(element)) expect(tr.classList.contains('missing')).toBe(rowIndex(tr) % 2 === 0);
  });

  it('never reads values, column names or long values in the viewer as HTML', () => {
    const payloads = [
      '<img src=x onerror="alert(1)">',
      '<script>alert(1)</script>',
      '<svg onload=alert(1)>',
      '"><iframe src="javascript:alert(1)">',
      `<a href="javascript:alert(1)">${'x'.repeat(300)}</a>`,
    ];
    const { element } = mount({ columns: payloads, rows: [payloads] });
    expect(element.querySelector('img, script, svg, iframe, a')).toBeNull();
    expect([...element.querySelectorAll('th')].map((th) => th.textContent)).toEqual(payloads.map((p) => p.slice(0, CELL_CHARS)));
    expect(element.querySelector('tbody td')!.textContent).toBe(payloads[0]);
    element.querySelector<HTMLButtonElement>('button.cell-more')!.click();
    expect(element.querySelector('img, script, svg, iframe, a')).toBeNull();
    expect(element.querySelector('.cell-viewer pre')!.textContent).toBe(payloads[4]);
  });
});
