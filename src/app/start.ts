/** Builds the app around an engine that is already booting (see main.ts). */
import type { Engine } from '../core/engine.js';
import { JunctionApp } from './app.js';
import { loadCourse } from './course.js';
import { ProgressStore } from './progress-store.js';

export function startApp(engine: Engine): JunctionApp {
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app element to start Junction in.');
  const app = new JunctionApp(root, { engine, store: new ProgressStore(), course: loadCourse() });
  void app.start();
  return app;
}
