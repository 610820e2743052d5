/**
 * The results view, loaded by the first block that shows an outcome (or is about to: a pointer over
 * Run), then shared. It brings the rows table, the whole message catalogue and the explanations of
 * SQLite's errors, which the page's first paint does without.
 */
export type ResultsModule = typeof import('./results-view.js') &
  Pick<typeof import('../core/messages/render.js'), 'renderMessage'> &
  Pick<typeof import('../core/checks/explain-error.js'), 'explainSqlError'>;

let loading: Promise<ResultsModule> | null = null;

export function loadResultsView(): Promise<ResultsModule> {
  loading ??= Promise.all([
    import('./results-view.js'),
    import('../core/messages/render.js'),
    import('../core/checks/explain-error.js'),
  ]).then(([view, { renderMessage }, { explainSqlError }]) => ({ ...view, renderMessage, explainSqlError }));
  return loading;
}
