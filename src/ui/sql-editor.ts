/**
 * The SQL editor: CodeMirror 6 with the SQLite dialect, completion from the live schema, and the
 * run keys — Ctrl/Cmd+Enter runs the selection or the statement at the cursor, Shift+Ctrl/Cmd+Enter
 * runs everything. A failing statement is marked with SQLite's message.
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { SQLite, sql } from '@codemirror/lang-sql';
import { bracketMatching, defaultHighlightStyle, ensureSyntaxTree, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  placeholder as placeholderExt,
} from '@codemirror/view';
import type { SqlError } from '../core/engine.js';
import type { Schema } from '../core/schema/types.js';

/** A piece of the editor's text to run, and where it starts in the document. */
export interface RunRequest {
  script: string;
  offset: number;
}

export interface SqlEditorOptions {
  parent: HTMLElement;
  doc?: string;
  /** Called by the run keys and by `runAll()` / `runCurrent()`. */
  onRun?: (request: RunRequest) => void;
  /** Called after each edit with the new text. */
  onChange?: (text: string) => void;
  /** Accessible name of the editing area. */
  label?: string;
  placeholder?: string;
  readOnly?: boolean;
}

/** Completion namespace for lang-sql: `{students: ['id', {label: 'name', detail: 'TEXT'}]}`. */
export function completionSchema(schema: Schema): Record<string, { label: string; detail: string }[]> {
  return Object.fromEntries(schema.tables.map((t) => [t.name, t.columns.map((c) => ({ label: c.name, detail: c.type || 'ANY' }))]));
}

/** The statement around `pos` as the SQL grammar sees it (the last one when the cursor trails it). */
export function statementAt(state: EditorState, pos: number): { from: number; to: number } | null {
  const tree = ensureSyntaxTree(state, state.doc.length, 500);
  if (!tree) return null;
  let best: { from: number; to: number } | null = null;
  for (let node = tree.topNode.firstChild; node; node = node.nextSibling) {
    if (node.name !== 'Statement') continue;
    if (node.from <= pos) best = { from: node.from, to: node.to };
    if (pos <= node.to) break;
  }
  if (!best) {
    const first = tree.topNode.getChild('Statement');
    if (first) best = { from: first.from, to: first.to };
  }
  return best;
}

export class SqlEditor {
  readonly view: EditorView;
  readonly #schema = new Compartment();
  readonly #options: SqlEditorOptions;
  #hasError = false;

  constructor(options: SqlEditorOptions) {
    this.#options = options;
    const run = (all: boolean) => () => {
      if (all) this.runAll();
      else this.runCurrent();
      return true;
    };
    const extensions: Extension[] = [
      lineNumbers(),
      highlightActiveLineGutter(),
      history(),
      drawSelection(),
      bracketMatching(),
      closeBrackets(),
      highlightActiveLine(),
      autocompletion(),
      lintGutter(),
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      keymap.of([
        { key: 'Mod-Enter', run: run(false) },
        { key: 'Shift-Mod-Enter', run: run(true) },
        ...closeBracketsKeymap,
        ...defaultKeymap,
        ...historyKeymap,
        ...completionKeymap,
        indentWithTab,
      ]),
      this.#schema.of(sql({ dialect: SQLite, upperCaseKeywords: true })),
      // An explicit tabindex: the editor's scroller counts as keyboard-reachable (axe's scrollable-region rule).
      EditorView.contentAttributes.of({ 'aria-label': options.label ?? 'SQL editor', tabindex: '0' }),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        // An edit makes the error mark stale; views cannot dispatch during an update, so defer.
        if (this.#hasError) queueMicrotask(() => this.clearError());
        options.onChange?.(update.state.doc.toString());
      }),
    ];
    if (options.placeholder) extensions.push(placeholderExt(options.placeholder));
    if (options.readOnly) extensions.push(EditorState.readOnly.of(true), EditorView.editable.of(false));
    this.view = new EditorView({ parent: options.parent, doc: options.doc ?? '', extensions });
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  set text(value: string) {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: value } });
  }

  /** Refreshes table and column completion from the live schema. */
  setSchema(schema: Schema): void {
    this.view.dispatch({
      effects: this.#schema.reconfigure(sql({ dialect: SQLite, upperCaseKeywords: true, schema: completionSchema(schema) })),
    });
  }

  runAll(): void {
    this.#options.onRun?.({ script: this.text, offset: 0 });
  }

  /** Runs the selection if there is one, else the statement at the cursor. */
  runCurrent(): void {
    const { state } = this.view;
    const range = state.selection.main;
    const span = range.empty ? statementAt(state, range.head) : { from: range.from, to: range.to };
    if (!span) {
      this.runAll();
      return;
    }
    this.#options.onRun?.({ script: state.sliceDoc(span.from, span.to), offset: span.from });
  }

  /** Marks the failing statement (offsets relative to the script that started at `offset`). */
  markError(error: SqlError, offset: number, explanation?: string | null): void {
    const length = this.view.state.doc.length;
    const from = Math.min(offset + error.start, length);
    const to = Math.min(Math.max(offset + error.end, from), length);
    const message = explanation ? `${error.message}\n${explanation}` : error.message;
    const diagnostic: Diagnostic = { from, to, severity: 'error', message, source: 'SQLite' };
    this.view.dispatch(setDiagnostics(this.view.state, [diagnostic]));
    this.#hasError = true;
  }

  clearError(): void {
    if (!this.#hasError) return;
    this.#hasError = false;
    this.view.dispatch(setDiagnostics(this.view.state, []));
  }

  focus(): void {
    this.view.focus();
  }

  destroy(): void {
    this.view.destroy();
  }
}
