/**
 * The results pane: one table per statement, or a sentence for statements without rows, and the
 * error that stopped the script. Values are always inserted as text, never as HTML.
 */
import type { ScriptError, ScriptOutcome, SqlValue, StatementResult } from '../core/engine.js';
import { describeStatement, groupThousands } from '../core/sql/describe-statement.js';
import { say } from '../core/messages/render.js';
import { h } from './dom.js';
import { t, uiLanguage } from './i18n.js';

export interface ResultsOptions {
  /** A plain-language explanation of an SQLite error message, when one is known. */
  explain?: (message: string, sql: string) => string | null;
  /** The 1-based line in the editor where the run script started (errors name editor lines). */
  firstLine?: number;
}

function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${groupThousands(Math.round(ms))} ms`;
}

function hex(bytes: Uint8Array): string {
  const shown = Array.from(bytes.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  return `x'${shown}${bytes.length > 16 ? '…' : ''}'`;
}

/** One cell: NULL is marked apart from the text 'NULL'; numbers are right-aligned. */
export function renderCell(value: SqlValue): HTMLTableCellElement {
  if (value === null) return h('td', { class: 'null', title: 'NULL (no value)' }, 'NULL');
  if (typeof value === 'number') return h('td', { class: 'num' }, String(value));
  if (value instanceof Uint8Array) return h('td', { class: 'blob', title: `${value.length} bytes` }, hex(value));
  return h('td', {}, value);
}

function firstLineOf(sql: string): string {
  const line = sql.trim().split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

function renderTable(result: StatementResult): HTMLElement {
  const head = h('tr', {}, ...result.columns.map((c) => h('th', { scope: 'col' }, c)));
  const body = h('tbody');
  for (const row of result.rows) body.append(h('tr', {}, ...row.map(renderCell)));
  return h('div', { class: 'table-scroll' }, h('table', { class: 'rows' }, h('thead', {}, head), body));
}

function meta(result: StatementResult): string {
  const count = result.rowCount === 1 ? t('oneRow') : t('rowCount', { n: groupThousands(result.rowCount) });
  const shown = result.truncated ? ` — ${t('firstRowsShown', { n: groupThousands(result.rows.length) })}` : '';
  return `${count}${shown} · ${formatMs(result.durationMs)}`;
}

/** SQLite's own text for SQL errors; the watchdog's sentence in the learner's language. */
function messageOf(error: ScriptError): string {
  if (error.kind === 'sql') return error.message;
  return error.kind === 'timeout' ? say(uiLanguage(), 'engine.timeout', error) : say(uiLanguage(), 'engine.crash', error);
}

/** Renders a script's outcome into `container`, replacing what was there. */
export function renderOutcome(container: HTMLElement, outcome: ScriptOutcome, options: ResultsOptions = {}): void {
  const items: HTMLElement[] = [];
  for (const result of outcome.results) {
    const hasRows = result.columns.length > 0 && result.rowCount > 0;
    items.push(
      h(
        'section',
        { class: 'result', 'data-kind': hasRows ? 'rows' : 'done' },
        h('header', {}, h('code', { class: 'stmt' }, firstLineOf(result.sql)), ' '),
        hasRows ? renderTable(result) : null,
        h('p', { class: 'meta' }, hasRows ? meta(result) : `${describeStatement(result, uiLanguage())} · ${formatMs(result.durationMs)}`),
      ),
    );
  }
  if (!outcome.ok) {
    const { error } = outcome;
    const line = (options.firstLine ?? 1) + error.line - 1;
    const explanation = error.kind === 'sql' ? options.explain?.(error.message, error.sql) : null;
    items.push(
      h(
        'section',
        { class: 'result error', role: 'alert', 'data-kind': error.kind },
        error.kind === 'sql' ? h('header', {}, t('errorOnLine', { line })) : null,
        h('p', { class: 'message' }, messageOf(error)),
        explanation ? h('p', { class: 'explanation' }, explanation) : null,
        error.kind === 'sql' ? h('pre', { class: 'stmt' }, error.sql) : null,
      ),
    );
  }
  if (items.length === 0) items.push(h('p', { class: 'meta' }, t('nothingToRun')));
  container.replaceChildren(...items);
}
