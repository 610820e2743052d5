/**
 * The renderer with the whole catalogue: import `renderMessage` and `say` from here wherever
 * results, checks, errors or warnings are shown. (The page's first paint imports renderer.ts, which
 * knows only the chrome's words.)
 */
import { CATALOGUE } from './catalogue.js';
import { addCatalogue } from './renderer.js';

addCatalogue(CATALOGUE);

export { renderMessage, say } from './renderer.js';
