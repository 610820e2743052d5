/** Static syntax highlighting (no editor) for `sql static` and `python` blocks, built as DOM text. */
import { SQLite } from '@codemirror/lang-sql';
import { classHighlighter, highlightCode } from '@lezer/highlight';
import { parser as pythonParser } from '@lezer/python';

export type StaticLanguage = 'sql' | 'python' | 'plain';

/** A `<pre><code>` with `tok-*` spans; code text is only ever inserted as text. */
export function highlightStatic(code: string, language: StaticLanguage): HTMLPreElement {
  const pre = document.createElement('pre');
  pre.className = `static language-${language}`;
  const out = document.createElement('code');
  pre.append(out);
  if (language === 'plain') {
    out.textContent = code;
    return pre;
  }
  const parser = language === 'sql' ? SQLite.language.parser : pythonParser;
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
  return pre;
}
