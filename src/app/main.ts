/**
 * The app's entry, kept tiny on purpose: it applies the theme and starts the SQLite worker at once,
 * then loads the rest of the app, so the worker boots while the big script downloads and parses.
 */
import '../ui/lesson.css';
import '../ui/styles.css';
import '../ui/diagram.css';
import { loadCatalogue } from '../core/messages/renderer.js';
import { createBrowserEngine } from '../db/browser-engine.js';
import { loadHeavyPartsAfter } from '../ui/heavy-parts.js';
import { registerOfflineWhenIdle } from './offline.js';
import { browserLanguage, parseRoute } from './router.js';
import { applyTheme, preferredTheme } from './theme.js';

applyTheme(preferredTheme());
const engine = createBrowserEngine();
// The learner's sentences load beside the app's code, in the language the address names (or the
// browser's); the app awaits those of the language it opens in (a bare address may reopen another).
void loadCatalogue(parseRoute(location.hash, browserLanguage()).lang);
// Served by `junction lessons serve`: live reload and the folder's problems (authoring.ts).
const authoring = document.querySelector<HTMLMetaElement>('meta[name="junction-authoring"]');
if (authoring) await (await import('./authoring.js')).startAuthoring(authoring.content);
const { startApp } = await import('./start.js');
const app = startApp(engine);
// The editors (CodeMirror) load once the first lesson is open and SQLite has answered what was
// asked meanwhile — a Run pressed during the boot: on a slow network they must not delay its result.
// Set before the app has drawn anything, so no editor is created ahead of it.
loadHeavyPartsAfter(app.opened.then(() => new Promise((next) => setTimeout(next))).then(() => engine.whenSettled()));
// Not while authoring: a service worker would answer later visits with a cached index.html that
// lacks the authoring mark, and the lessons would stop reloading.
if (!authoring) registerOfflineWhenIdle();
