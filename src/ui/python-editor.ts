/**
 * The Python editor of a model block: CodeMirror 6 with the Python language. Loaded only when a
 * learner starts editing one (the module pulls in @codemirror/lang-python).
 */
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';

export interface PythonEditorOptions {
  parent: HTMLElement;
  doc: string;
  /** Accessible name of the editing area. */
  label: string;
  /** Called after each edit with the new text. */
  onChange: (text: string) => void;
}

/** An editor for Python model code in `parent`. */
export function createPythonEditor(options: PythonEditorOptions): EditorView {
  return new EditorView({
    parent: options.parent,
    doc: options.doc,
    extensions: [
      lineNumbers(),
      highlightActiveLineGutter(),
      history(),
      drawSelection(),
      indentOnInput(),
      bracketMatching(),
      closeBrackets(),
      highlightActiveLine(),
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
      python(),
      EditorView.contentAttributes.of({ 'aria-label': options.label }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) options.onChange(update.state.doc.toString());
      }),
    ],
  });
}
