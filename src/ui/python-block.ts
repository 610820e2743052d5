/**
 * A Python block the learner can edit. It shows highlighted code until it is clicked or focused,
 * then becomes an editor; when it declares models: "Create tables" (what SQLAlchemy's
 * `create_all()` would run on the lesson database — existing tables are skipped, as it does) and
 * "Show SQL", both from the text as it is now, with the bridge's warnings by line.
 */
import type { EditorView } from '@codemirror/view';
import type { LabSession } from '../core/lab/lab-session.js';
import type { Language } from '../core/messages/language.js';
import type { OrmWarning } from '../core/orm/metadata.js';
import type { TableDdl } from '../core/orm/models-to-ddl.js';
import { say } from '../core/messages/renderer.js';
import { h, whenNearViewport } from './dom.js';
import { JunctionEditEvent } from './events.js';
import { highlightStatic } from './highlight.js';
import { loadResultsView } from './results-loader.js';

/** What the SQLAlchemy bridge makes of a model block. */
export interface ModelDdl {
  ddl: string;
  tables: TableDdl[];
  warnings: OrmWarning[];
}

/** The SQLAlchemy bridge's entry points a model block needs (loaded on demand: it is large). */
export interface ModelTools {
  toDdl: (code: string) => ModelDdl;
  createAll: (tables: TableDdl[], existing: readonly string[]) => { script: string; skipped: string[] };
}

export interface PythonBlockOptions {
  /** The learner's saved text, else the lesson's. */
  code: string;
  declaresModels: boolean;
  session: LabSession;
  lang: Language;
  models: () => Promise<ModelTools>;
  /** The editor's key in the learner's progress (`python-0`); edits are `junction-edit` events. */
  key?: string;
}

/** How long after the last keystroke an open "Show SQL" follows the edit. */
const REFRESH_MS = 300;

export class PythonBlock {
  readonly element: HTMLElement;
  readonly #options: PythonBlockOptions;
  readonly #host: HTMLElement;
  readonly #sqlBox = h('div', { class: 'ddl', hidden: true });
  readonly #notes = h('div', { class: 'model-warnings' });
  #text: string;
  #editor: EditorView | null = null;
  #creating: Promise<EditorView> | null = null;
  #tools: Promise<ModelTools> | null = null;
  #refresh: ReturnType<typeof setTimeout> | undefined;

  constructor(options: PythonBlockOptions) {
    this.#options = options;
    this.#text = options.code;
    const { lang } = options;
    this.#host = h(
      'div',
      {
        class: 'editor-host python-host',
        tabindex: '0',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': say(lang, 'ui.edit-python'),
      },
      highlightStatic(options.code, 'python'),
    );
    // The host is the one stop (and the scroller), not the code inside it.
    this.#host.querySelector('pre')?.removeAttribute('tabindex');
    // The editor (and Python's language package) costs nothing until the learner wants to edit.
    const edit = () => void this.edit();
    this.#host.addEventListener('pointerdown', edit, { once: true });
    this.#host.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        void this.edit().then((view) => view.focus());
      }
    });
    this.element = h('div', { class: 'code-block python' }, this.#host);
    if (options.declaresModels) this.#addModelTools();
  }

  /** The code as the learner has it now. */
  get text(): string {
    return this.#text;
  }

  /** Turns the highlighted code into an editor (once); resolves with it. */
  edit(): Promise<EditorView> {
    this.#creating ??= import('./python-editor.js').then(({ createPythonEditor }) => {
      this.#host.replaceChildren();
      this.#host.removeAttribute('role');
      this.#host.removeAttribute('tabindex');
      this.#editor = createPythonEditor({
        parent: this.#host,
        doc: this.#text,
        label: say(this.#options.lang, 'ui.python-editor'),
        onChange: (text) => this.#changed(text),
      });
      return this.#editor;
    });
    return this.#creating;
  }

  destroy(): void {
    clearTimeout(this.#refresh);
    this.#editor?.destroy();
  }

  #changed(text: string): void {
    this.#text = text;
    const { key } = this.#options;
    if (key !== undefined) this.element.dispatchEvent(new JunctionEditEvent(key, text));
    if (!this.#options.declaresModels) return;
    clearTimeout(this.#refresh);
    this.#refresh = setTimeout(() => void this.#model(), REFRESH_MS);
  }

  /** The bridge, loaded when the block is scrolled near or on first use. */
  #loadTools(): Promise<ModelTools> {
    this.#tools ??= this.#options.models();
    return this.#tools;
  }

  /** Reads the current text with the bridge and shows its DDL and warnings. */
  async #model(): Promise<ModelDdl> {
    // The bridge's warnings are sentences of the whole catalogue, which comes with the results view.
    const [tools] = await Promise.all([this.#loadTools(), loadResultsView(this.#options.lang)]);
    const model = tools.toDdl(this.#text);
    const { lang } = this.#options;
    this.#sqlBox.replaceChildren(highlightStatic(model.ddl, 'sql'));
    this.#notes.replaceChildren(
      ...model.warnings.map((w) => h('p', { class: 'notice' }, say(lang, 'ui.model-warning', { line: w.line, warning: w.message }))),
    );
    return model;
  }

  #addModelTools(): void {
    const { lang, session } = this.#options;
    const create = h('button', { class: 'btn primary', type: 'button', 'data-action': 'create-tables' }, say(lang, 'ui.create-tables'));
    const show = h(
      'button',
      { class: 'btn', type: 'button', 'data-action': 'show-sql', 'aria-expanded': 'false' },
      say(lang, 'ui.show-sql'),
    );
    const note = h('p', { class: 'lesson-meta', hidden: true });
    const results = h('div', { class: 'results', 'aria-live': 'polite' });
    show.addEventListener('click', async () => {
      await this.#model();
      this.#sqlBox.hidden = !this.#sqlBox.hidden;
      show.textContent = say(lang, this.#sqlBox.hidden ? 'ui.show-sql' : 'ui.hide-sql');
      show.setAttribute('aria-expanded', String(!this.#sqlBox.hidden));
    });
    create.addEventListener('click', async () => {
      create.disabled = true;
      try {
        const [tools, model] = await Promise.all([this.#loadTools(), this.#model()]);
        const existing = session.state.schema.tables.map((table) => table.name);
        const { script, skipped } = tools.createAll(model.tables, existing);
        note.hidden = skipped.length === 0;
        note.textContent = say(lang, 'ui.already-there', { tables: skipped });
        if (script.trim()) {
          const [{ renderOutcome }, outcome] = await Promise.all([loadResultsView(lang), session.run(script)]);
          renderOutcome(results, outcome, { lang });
        } else results.replaceChildren();
      } finally {
        create.disabled = false;
      }
    });
    this.element.append(h('div', { class: 'toolbar' }, create, show), this.#notes, this.#sqlBox, note, results);
    whenNearViewport(this.element, () => void this.#model());
  }
}
