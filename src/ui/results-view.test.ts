// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ScriptOutcome, StatementResult } from '../core/engine.js';
import type { Language } from '../core/messages/language.js';
import { type Message, msg } from '../core/messages/message.js';
import { renderOutcome } from './results-view.js';
// Every sentence in both languages, as Node has them (the page loads its learner's: renderer.ts).
import '../core/messages/render.js';

function result(partial: Partial<StatementResult>): StatementResult {
  return {
    sql: 'SELECT 1',
    start: 0,
    end: 8,
    columns: [],
    rows: [],
    rowCount: 0,
    truncated: false,
    rowsModified: 0,
    durationMs: 1.25,
    ...partial,
  };
}

function render(outcome: ScriptOutcome, explain?: (m: string) => Message | null, lang: Language = 'en') {
  const container = document.createElement('div');
  renderOutcome(container, outcome, explain ? { lang, explain } : { lang });
  return container;
}

describe('the results pane', () => {
  it('draws a table per statement with headers, NULL apart from the text NULL, numbers right-aligned', () => {
    const c = render({
      ok: true,
      results: [
        result({
          columns: ['name', 'grade'],
          rows: [
            ['NULL', null],
            ['Ada', 5],
          ],
          rowCount: 2,
        }),
        result({ columns: ['x'], rows: [[1]], rowCount: 1 }),
      ],
    });
    expect(c.querySelectorAll('table')).toHaveLength(2);
    expect([...c.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['name', 'grade', 'x']);
    const cells = [...c.querySelectorAll('tbody tr')[0]!.querySelectorAll('td')];
    expect(cells[0]!.className).toBe('');
    expect(cells[0]!.textContent).toBe('NULL');
    expect(cells[1]!.className).toBe('null');
    expect(c.querySelector('td.num')!.textContent).toBe('5');
    expect(c.querySelector('.meta')!.textContent).toBe('2 rows · 1.3 ms');
  });

  it('never interprets values or column names as HTML', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const c = render({ ok: true, results: [result({ columns: [hostile], rows: [[hostile]], rowCount: 1 })] });
    expect(c.querySelector('img')).toBeNull();
    expect(c.querySelector('td')!.textContent).toBe(hostile);
    expect(c.querySelector('th')!.textContent).toBe(hostile);
  });

  it('says what statements without rows did, and when rows were capped', () => {
    const c = render({
      ok: true,
      results: [
        result({ sql: 'INSERT INTO t VALUES (1),(2),(3)', rowsModified: 3 }),
        result({ sql: 'CREATE TABLE enrollments (x)' }),
        result({ columns: ['x'], rows: [[1]], rowCount: 5000, truncated: true }),
      ],
    });
    const metas = [...c.querySelectorAll('.meta')].map((m) => m.textContent);
    expect(metas[0]).toBe('3 rows inserted · 1.3 ms');
    expect(metas[1]).toBe('table enrollments created · 1.3 ms');
    expect(metas[2]).toBe('5,000 rows · 1.3 ms');
    expect(c.querySelector('.result .cut-note')!.textContent).toMatch(/^Only the first 1 row of 5,000 is shown\. To see the others/);
  });

  it('keeps a huge failing statement and its message short on the page', () => {
    const sql = `SELECT '${'x'.repeat(1_000_000)}' FROM nowhere`;
    const c = render({
      ok: false,
      results: [],
      error: { kind: 'sql', message: `no such table: ${'y'.repeat(1_000_000)}`, sql, start: 0, end: sql.length, line: 1 },
    });
    expect(c.querySelector('[role=alert] pre')!.textContent!.length).toBe(2_001);
    expect(c.querySelector('[role=alert] .message')!.textContent!.length).toBe(2_001);
    expect(c.textContent!.length).toBeLessThan(5_000);
  });

  it('says, in both languages, that a script of blanks and comments ran nothing, and what to do', () => {
    const empty: ScriptOutcome = { ok: true, results: [] };
    expect(render(empty).textContent).toBe(
      'Nothing to run: the editor holds no SQL statement, only blanks or comments. Type a query, then Run.',
    );
    expect(render(empty, undefined, 'ru').textContent).toBe(
      'Нечего выполнять: в редакторе нет ни одного SQL-оператора, только пробелы или комментарии. Напишите запрос и нажмите «Выполнить».',
    );
  });

  it('shows the error that stopped the script with its line and a plain explanation', () => {
    const c = render(
      {
        ok: false,
        results: [result({ sql: 'CREATE TABLE t(x)' })],
        error: { kind: 'sql', message: 'FOREIGN KEY constraint failed', sql: 'INSERT INTO e VALUES (9)', start: 20, end: 44, line: 3 },
      },
      () => msg('sql-error.no-such-column', { column: 'tbl_x' }),
    );
    const error = c.querySelector('[role=alert]')!;
    expect(error.querySelector('header')!.textContent).toBe('Error in the statement on line 3');
    expect(error.querySelector('.message')!.textContent).toBe('FOREIGN KEY constraint failed');
    expect(error.querySelector('.explanation')!.textContent).toMatch(/^There is no column called tbl_x/);
  });
});

