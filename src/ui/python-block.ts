/** A highlighted Python block; when it declares models: "Create tables" and "Show SQL". */
import { h } from './dom.js';
import { highlightStatic } from './highlight.js';
import { t } from './i18n.js';
import type { LabSession } from './lab-session.js';
import { renderOutcome } from './results-view.js';

/** What the SQLAlchemy bridge makes of a model block: the DDL create_all() would emit, and warnings. */
export interface ModelDdl {
  ddl: string;
  warnings: { line: number; message: string }[];
}

export interface PythonBlockOptions {
  code: string;
  declaresModels: boolean;
  session: LabSession;
  toDdl: (code: string) => ModelDdl;
}

export function createPythonBlock(options: PythonBlockOptions): HTMLElement {
  const block = h('div', { class: 'code-block python' }, highlightStatic(options.code, 'python'));
  if (!options.declaresModels) return block;
  const { ddl, warnings } = options.toDdl(options.code);
  const create = h('button', { class: 'btn primary', type: 'button', 'data-action': 'create-tables' }, t('createTables'));
  const show = h('button', { class: 'btn', type: 'button', 'data-action': 'show-sql' }, t('showSql'));
  const sqlBox = h('div', { class: 'ddl', hidden: true }, highlightStatic(ddl, 'sql'));
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const notes = warnings.map((w) => h('p', { class: 'notice' }, `Line ${w.line}: ${w.message}`));
  show.addEventListener('click', () => {
    sqlBox.hidden = !sqlBox.hidden;
    show.textContent = sqlBox.hidden ? t('showSql') : t('hideSql');
  });
  create.addEventListener('click', async () => {
    create.disabled = true;
    try {
      renderOutcome(results, await options.session.run(ddl));
    } finally {
      create.disabled = false;
    }
  });
  block.append(h('div', { class: 'toolbar' }, create, show), ...notes, sqlBox, results);
  return block;
}
