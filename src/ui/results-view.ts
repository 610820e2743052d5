/**
 * The results pane: one table per statement, or a sentence for statements without rows, and the
 * error that stopped the script. Values are always inserted as text, never as HTML; tables are
 * windowed (`RowsTable`), so no result, however large, builds more DOM than the view needs.
 */
import type { ScriptError, ScriptOutcome, StatementResult } from '../core/engine.js';
import type { Language } from '../core/messages/language.js';
import type { Message } from '../core/messages/message.js';
import { renderMessage, say } from '../core/messages/renderer.js';
import { describeStatement } from '../core/sql/describe-statement.js';
import { h } from './dom.js';
import { RowsTable } from './rows-table.js';

/** Explains SQLite's error `message` for statement `sql` in plain words, when an explanation is known. */
export type Explain = (message: string, sql: string) => Message | null;

export interface ResultsOptions {
  /** The language of the sentences around the results (SQLite's own text stays as it is). */
  lang: Language;
  explain?: Explain;
  /** The 1-based line in the editor where the run script started (errors name editor lines). */
  firstLine?: number;
}

function firstLineOf(sql: string): string {
  const line = sql.trimStart().slice(0, 200).split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

/** Text of the script itself (a statement, SQLite's message) is shown up to this many characters. */
const SCRIPT_CHARS = 2_000;

function capped(text: string): string {
  return text.length > SCRIPT_CHARS ? `${text.slice(0, SCRIPT_CHARS)}…` : text;
}

function meta(result: StatementResult, lang: Language): string {
  const count = result.cut?.uncounted
    ? say(lang, 'ui.row-count-at-least', { n: result.rowCount })
    : say(lang, 'ui.row-count', { n: result.rowCount });
  return `${count} · ${say(lang, 'ui.duration', { ms: result.durationMs })}`;
}

/**
 * SQLite's own text for SQL errors; the engine's sentence (a stop, a crash, a character SQLite
 * cannot read, on its editor line) in the learner's language.
 */
function messageOf(error: ScriptError, lang: Language, firstLine = 1): string {
  switch (error.kind) {
    case 'sql':
      return capped(error.message);
    case 'timeout':
      return say(lang, 'engine.timeout', error);
    case 'crash':
      return say(lang, 'engine.crash', error);
    case 'input': {
      const { reason, at, sql } = error;
      return say(lang, 'engine.unreadable-character', { reason, line: firstLine + at.line - 1, column: at.column, sql });
    }
  }
}

/** Renders a script's outcome into `container`, replacing what was there. */
export function renderOutcome(container: HTMLElement, outcome: ScriptOutcome, options: ResultsOptions): void {
  const { lang } = options;
  const items: HTMLElement[] = [];
  for (const result of outcome.results) {
    const hasRows = result.columns.length > 0 && result.rowCount > 0;
    items.push(
      h(
        'section',
        { class: 'result', 'data-kind': hasRows ? 'rows' : 'done' },
        h('header', {}, h('code', { class: 'stmt' }, firstLineOf(result.sql)), ' '),
        hasRows
          ? new RowsTable({
              columns: result.columns,
              rows: result.rows,
              ...(result.cut?.uncounted ? {} : { total: result.rowCount }),
              more: result.truncated,
              lang,
            }).element
          : null,
        result.cut?.values
          ? h(
              'p',
              { class: 'cut-note' },
              say(lang, 'ui.values-shortened', { count: result.cut.values.count, limit: result.cut.values.limit }),
            )
          : null,
        h(
          'p',
          { class: 'meta' },
          hasRows
            ? meta(result, lang)
            : `${renderMessage(describeStatement(result), lang)} · ${say(lang, 'ui.duration', { ms: result.durationMs })}`,
        ),
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
        error.kind === 'sql' ? h('header', {}, say(lang, 'ui.error-on-line', { line })) : null,
        h('p', { class: 'message' }, messageOf(error, lang, options.firstLine)),
        explanation ? h('p', { class: 'explanation' }, renderMessage(explanation, lang)) : null,
        error.kind === 'sql' ? h('pre', { class: 'stmt' }, capped(error.sql)) : null,
      ),
    );
  }
  if (items.length === 0) items.push(h('p', { class: 'meta' }, say(lang, 'ui.nothing-to-run')));
  container.replaceChildren(...items);
}
