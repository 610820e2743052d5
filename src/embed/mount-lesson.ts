/**
 * The heavy half of an embed, loaded after the element is defined: takes the (untrusted) lesson,
 * compiled ahead or parsed here, renders it with the app's components and keeps its progress. Its
 * database on the shared engine opens when the learner turns to it; the checker, the diagram and
 * the SQLAlchemy bridge load on first use or visibility.
 */
import type { Engine } from '../core/engine.js';
import { scriptErrorMessage } from '../core/engine.js';
import { LabSession } from '../core/lab/lab-session.js';
import type { CompiledLesson } from '../core/lessons/compile-lesson.js';
import { escapeHtml } from '../core/lessons/escape-html.js';
import type { Lesson, LessonWarning } from '../core/lessons/types.js';
import type { Language } from '../core/messages/language.js';
import { type Message, msg } from '../core/messages/message.js';
import { loadCatalogue, loadChrome, renderMessage } from '../core/messages/renderer.js';
import type { DiagramSlot } from '../ui/diagram-slot.js';
import { h, whenNearViewport } from '../ui/dom.js';
import type { JunctionCheckedEvent } from '../ui/events.js';
import { rememberHighlighting } from '../ui/highlight.js';
import { LessonView, lessonChecker } from '../ui/lesson-view.js';
import { loadSanitizer } from '../ui/sanitize.js';
import type { ModelTools } from '../ui/python-block.js';
import type { ProgressStore } from '../app/progress-store.js';
import type { EmbedSettings } from './attributes.js';
import { JunctionLessonCheckedEvent, JunctionReadyEvent, JunctionSolvedEvent } from './events.js';
import { loadProgress, type ProgressPatch, saveProgress } from './progress.js';
import { exerciseSection, startScript } from './section.js';
import { adoptDiagramStyles } from './styles.js';

/**
 * The lesson: its markdown and where it came from (relative images resolve against `baseUrl`), or
 * compiled ahead (`junction lessons build`), which needs no markdown parser on the page.
 */
export type LessonSource = { markdown: string; fileName: string; baseUrl?: string } | { compiled: CompiledLesson; fileName: string };

/** The lesson to show and how its markdown becomes HTML. */
async function prepare(source: LessonSource): Promise<{ lesson: Lesson; warnings: LessonWarning[]; markdown: (text: string) => string }> {
  await loadSanitizer();
  if ('compiled' in source) {
    const { lesson, html, highlighted } = source.compiled;
    rememberHighlighting(highlighted);
    return { lesson, warnings: [], markdown: (text) => html[text] ?? `<p>${escapeHtml(text)}</p>` };
  }
  // The parser (markdown-it, YAML) loads only for a lesson given as markdown.
  const { parseLesson, renderMarkdown } = await import('./markdown-source.js');
  const { lesson, warnings } = parseLesson(source.markdown, { fileName: source.fileName });
  const options = source.baseUrl ? { baseUrl: source.baseUrl } : {};
  return { lesson, warnings, markdown: (text) => renderMarkdown(text, options) };
}

export interface MountOptions {
  /** The element: events are announced on it. */
  host: HTMLElement;
  /** Where the lesson is drawn (inside the shadow root). */
  container: HTMLElement;
  settings: EmbedSettings;
  source: LessonSource;
  engine: Engine;
  /** The element's own database on the shared engine. */
  db: string;
  store: ProgressStore;
}

/** A mounted lesson; `destroy` saves what is pending and lets go of the views. */
export interface MountedLesson {
  lesson: Lesson;
  destroy(): void;
}

/** Why a lesson that was read could not be shown, and the lesson's own language to say it in. */
export interface NotMounted {
  message: Message;
  lang: Language;
}

/** The SQLAlchemy bridge for model blocks, loaded when a lesson first shows one. */
async function loadModelTools(): Promise<ModelTools> {
  const { createAllScript, modelsToDdl } = await import('../core/orm/models-to-ddl.js');
  return { toDdl: modelsToDdl, createAll: createAllScript };
}

/** Where a view of one exercise keeps its example blocks' texts, apart from the whole lesson's `sql-N`. */
const scopedKey = (exercise: string | null, key: string) => (exercise && !key.startsWith('exercise:') ? `${exercise}/${key}` : key);

