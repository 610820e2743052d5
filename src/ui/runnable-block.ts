/** A runnable SQL block: an editor, Run, and its own results, running on the lab database. */
import type { ScriptOutcome } from '../core/engine.js';
import type { LabSession } from '../core/lab/lab-session.js';
import type { Language } from '../core/messages/language.js';
import { renderMessage, say } from '../core/messages/renderer.js';
import { h, whenNearViewport } from './dom.js';
import { JunctionEditEvent, JunctionRunEvent } from './events.js';
import { whenIdle } from './heavy-parts.js';
import { highlightStatic } from './highlight.js';
import { loadResultsView, type ResultsModule } from './results-loader.js';
import type { Explain } from './results-view.js';
import type { RunRequest, SqlEditor } from './sql-editor.js';

type EditorModule = typeof import('./sql-editor.js');

/** CodeMirror and the SQL editor, loaded by the first block that needs them, then shared. */
let editorModule: EditorModule | undefined;
const loadEditorModule = () =>
  import('./sql-editor.js').then((module) => {
    editorModule = module;
    return module;
  });

export interface RunnableOptions {
  code: string;
  session: LabSession;
  lang: Language;
  label: string;
  /** The editor's key in the learner's progress; its edits are announced as `junction-edit` events. */
  key?: string;
  className?: string;
  placeholder?: string;
}

/**
 * The block starts as its highlighted code with a working Run: the first Run never waits for
 * CodeMirror. The editor is loaded and created when the learner touches or focuses the code, or near
 * the viewport once the page's heavy parts may load (see heavy-parts.ts): a long lesson pays for
 * CodeMirror only where the learner reads, and never before SQLite.
 */
