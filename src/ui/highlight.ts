/**
 * Static syntax highlighting (no editor) for `sql static` and `python` blocks and for code blocks
 * before they become editors, built as DOM text. Code is only ever inserted as text.
 *
 * SQL already highlighted (the built-in course brings its own, see `rememberHighlighting`) paints at
 * once. Other SQL paints at once from its tokens (light-highlight.ts), Python as plain text; both are
 * painted by their grammar near the viewport once the page's heavy parts may load: the grammars are
 * loaded on first use, never ahead of SQLite.
 */
import type { HighlightedPiece } from '../core/sql/highlight-pieces.js';
import { highlightSqlLight } from '../core/sql/light-highlight.js';
import { whenNearViewport } from './dom.js';
import { whenIdle } from './heavy-parts.js';

export type StaticLanguage = 'sql' | 'python' | 'plain';

type Highlighter = (code: string) => HighlightedPiece[];

const known = new Map<string, HighlightedPiece[]>();

/** Keeps SQL highlighted ahead of time (a compiled lesson's `highlighted`), so it paints without the grammar. */
export function rememberHighlighting(highlighted: Record<string, HighlightedPiece[]>): void {
  for (const [code, pieces] of Object.entries(highlighted)) known.set(code, pieces);
}

const loaders: Record<Exclude<StaticLanguage, 'plain'>, () => Promise<Highlighter>> = {
  sql: () => import('../core/sql/highlight-sql.js').then((m) => m.highlightSql),
  python: () => import('./highlight-python.js').then((m) => m.highlightPython),
};
const loading = new Map<StaticLanguage, Promise<Highlighter>>();

function paint(out: HTMLElement, pieces: HighlightedPiece[]): void {
  out.replaceChildren(
    ...pieces.map(([text, classes]) => {
      if (!classes) return text;
      const span = document.createElement('span');
      span.className = classes;
      span.textContent = text;
      return span;
    }),
  );
}

/** A `<pre><code>` with `tok-*` spans; `data-highlighted` is set once it is painted. */
export function highlightStatic(code: string, language: StaticLanguage): HTMLPreElement {
  const pre = document.createElement('pre');
  pre.className = `static language-${language}`;
  // Long lines scroll sideways: the block must be reachable by keyboard to scroll it.
  pre.tabIndex = 0;
  const out = document.createElement('code');
  out.textContent = code;
  pre.append(out);
  if (language === 'plain') return pre;
  const ready = language === 'sql' ? known.get(code) : undefined;
  if (ready) {
    paint(out, ready);
    pre.dataset.highlighted = '';
    return pre;
  }
  // Painted from tokens at once; the grammar's pieces replace these when it loads.
  if (language === 'sql') paint(out, highlightSqlLight(code));
  whenNearViewport(pre, () =>
    whenIdle(() => {
      let highlighter = loading.get(language);
      if (!highlighter) {
        highlighter = loaders[language]();
        loading.set(language, highlighter);
      }
      void highlighter.then((highlight) => {
        paint(out, highlight(code));
        pre.dataset.highlighted = '';
      });
    }),
  );
  return pre;
}
