/**
 * An exercise's verdict as nodes: the sentence, the wrong answer's hint or the checker's advice, and
 * the rows that tell the answer from the solution. Loaded with the first Check (it brings the rows
 * table and the whole message catalogue).
 */
import type { CheckResult } from '../core/checks/check-exercise.js';
import { type Counterexample, counterexampleMessage } from '../core/checks/counterexample-message.js';
import type { SqlValue } from '../core/engine.js';
import type { Language } from '../core/messages/language.js';
import { renderMessage, say } from '../core/messages/renderer.js';
import { h } from './dom.js';
import { RowsTable } from './rows-table.js';

type Rows = SqlValue[][];

const rowKey = (row: SqlValue[]) => JSON.stringify(row.map((v) => (v instanceof Uint8Array ? Array.from(v) : v)));

/** A rows table (windowed, see `RowsTable`) where rows found in `marked` (as a multiset) get `className`. */
function diffTable(columns: string[], rows: Rows, marked: Rows, className: string, lang: Language): HTMLElement {
  const pending = new Map<string, number>();
  for (const row of marked) pending.set(rowKey(row), (pending.get(rowKey(row)) ?? 0) + 1);
  const isMarked = rows.map((row) => {
    const key = rowKey(row);
    const left = pending.get(key) ?? 0;
    if (left > 0) pending.set(key, left - 1);
    return left > 0;
  });
  return new RowsTable({ columns, rows, lang, rowClass: (index) => (isMarked[index] ? className : undefined) }).element;
}

/** A plain rows table, or "(no rows)". */
function rowsTable(columns: string[], rows: Rows, lang: Language): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'counterexample-empty' }, say(lang, 'counterexample.empty'));
  return diffTable(columns, rows, [], '', lang);
}

/** The little database on which the answer and the solution differ, and both results on it side by side. */
function counterexampleView(example: Counterexample, lang: Language): HTMLElement {
  const tables = Object.entries(example.tables).map(([name, table]) =>
    h(
      'figure',
      { class: 'counterexample-table', 'data-table': name },
      h('figcaption', {}, name),
      rowsTable(table.columns, table.rows, lang),
    ),
  );
  return h(
    'div',
    { class: 'counterexample' },
    h('p', { class: 'counterexample-lead' }, renderMessage(counterexampleMessage(example), lang)),
    h('h4', {}, say(lang, 'counterexample.database')),
    h('div', { class: 'counterexample-tables' }, ...tables),
    h(
      'div',
      { class: 'diff' },
      h(
        'div',
        { class: 'actual' },
        h('h4', {}, say(lang, 'counterexample.yours')),
        rowsTable(example.actual.columns, example.actual.rows, lang),
      ),
      h(
        'div',
        { class: 'expected' },
        h('h4', {}, say(lang, 'counterexample.expected')),
        rowsTable(example.expected.columns, example.expected.rows, lang),
      ),
    ),
  );
}

/** The verdict on `result`, in `lang` (the lesson's). */
export function feedbackParts(result: CheckResult, lang: Language, renderMarkdown: (markdown: string) => DocumentFragment): Node[] {
  const verdict = result.passed ? say(lang, 'ui.passed') : renderMessage(result.message, lang);
  const parts: (Node | null)[] = [
    h('p', { class: `verdict ${result.passed ? 'pass' : 'fail'}`, role: result.passed ? 'status' : 'alert' }, verdict),
  ];
  if (!result.passed && result.hint) {
    parts.push(h('div', { class: 'hint-from-wrong' }, renderMarkdown(result.hint)));
  } else if (!result.passed && result.advice) {
    parts.push(h('p', { class: 'hint-from-checker' }, renderMessage(result.advice, lang)));
  }
  if (!result.passed && result.counterexample) {
    // The few rows that tell the results apart say more than both results on the whole database.
    parts.push(counterexampleView(result.counterexample, lang));
  } else if (!result.passed && result.expected && result.actual) {
    const { expected, actual, missing, extra } = result;
    parts.push(
      h('p', { class: 'lesson-meta' }, say(lang, 'check.diff-counts', { missing: missing.length, extra: extra.length })),
      h(
        'div',
        { class: 'diff' },
        h(
          'div',
          { class: 'expected' },
          h('h4', {}, say(lang, 'ui.expected')),
          diffTable(expected.columns, expected.rows, missing, 'missing', lang),
        ),
        h(
          'div',
          { class: 'actual' },
          h('h4', {}, say(lang, 'ui.your-result')),
          diffTable(actual.columns, actual.rows, extra, 'extra', lang),
        ),
      ),
    );
  }
  return parts.filter((p): p is Node => p !== null);
}
