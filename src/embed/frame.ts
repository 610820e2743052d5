/**
 * The script of dist/embed.html, the page an LMS puts in an iframe: it shows the lesson named by
 * the address's hash and posts ready/checked/solved and its height to the parent window — to the
 * `parent-origin` it was given, else to `*` (the messages carry ids and verdicts, never the
 * learner's code or rows).
 */
import { type FrameMessage, type FrameSettings, parseFrameHash, targetOrigin } from './frame-protocol.js';
import { JunctionLessonElement } from './junction-lesson.js';

JunctionLessonElement.define();

function post(settings: FrameSettings, message: FrameMessage): void {
  if (window.parent === window) return;
  window.parent.postMessage(message, targetOrigin(settings));
}

/** Progress belongs to the page the learner sees: the parent's origin, as far as it is known. */
function progressScope(settings: FrameSettings): string {
  return settings.parentOrigin ?? location.ancestorOrigins?.[0] ?? 'unknown-parent';
}

function show(settings: FrameSettings): JunctionLessonElement {
  const element = document.createElement('junction-lesson');
  element.progressScope = progressScope(settings);
  const attributes: [string, string | null][] = [
    ['src', settings.src],
    ['exercise', settings.exercise],
    ['lang', settings.lang],
    ['theme', settings.theme],
    ['diagram', settings.diagram],
    ['height', settings.height],
  ];
  for (const [name, value] of attributes) if (value !== null) element.setAttribute(name, value);
  element.addEventListener('junction-ready', (e) =>
    post(settings, { source: 'junction', type: 'ready', lesson: e.lesson, exercise: e.exercise }),
  );
  element.addEventListener('junction-checked', (e) =>
    post(settings, { source: 'junction', type: 'checked', lesson: e.lesson, exercise: e.exercise, passed: e.passed }),
  );
  element.addEventListener('junction-solved', (e) =>
    post(settings, { source: 'junction', type: 'solved', lesson: e.lesson, exercise: e.exercise, passed: true }),
  );
  return element;
}

const settings = parseFrameHash(location.hash, location.href);
const element = show(settings);
document.body.replaceChildren(element);

// The host sizes the frame from these; a changed hash (a new lesson) starts over. The element's own
// height, not the document's: a document is never shorter than its frame, so a frame that started
// tall would never be told to shrink.
let lastHeight = 0;
new ResizeObserver(() => {
  const height = Math.ceil(element.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  post(settings, { source: 'junction', type: 'resize', height });
}).observe(element);
window.addEventListener('hashchange', () => location.reload());