describe('the results pane in Russian', () => {
  it('speaks the language it is given, with Russian plural forms, and says the watchdog stop in it', () => {
    const c = render(
      {
        ok: false,
        results: [
          result({ sql: 'INSERT INTO t VALUES (1)', rowsModified: 1 }),
          result({ columns: ['x'], rows: [[1]], rowCount: 3000, truncated: true }),
          result({ columns: ['x'], rows: [[1], [2]], rowCount: 2 }),
        ],
        error: { kind: 'timeout', sql: 'x', start: 0, end: 1, line: 1, limitMs: 3000 },
      },
      undefined,
      'ru',
    );
    const metas = [...c.querySelectorAll('.meta')].map((m) => m.textContent);
    expect(metas[0]).toBe('вставлена 1 строка · 1,3 мс');
    expect(metas[1]).toBe('3\u202f000 строк · 1,3 мс');
    expect(c.querySelector('.result .cut-note')!.textContent).toMatch(
      /^Показана только первая 1 строка из 3\u202f000\. Чтобы увидеть остальные/,
    );
    expect(metas[2]).toBe('2 строки · 1,3 мс');
    expect(c.querySelector('[role=alert] .message')!.textContent).toBe(
      'Остановлено через 3 с — база данных осталась такой, какой была до запуска.',
    );
  });

  it('says which editor line holds a character SQLite cannot read, in the learner’s language', () => {
    const error = {
      kind: 'input',
      reason: 'nul',
      at: { offset: 12, line: 2, column: 3 },
      sql: 'SE\0LECT 1;',
      start: 10,
      end: 20,
      line: 2,
    } as const;
    const c = document.createElement('div');
    renderOutcome(c, { ok: false, results: [], error }, { lang: 'en', firstLine: 5 });
    expect(c.querySelector('[role=alert] .message')!.textContent).toBe(
      'Line 6, column 3 holds a NUL character (code 0), where SQLite stops reading, in the statement “SE␀LECT 1;”. Nothing was run: delete that character and run again.',
    );
    renderOutcome(c, { ok: false, results: [], error }, { lang: 'ru' });
    expect(c.querySelector('[role=alert] .message')!.textContent).toBe(
      'В строке 2, позиция 3, стоит нулевой символ (код 0), на котором SQLite прекращает чтение — в инструкции «SE␀LECT 1;». Ничего не выполнено: удалите этот символ и запустите снова.',
    );
  });

  it('says an engine crash as a crash, not as a time limit', () => {
    const c = render(
      { ok: false, results: [], error: { kind: 'crash', sql: 'x', start: 0, end: 1, line: 1, afterMs: 1200 } },
      undefined,
      'ru',
    );
    expect(c.querySelector('[role=alert] .message')!.textContent).toBe(
      'Движок базы данных упал через 1,2 с — база данных осталась такой, какой была до запуска.',
    );
  });
});
