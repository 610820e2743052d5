/** Static syntax highlighting (no editor) for `sql static` and `python` blocks, built as DOM text. */
import { SQLite } from '@codemirror/lang-sql';
import type { Parser } from '@lezer/common';
import { classHighlighter, highlightCode } from '@lezer/highlight';
import { whenNearViewport } from './dom.js';

export type StaticLanguage = 'sql' | 'python' | 'plain';

// The Python grammar is only needed on pages that show Python, so it loads on first use.
let pythonParser: Promise<Parser> | undefined;
const loadPython = () => {
  pythonParser ??= import('@lezer/python').then((m) => m.parser);
  return pythonParser;
};

function paint(out: HTMLElement, code: string, parser: Parser): void {
  out.replaceChildren();
  highlightCode(
    code,
    parser.parse(code),
    classHighlighter,
    (text, classes) => {
      if (!classes) return out.append(text);
      const span = document.createElement('span');
      span.className = classes;
      span.textContent = text;
      out.append(span);
    },
    () => out.append('\n'),
  );
}

/**
 * A `<pre><code>` with `tok-*` spans; code text is only ever inserted as text. Python shows as
 * plain text until it is near the viewport and its grammar has loaded (then `data-highlighted` is set).
 */
export function highlightStatic(code: string, language: StaticLanguage): HTMLPreElement {
  const pre = document.createElement('pre');
  pre.className = `static language-${language}`;
  // Long lines scroll sideways: the block must be reachable by keyboard to scroll it.
  pre.tabIndex = 0;
  const out = document.createElement('code');
  out.textContent = code;
  pre.append(out);
  if (language === 'sql') {
    paint(out, code, SQLite.language.parser);
    pre.dataset.highlighted = '';
  } else if (language === 'python') {
    whenNearViewport(
      pre,
      () =>
        void loadPython().then((parser) => {
          paint(out, code, parser);
          pre.dataset.highlighted = '';
        }),
    );
  }
  return pre;
}