/** Renders the lesson into `container`, or says why it cannot (an unknown exercise). */
export async function mountLesson(options: MountOptions): Promise<MountedLesson | NotMounted> {
  const { host, container, settings, source, engine, db, store } = options;
  const { lesson: full, warnings, markdown } = await prepare(source);
  const exercise = settings.exercise;
  const lesson = exercise ? exerciseSection(full, exercise) : full;
  if (!lesson) {
    const known = full.exercises.map((e) => e.id);
    return { message: msg('embed.unknown-exercise', { exercise: exercise ?? '', lesson: full.id, known }), lang: full.lang };
  }
  const lang = settings.lang ?? full.lang;
  // The learner's progress, and the chrome's words in the languages shown: the page's, and the
  // lesson's for feedback; a lesson's warnings are sentences beyond the chrome.
  const [saved] = await Promise.all([
    loadProgress(store, full.id),
    loadChrome(lang),
    loadChrome(full.lang),
    warnings.length > 0 ? loadCatalogue(lang) : null,
  ]);
  const session = new LabSession(engine, db);
  const setup = startScript(full, exercise);
  // Only a view of the whole lesson keeps the lab database; one exercise alone starts from its base.
  const ownsDb = exercise === null;
  // The database opens when the learner first turns to the lesson (or its diagram comes into view).
  const opened = session.openWhenNeeded(async (): Promise<Message | null> => {
    try {
      const outcome = await session.reset(ownsDb && saved.db ? { bytes: saved.db } : { setup });
      return outcome && !outcome.ok ? msg('ui.setup-failed', { line: outcome.error.line, error: scriptErrorMessage(outcome.error) }) : null;
    } catch (e) {
      await session.reset({ setup });
      return msg('storage.db-damaged', { reason: e instanceof Error ? e.message : null });
    }
  });
  const openNow = () => void session.whenOpened();
  const intents = ['pointerenter', 'focusin', 'touchstart'] as const;
  for (const type of intents) host.addEventListener(type, openNow, { once: true, passive: true });

  const editors: Record<string, string> = {};
  for (const [key, text] of Object.entries(saved.editors)) {
    const prefix = exercise ? `${exercise}/` : '';
    if (key.startsWith('exercise:')) editors[key] = text;
    else if (prefix && key.startsWith(prefix)) editors[key.slice(prefix.length)] = text;
    else if (!prefix && !key.includes('/')) editors[key] = text;
  }
  const solved = new Set(saved.solved);
  const failedChecks: Record<string, number> = { ...saved.failedChecks };
  const patch: { editors: Record<string, string>; dirtyDb: boolean; positions?: Record<string, { x: number; y: number }> } = {
    editors: {},
    dirtyDb: false,
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = async () => {
    clearTimeout(timer);
    timer = undefined;
    const next: ProgressPatch = { solved: [...solved], editors: { ...patch.editors }, failedChecks: { ...failedChecks } };
    if (patch.positions) next.positions = patch.positions;
    if (ownsDb && patch.dirtyDb) {
      try {
        next.db = await session.export();
        patch.dirtyDb = false;
      } catch {
        // The engine is being restored after a stopped query; the next run saves again.
      }
    }
    await saveProgress(store, full.id, next);
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void save(), 600);
  };
  // A page going away (a tab closed, switched, or a link followed) saves what is pending at once,
  // not 600 ms later when it may be gone.
  const flush = () => {
    if (timer !== undefined) void save();
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHidden);

  const view = new LessonView({
    lesson,
    warnings,
    session,
    lang,
    progress: { solved, editors, failedChecks },
    markdown,
    // The full lesson: the exercises before the one shown build its base.
    ...lessonChecker(engine, full),
    models: loadModelTools,
  });
  markParts(view.element);

  // The components' own events stay inside, except `junction-run`; `junction-checked` leaves
  // with the lesson's id, and a pass is announced as `junction-solved`.
  const root = container.getRootNode();
  const listeners: [string, (e: Event) => void][] = [
    [
      'junction-edit',
      (e) => {
        e.stopPropagation();
        const { key, text } = e as HTMLElementEventMap['junction-edit'];
        patch.editors[scopedKey(exercise, key)] = text;
        saveSoon();
      },
    ],
    [
      'junction-positions',
      (e) => {
        e.stopPropagation();
        patch.positions = { ...(e as HTMLElementEventMap['junction-positions']).positions };
        saveSoon();
      },
    ],
    ['junction-tab', (e) => e.stopPropagation()],
    [
      'junction-checked',
      (e) => {
        if (e instanceof JunctionLessonCheckedEvent) return;
        e.stopPropagation();
        const checked = e as JunctionCheckedEvent;
        failedChecks[checked.exercise] = checked.failedChecks;
        if (checked.passed) solved.add(checked.exercise);
        view.setSolved(solved);
        void save();
        host.dispatchEvent(new JunctionLessonCheckedEvent(full.id, checked.exercise, checked.result, checked.failedChecks));
        if (checked.passed) host.dispatchEvent(new JunctionSolvedEvent(full.id, checked.exercise));
      },
    ],
  ];
  for (const [type, listener] of listeners) root.addEventListener(type, listener);
  const unsubscribe = session.on('junction-lab-run', (e) => {
    if (!e.modified) return;
    patch.dirtyDb = true;
    saveSoon();
  });

  let destroyed = false;
  void opened.then(async (notice) => {
    if (!notice || destroyed) return;
    await loadCatalogue(lang);
    if (!destroyed) container.prepend(h('p', { class: 'notice error', role: 'alert' }, renderMessage(notice, lang)));
  });
  const parts: Node[] = [view.element];
  let diagram: DiagramSlot | null = null;
  if (settings.diagram !== 'none') {
    const { DiagramSlot } = await import('../ui/diagram-slot.js');
    const slot = new DiagramSlot({ session, lang, view: settings.diagram, positions: saved.positions ?? {} });
    const section = h('section', { class: 'embed-diagram', part: 'diagram' }, slot.element);
    parts.push(section);
    whenNearViewport(section, () => {
      openNow();
      if (root instanceof ShadowRoot) void adoptDiagramStyles(root);
      void slot.load();
    });
    diagram = slot;
  }
  container.replaceChildren(...parts);
  host.dispatchEvent(new JunctionReadyEvent(full.id, exercise));
  return {
    lesson: full,
    destroy() {
      destroyed = true;
      for (const type of intents) host.removeEventListener(type, openNow);
      flush();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      for (const [type, listener] of listeners) root.removeEventListener(type, listener);
      unsubscribe();
      view.destroy();
      diagram?.destroy();
      void engine.close(db);
    },
  };
}

/** `part` names a page can style with `junction-lesson::part(…)`. */
function markParts(element: HTMLElement): void {
  element.setAttribute('part', 'lesson');
  const named: [string, string][] = [
    ['.exercise', 'exercise'],
    ['.editor-host', 'editor'],
    ['.results', 'results'],
    ['.feedback', 'feedback'],
    ['.btn.primary', 'button primary'],
    ['.btn:not(.primary)', 'button'],
  ];
  for (const [selector, part] of named) for (const node of element.querySelectorAll(selector)) node.setAttribute('part', part);
}
