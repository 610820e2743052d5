/**
 * A highlighted Python block; when it declares models: "Create tables" (what SQLAlchemy's
 * `create_all()` would run on the lesson database — existing tables are skipped, as it does) and
 * "Show SQL".
 */
import type { LabSession } from '../core/lab/lab-session.js';
import type { Language } from '../core/messages/language.js';
import type { Message } from '../core/messages/message.js';
import { say } from '../core/messages/render.js';
import type { TableDdl } from '../core/orm/models-to-ddl.js';
import { h, whenNearViewport } from './dom.js';
import { highlightStatic } from './highlight.js';
import { renderOutcome } from './results-view.js';

/** What the SQLAlchemy bridge makes of a model block. */
export interface ModelDdl {
  ddl: string;
  tables: TableDdl[];
  warnings: { line: number; message: Message }[];
}

/** The SQLAlchemy bridge's entry points a model block needs (loaded on demand: it is large). */
export interface ModelTools {
  toDdl: (code: string) => ModelDdl;
  createAll: (tables: TableDdl[], existing: readonly string[]) => { script: string; skipped: string[] };
}

export interface PythonBlockOptions {
  code: string;
  declaresModels: boolean;
  session: LabSession;
  lang: Language;
  models: () => Promise<ModelTools>;
}

export function createPythonBlock(options: PythonBlockOptions): HTMLElement {
  const block = h('div', { class: 'code-block python' }, highlightStatic(options.code, 'python'));
  if (!options.declaresModels) return block;
  const { lang } = options;
  const create = h('button', { class: 'btn primary', type: 'button', 'data-action': 'create-tables' }, say(lang, 'ui.create-tables'));
  const show = h('button', { class: 'btn', type: 'button', 'data-action': 'show-sql', 'aria-expanded': 'false' }, say(lang, 'ui.show-sql'));
  const sqlBox = h('div', { class: 'ddl', hidden: true });
  const notes = h('div', { class: 'model-warnings' });
  const note = h('p', { class: 'lesson-meta', hidden: true });
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  // The bridge loads when the block is scrolled near, or on the first click, whichever is first.
  let loading: Promise<{ tools: ModelTools; model: ModelDdl }> | undefined;
  const ready = () => {
    loading ??= options.models().then((tools) => {
      const model = tools.toDdl(options.code);
      sqlBox.append(highlightStatic(model.ddl, 'sql'));
      notes.replaceChildren(
        ...model.warnings.map((w) => h('p', { class: 'notice' }, say(lang, 'ui.model-warning', { line: w.line, warning: w.message }))),
      );
      create.disabled = model.tables.length === 0;
      return { tools, model };
    });
    return loading;
  };
  show.addEventListener('click', async () => {
    await ready();
    sqlBox.hidden = !sqlBox.hidden;
    show.textContent = say(lang, sqlBox.hidden ? 'ui.show-sql' : 'ui.hide-sql');
    show.setAttribute('aria-expanded', String(!sqlBox.hidden));
  });
  create.addEventListener('click', async () => {
    create.disabled = true;
    try {
      const { tools, model } = await ready();
      const existing = options.session.state.schema.tables.map((table) => table.name);
      const { script, skipped } = tools.createAll(model.tables, existing);
      note.hidden = skipped.length === 0;
      note.textContent = say(lang, 'ui.already-there', { tables: skipped });
      if (script.trim()) renderOutcome(results, await options.session.run(script), { lang });
      else results.replaceChildren();
    } finally {
      create.disabled = false;
    }
  });
  block.append(h('div', { class: 'toolbar' }, create, show), notes, sqlBox, note, results);
  whenNearViewport(block, () => void ready());
  return block;
}
