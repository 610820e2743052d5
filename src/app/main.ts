/** The app's entry: theme, engine, course, then the app itself. */
import '../ui/styles.css';
import '../ui/diagram.css';
import { createBrowserEngine } from '../db/browser-engine.js';
import { applyTheme, preferredTheme } from './chrome.js';
import { JunctionApp } from './app.js';
import { loadCourse } from './course.js';
import { ProgressStore } from './progress-store.js';

applyTheme(preferredTheme());
const root = document.getElementById('app')!;
const engine = createBrowserEngine();
const app = new JunctionApp(root, { engine, store: new ProgressStore(), course: loadCourse() });
void app.start();
