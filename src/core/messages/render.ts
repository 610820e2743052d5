/**
 * The renderer with the whole catalogue in both languages, at once: for Node (the CLI, tests). The
 * page imports renderer.ts and loads its learner's language (`loadCatalogue`) instead.
 */
import { CATALOGUE } from './catalogue.js';
import { addCatalogue } from './renderer.js';

addCatalogue(CATALOGUE);

export { renderMessage, say } from './renderer.js';
