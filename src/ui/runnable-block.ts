/** A runnable SQL block: an editor, Run, and its own results, running on the lab database. */
import type { ScriptOutcome } from '../core/engine.js';
import type { LabSession } from '../core/lab/lab-session.js';
import type { Language } from '../core/messages/language.js';
import { renderMessage, say } from '../core/messages/render.js';
import { h, whenNearViewport } from './dom.js';
import { JunctionEditEvent, JunctionRunEvent } from './events.js';
import { highlightStatic } from './highlight.js';
import { type Explain, renderOutcome } from './results-view.js';
import { type RunRequest, SqlEditor } from './sql-editor.js';

export interface RunnableOptions {
  code: string;
  session: LabSession;
  lang: Language;
  label: string;
  /** The editor's key in the learner's progress; its edits are announced as `junction-edit` events. */
  key?: string;
  /** Plain-language explanation of an SQLite error, when one is known. */
  explain?: Explain;
  className?: string;
  placeholder?: string;
}

/**
 * The editor is created when the block comes near the viewport (or is touched): a long lesson
 * shows highlighted code at once and pays for CodeMirror only where the learner reads.
 */
export class RunnableBlock {
  readonly element: HTMLElement;
  readonly #host: HTMLElement;
  #editor: SqlEditor | null = null;
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
    this.#completedSchema = schema;
    this.#editor.setSchema(schema);
  };

  constructor(options: RunnableOptions) {
    this.#options = options;
    const { lang } = options;
    // Until it is an editor, the highlighted code stands in for it in the Tab order: focusing it
    // makes the editor and moves focus inside, so Tab reaches every editor whatever was scrolled.
    const placeholder = highlightStatic(options.code, 'sql');
    placeholder.classList.add('editor-placeholder');
    placeholder.setAttribute('role', 'textbox');
    placeholder.setAttribute('aria-multiline', 'true');
    placeholder.setAttribute('aria-label', options.label);
    placeholder.addEventListener('focus', () => this.editor.view.focus(), { once: true });
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
      if (!this.#busy) this.editor.runAll();
    });
    this.#unsubscribe = options.session.on('junction-lab-change', this.#onSchema);
    host.addEventListener('pointerdown', () => this.editor, { once: true });
    whenNearViewport(host, () => this.editor);
  }

  /** The block's editor, created on first use. */
  get editor(): SqlEditor {
    if (this.#editor) return this.#editor;
    const options = this.#options;
    this.#host.replaceChildren();
    this.#editor = new SqlEditor({
      parent: this.#host,
      doc: options.code,
      label: options.label,
      onRun: (request) => void this.run(request),
      onChange: (text) => {
        if (options.key !== undefined) this.element.dispatchEvent(new JunctionEditEvent(options.key, text));
      },
      ...(options.placeholder ? { placeholder: options.placeholder } : {}),
    });
    this.#onSchema();
    return this.#editor;
  }

  /** Runs (part of) the editor's text and shows the outcome under it. */
  run(request: RunRequest): Promise<ScriptOutcome> {
    return this.#running(request, () => this.#options.session.run(request.script)).then((outcome) => outcome!);
  }

  /**
   * Runs the whole text on the lab database only if it runs cleanly there (see
   * `LabSession.runIfClean`): a passing exercise's effect, without doubling one already run.
   * Resolves to the outcome, or null when the database was left as it is.
   */
  apply(): Promise<ScriptOutcome | null> {
    const script = this.editor.text;
    return this.#running({ script, offset: 0 }, () => this.#options.session.runIfClean(script));
  }

  async #running(request: RunRequest, start: () => Promise<ScriptOutcome | null>): Promise<ScriptOutcome | null> {
    // aria-disabled, not disabled: a disabled button loses focus to <body>, and a keyboard user
    // who pressed Enter on Run would have to find their way back.
    this.#busy = true;
    this.#runButton.setAttribute('aria-disabled', 'true');
    const { lang } = this.#options;
    this.#runButton.textContent = say(lang, 'ui.running');
    this.element.setAttribute('aria-busy', 'true');
    try {
      const outcome = await start();
      if (!outcome) return null;
      const firstLine = this.editor.view.state.doc.lineAt(request.offset).number;
      const explain = this.#options.explain;
      renderOutcome(this.#results, outcome, { lang, firstLine, ...(explain ? { explain } : {}) });
      this.#goToResult.hidden = false;
      if (!outcome.ok && outcome.error.kind === 'sql') {
        const explanation = explain?.(outcome.error.message, outcome.error.sql);
        this.editor.markError(outcome.error, request.offset, explanation ? renderMessage(explanation, lang) : null);
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
    this.#unsubscribe();
    this.#editor?.destroy();
  }
}
