/**
 * The app's entry, kept tiny on purpose: it applies the theme and starts the SQLite worker at once,
 * then loads the rest of the app, so the worker boots while the big script downloads and parses.
 */
import '../ui/styles.css';
import '../ui/diagram.css';
import { createBrowserEngine } from '../db/browser-engine.js';
import { applyTheme, preferredTheme } from './theme.js';

applyTheme(preferredTheme());
const engine = createBrowserEngine();
const { startApp } = await import('./start.js');
startApp(engine);
