// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ScriptOutcome, StatementResult } from '../core/engine.js';
import { renderOutcome } from './results-view.js';

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

function render(outcome: ScriptOutcome, explain?: (m: string) => string | null) {
  const container = document.createElement('div');
  renderOutcome(container, outcome, explain ? { explain } : {});
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
    expect(metas[2]).toBe('5,000 rows — first 1 rows shown · 1.3 ms');
  });

  it('shows the error that stopped the script with its line and a plain explanation', () => {
    const c = render(
      {
        ok: false,
        results: [result({ sql: 'CREATE TABLE t(x)' })],
        error: { kind: 'sql', message: 'FOREIGN KEY constraint failed', sql: 'INSERT INTO e VALUES (9)', start: 20, end: 44, line: 3 },
      },
      () => 'There is no student with id 9.',
    );
    const error = c.querySelector('[role=alert]')!;
    expect(error.querySelector('header')!.textContent).toBe('Error in the statement on line 3');
    expect(error.querySelector('.message')!.textContent).toBe('FOREIGN KEY constraint failed');
    expect(error.querySelector('.explanation')!.textContent).toBe('There is no student with id 9.');
  });
});

describe('the results pane in Russian', () => {
  it('speaks the UI language, and says the watchdog stop in it', async () => {
    const { setUiLanguage } = await import('./i18n.js');
    setUiLanguage('ru');
    try {
      const c = render({
        ok: false,
        results: [
          result({ sql: 'INSERT INTO t VALUES (1)', rowsModified: 1 }),
          result({ columns: ['x'], rows: [[1]], rowCount: 3000, truncated: true }),
        ],
        error: { kind: 'timeout', sql: 'x', start: 0, end: 1, line: 1, limitMs: 3000 },
      });
      const metas = [...c.querySelectorAll('.meta')].map((m) => m.textContent);
      expect(metas[0]).toBe('вставлено строк: 1 · 1.3 ms');
      expect(metas[1]).toBe('строк: 3,000 — показаны первые 1 · 1.3 ms');
      expect(c.querySelector('[role=alert] .message')!.textContent).toBe(
        'Остановлено через 3 с — база данных осталась такой, какой была до запуска.',
      );
    } finally {
      setUiLanguage('en');
    }
  });
});
