/**
 * The results view, loaded by the first block that shows an outcome (or is about to: a pointer over
 * Run), then shared. It brings the rows table and the explanations of SQLite's errors, which the
 * page's first paint does without, and waits for the words of the language asked for.
 */
import type { Language } from '../core/messages/language.js';
import { loadCatalogue } from '../core/messages/renderer.js';

export type ResultsModule = typeof import('./results-view.js') & Pick<typeof import('../core/checks/explain-error.js'), 'explainSqlError'>;

let loading: Promise<ResultsModule> | null = null;

/** Loads the view's code (once) and, given `lang`, every sentence in that language. */
export function loadResultsView(lang?: Language): Promise<ResultsModule> {
  loading ??= Promise.all([import('./results-view.js'), import('../core/checks/explain-error.js')]).then(([view, { explainSqlError }]) => ({
    ...view,
    explainSqlError,
  }));
  return lang ? Promise.all([loading, loadCatalogue(lang)]).then(([view]) => view) : loading;
}
