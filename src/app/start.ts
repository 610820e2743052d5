/** Builds the app around an engine that is already booting (see main.ts). */
import type { Engine } from '../core/engine.js';
import { JunctionApp } from './app.js';
import { loadCourse } from './course.js';
import { loadResultsView } from '../ui/results-loader.js';
import { ProgressStore } from './progress-store.js';

export function startApp(engine: Engine): JunctionApp {
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app element to start Junction in.');
  const app = new JunctionApp(root, { engine, store: new ProgressStore(), course: loadCourse() });
  void app.start();
  // The app shows a result soon after it opens (a Run pressed while SQLite boots): its view comes
  // with the app rather than after SQLite's answer. (An embed loads it on the learner's intent.)
  void loadResultsView();
  return app;
}
