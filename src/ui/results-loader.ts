/**
 * The results view, loaded by the first block that shows an outcome (or is about to: a pointer over
 * Run), then shared. It brings the rows table and the whole message catalogue, which the page's
 * first paint does without.
 */
type ResultsModule = typeof import('./results-view.js') & Pick<typeof import('../core/messages/render.js'), 'renderMessage'>;

let loading: Promise<ResultsModule> | null = null;

export function loadResultsView(): Promise<ResultsModule> {
  loading ??= Promise.all([import('./results-view.js'), import('../core/messages/render.js')]).then(([view, { renderMessage }]) => ({
    ...view,
    renderMessage,
  }));
  return loading;
}
