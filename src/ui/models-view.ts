/**
 * The "SQLAlchemy" tab: models for the live schema, refreshed after each schema change, with Copy,
 * and for each table why it became a class, a `Table` or was left out.
 */
import type { Relations } from '../core/relations/types.js';
import type { Schema } from '../core/schema/types.js';
import type { LabSession, LabState } from '../core/lab/lab-session.js';
import type { Language } from '../core/messages/language.js';
import { renderMessage, say } from '../core/messages/renderer.js';
import { mapTables } from '../core/orm/table-mapping.js';
import { h } from './dom.js';
import { highlightStatic } from './highlight.js';

export type ModelGenerator = (schema: Schema, relations: Relations) => string;

export interface ModelsViewOptions {
  session: LabSession;
  lang: Language;
  /** Loads the generator (the SQLAlchemy bridge is large, so it comes on demand). */
  generator: () => Promise<ModelGenerator>;
  /** False when the view starts hidden: it generates when made active. */
  active?: boolean;
}

export class ModelsView {
  readonly element: HTMLElement;
  readonly #code = h('div', { class: 'models-code' });
  readonly #reasons = h('details', { class: 'models-reasons', 'data-part': 'reasons' });
  readonly #options: ModelsViewOptions;
  #source = '';
  #shownSchema: Schema | null = null;
  #active: boolean;
  readonly #unsubscribe: () => void;

  constructor(options: ModelsViewOptions) {
    this.#options = options;
    this.#active = options.active ?? true;
    const copy = h('button', { class: 'btn', type: 'button', 'data-action': 'copy-models' }, say(options.lang, 'ui.copy'));
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(this.#source);
        copy.textContent = say(options.lang, 'ui.copied');
        setTimeout(() => (copy.textContent = say(options.lang, 'ui.copy')), 1500);
      } catch {
        // Clipboard refused (no permission): select the code so Ctrl+C works.
        const range = document.createRange();
        range.selectNodeContents(this.#code);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      }
    });
    this.element = h('div', { class: 'models-view' }, h('div', { class: 'toolbar' }, copy), this.#reasons, this.#code);
    this.#unsubscribe = options.session.on('junction-lab-change', (event) => {
      if (this.#active) void this.#update(event.state);
    });
    if (this.#active) void this.#update(options.session.state);
  }

  /** The generated module's source text. */
  get source(): string {
    return this.#source;
  }

  /** Whether the view is on screen; a hidden view catches up when shown. */
  set active(value: boolean) {
    this.#active = value;
    if (value) void this.#update(this.#options.session.state);
  }

  /** Regenerates for `state` unless its schema is already shown; resolves when drawn. */
  async #update(state: LabState): Promise<void> {
    if (state.schema === this.#shownSchema) return;
    this.#shownSchema = state.schema;
    if (state.schema.tables.length === 0) {
      this.#source = '';
      this.#reasons.replaceChildren();
      this.#code.replaceChildren(h('p', { class: 'empty-state' }, say(this.#options.lang, 'ui.empty-diagram')));
      return;
    }
    const generate = await this.#options.generator();
    if (this.#shownSchema !== state.schema) return;
    this.#source = generate(state.schema, state.relations);
    this.#code.replaceChildren(highlightStatic(this.#source, 'python'));
    const { lang } = this.#options;
    const items = mapTables(state.schema, state.relations).map((m) =>
      h('li', { 'data-table': m.table, 'data-form': m.form }, renderMessage(m.reason, lang)),
    );
    this.#reasons.replaceChildren(h('summary', {}, say(lang, 'orm.reasons-heading')), h('ul', {}, ...items));
  }

  destroy(): void {
    this.#unsubscribe();
  }
}