export class RunnableBlock {
  readonly element: HTMLElement;
  readonly #host: HTMLElement;
  #editor: SqlEditor | null = null;
  #editorLoading: Promise<SqlEditor> | null = null;
  #destroyed = false;
  /** The code as it stands: the starting text until the editor exists, then the editor's. */
  #text: string;
  readonly #results: HTMLElement;
  readonly #runButton: HTMLButtonElement;
  readonly #goToResult: HTMLButtonElement;
  readonly #options: RunnableOptions;
  #busy = false;
  readonly #unsubscribe: () => void;
  #completedSchema: object | null = null;
  /** Completion follows the live schema; runs that change no schema keep the same object. */
  readonly #onSchema = () => {
    const { schema } = this.#options.session.state;
    if (!this.#editor || schema === this.#completedSchema) return;
    // Only the editor being typed in needs it now; the others take it when focused. A lesson has a
    // dozen editors, and each reconfigured on every change of a 200-table schema makes a long task.
    if (!this.#host.matches(':focus-within')) return;
    this.#completedSchema = schema;
    this.#editor.setSchema(schema);
  };

  constructor(options: RunnableOptions) {
    this.#options = options;
    this.#text = options.code;
    const { lang } = options;
    // Until it is an editor, the highlighted code stands in for it in the Tab order: focusing it
    // makes the editor and moves focus inside, so Tab reaches every editor whatever was scrolled.
    const placeholder = highlightStatic(options.code, 'sql');
    placeholder.classList.add('editor-placeholder');
    placeholder.setAttribute('role', 'textbox');
    placeholder.setAttribute('aria-multiline', 'true');
    placeholder.setAttribute('aria-label', options.label);
    placeholder.addEventListener('focus', () => void this.loadEditor(), { once: true });
    const host = h('div', { class: 'editor-host' }, placeholder);
    this.#host = host;
    this.#runButton = h('button', { class: 'btn primary', type: 'button', 'data-action': 'run' }, `▶ ${say(lang, 'ui.run')}`);
    // Focusable by script only: "Go to result" moves focus here when the learner asks.
    this.#results = h('div', {
      class: 'results',
      'aria-live': 'polite',
      tabindex: '-1',
      role: 'group',
      'aria-label': say(lang, 'ui.result'),
    });
    this.#goToResult = h(
      'button',
      { class: 'btn quiet', type: 'button', 'data-action': 'go-to-result', hidden: true },
      say(lang, 'ui.go-to-result'),
    );
    this.#goToResult.addEventListener('click', () => this.#results.focus());
    this.element = h(
      'div',
      { class: options.className ?? 'runnable' },
      host,
      h('div', { class: 'toolbar' }, this.#runButton, this.#goToResult, h('span', { class: 'hint-keys' }, say(lang, 'ui.run-keys'))),
      this.#results,
    );
    // The button runs everything; the keys run the statement at the cursor or everything.
    this.#runButton.addEventListener('click', () => {
      if (!this.#busy) void this.run({ script: this.text, offset: 0 });
    });
    this.#unsubscribe = options.session.on('junction-lab-change', this.#onSchema);
    // A pointer coming over the code is about to click it: start loading then.
    host.addEventListener('pointerenter', () => void this.loadEditor(), { once: true });
    this.#runButton.addEventListener('pointerenter', () => void loadResultsView(this.#options.lang), { once: true });
    host.addEventListener('pointerdown', () => void this.loadEditor(), { once: true });
    host.addEventListener('focusin', this.#onSchema);
    whenNearViewport(host, () => whenIdle(() => void this.loadEditor()));
  }

  /** The code to run or check: the editor's text, or the starting text while there is no editor yet. */
  get text(): string {
    return this.#editor?.text ?? this.#text;
  }

  /**
   * Turns the block into an editor, loading CodeMirror first if no block has yet; resolves to it.
   * Once CodeMirror is loaded this happens at once, so Tab onto the code lands in the editor.
   */
  loadEditor(): Promise<SqlEditor> {
    if (this.#editor) return Promise.resolve(this.#editor);
    if (editorModule) return Promise.resolve(this.#create(editorModule));
    this.#editorLoading ??= loadEditorModule().then((module) => this.#editor ?? this.#create(module));
    return this.#editorLoading;
  }

  #create({ SqlEditor }: EditorModule): SqlEditor {
    const options = this.#options;
    // Focus on the code (Tab, a click) moves into the editor that replaces it. (:focus-within, as
    // in an embed's shadow root the document's activeElement is the embed itself.)
    const focused = this.#host.matches(':focus-within');
    this.#host.replaceChildren();
    const editor = new SqlEditor({
      parent: this.#host,
      doc: this.#text,
      label: options.label,
      onRun: (request) => void this.run(request),
      onChange: (text) => {
        if (options.key !== undefined) this.element.dispatchEvent(new JunctionEditEvent(options.key, text));
      },
      ...(options.placeholder ? { placeholder: options.placeholder } : {}),
    });
    this.#editor = editor;
    if (this.#destroyed) editor.destroy();
    else {
      this.#onSchema();
      if (focused) editor.focus();
    }
    return editor;
  }

  /** Runs (part of) the editor's text and shows the outcome under it. */
  run(request: RunRequest): Promise<ScriptOutcome> {
    return this.#running(request, (onAnswer) => this.#options.session.run(request.script, { onAnswer })).then((outcome) => outcome!);
  }

  /**
   * Runs the whole text on the lab database only if it runs cleanly there (see
   * `LabSession.runIfClean`): a passing exercise's effect, without doubling one already run.
   * Resolves to the outcome, or null when the database was left as it is.
   */
  apply(): Promise<ScriptOutcome | null> {
    const script = this.text;
    return this.#running({ script, offset: 0 }, () => this.#options.session.runIfClean(script));
  }

  /**
   * Runs `start` with the block busy and shows its outcome. Rows show as soon as SQLite answers
   * (`start` may hand them over early); an error waits for the schema read again after the run,
   * which its explanation ("did you mean …?") is drawn from.
   */
  async #running(
    request: RunRequest,
    start: (onAnswer: (outcome: ScriptOutcome) => void) => Promise<ScriptOutcome | null>,
  ): Promise<ScriptOutcome | null> {
    // aria-disabled, not disabled: a disabled button loses focus to <body>, and a keyboard user
    // who pressed Enter on Run would have to find their way back.
    this.#busy = true;
    this.#runButton.setAttribute('aria-disabled', 'true');
    const { lang } = this.#options;
    this.#runButton.textContent = say(lang, 'ui.running');
    this.element.setAttribute('aria-busy', 'true');
    const firstLine = lineAt(this.text, request.offset);
    // The results view (and every sentence in the learner's language) loads alongside the run's first answer.
    const results = loadResultsView(lang);
    // Plain-language help for an SQLite error ("did you mean …?"), from the schema as it is now.
    const explainWith =
      ({ explainSqlError }: ResultsModule): Explain =>
      (message, sql) =>
        explainSqlError(message, sql, this.#options.session.state.schema);
    let shown: ScriptOutcome | null = null;
    const show = async (outcome: ScriptOutcome) => {
      const view = await results;
      // Rows handed over early are not drawn twice (both calls wait on `results`, in order).
      if (outcome === shown) return;
      shown = outcome;
      view.renderOutcome(this.#results, outcome, { lang, firstLine, explain: explainWith(view) });
      this.#goToResult.hidden = false;
    };
    try {
      const outcome = await start((answer) => {
        if (answer.ok) void show(answer);
      });
      if (!outcome) return null;
      await show(outcome);
      if (!outcome.ok && outcome.error.kind === 'sql') {
        const { error } = outcome;
        const view = await results;
        const explanation = explainWith(view)(error.message, error.sql);
        // The mark belongs in the editor: a block still showing its code becomes one for it.
        void this.loadEditor().then((editor) =>
          editor.markError(error, request.offset, explanation ? renderMessage(explanation, lang) : null),
        );
      }
      const statements = outcome.results.length + (outcome.ok ? 0 : 1);
      this.element.dispatchEvent(new JunctionRunEvent(statements, outcome.ok));
      return outcome;
    } finally {
      this.#busy = false;
      this.#runButton.removeAttribute('aria-disabled');
      this.#runButton.textContent = `▶ ${say(lang, 'ui.run')}`;
      this.element.removeAttribute('aria-busy');
    }
  }

  destroy(): void {
    this.#destroyed = true;
    this.#unsubscribe();
    this.#editor?.destroy();
  }
}

/** The 1-based line of `offset` in `text`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
