/**
 * The standalone app: routes to a lesson, restores its progress, builds the lesson view and the
 * workspace on a fresh lab session, and saves progress as the learner works. Wiring only.
 */
import { errorText } from '../core/engine.js';
import { explainSqlError } from '../core/checks/explain-error.js';
import type { Engine } from '../core/engine.js';
import { escapeHtml } from '../core/lessons/escape-html.js';
import type { Lesson, LessonWarning } from '../core/lessons/types.js';
import { DiagramView } from '../ui/diagram-view.js';
import { h } from '../ui/dom.js';
import { setUiLanguage, t } from '../ui/i18n.js';
import { InstanceView } from '../ui/instance-view.js';
import { LabSession } from '../ui/lab-session.js';
import { LessonView } from '../ui/lesson-view.js';
import { ModelsView } from '../ui/models-view.js';
import type { ModelTools } from '../ui/python-block.js';
import { WorkspaceView } from '../ui/workspace-view.js';
import { buildTopbar, renderCourseIndex } from './chrome.js';
import type { CourseEntry } from './course.js';
import { fetchLesson, type OpenedLesson, readLessonFile } from './open-lesson.js';
import type { LessonProgress, ProgressStore } from './progress-store.js';
import { formatRoute, type Language, parseRoute, type Route } from './router.js';
import { saveTheme } from './theme.js';

interface OpenLesson {
  lesson: Lesson;
  warnings: LessonWarning[];
  lang: Language;
  /** Lesson markdown → HTML (unsanitised; the lesson view sanitises it). */
  markdown: (source: string) => string;
  /** Set for built-in lessons (prev/next and the index). */
  entry?: CourseEntry;
  /**
   * Where progress is kept: the lesson id for the course; lessons from outside are kept apart by
   * their source, so a file that reuses a course id cannot read or overwrite the course's progress.
   */
  progressKey: string;
}

/** A snippet the build did not render (it renders them all): shown as text rather than lost. */
function asText(source: string): string {
  return `<p>${escapeHtml(source)}</p>`;
}

export interface AppOptions {
  engine: Engine;
  store: ProgressStore;
  course: Map<Language, CourseEntry[]>;
}

const SAVE_DELAY_MS = 400;

/** The SQLAlchemy bridge for model blocks, loaded when a lesson first shows one. */
async function loadModelTools(): Promise<ModelTools> {
  const { createAllScript, modelsToDdl } = await import('../core/orm/models-to-ddl.js');
  return { toDdl: modelsToDdl, createAll: createAllScript };
}

export class JunctionApp {
  readonly #root: HTMLElement;
  readonly #options: AppOptions;
  readonly #sidebar = h('aside', { class: 'sidebar' });
  readonly #lessonPane = h('main', { class: 'lesson-pane', tabindex: '-1' });
  readonly #workspace = h('aside', { class: 'workspace' });
  #lang: Language = 'en';
  #current: { open: OpenLesson; progress: LessonProgress; session: LabSession; views: { destroy(): void }[] } | null = null;
  #token = 0;
  #opening: Promise<void> = Promise.resolve();
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #dbDirty = false;
  /** Solved counts by lesson id, for the index. */
  readonly #solved = new Map<string, number>();

  constructor(root: HTMLElement, options: AppOptions) {
    this.#root = root;
    this.#options = options;
  }

  async start(): Promise<void> {
    const fallback: Language = navigator.language.startsWith('ru') ? 'ru' : 'en';
    this.#lang = parseRoute(location.hash, fallback).lang;
    this.#buildFrame();
    // The index's solved marks are not needed for the first paint of the lesson.
    void this.#loadSolvedCounts().then(() => this.#renderIndex());
    window.addEventListener('hashchange', () => void this.#navigateSafely(parseRoute(location.hash, this.#lang)));
    window.addEventListener('pagehide', () => void this.#flush());
    this.#installDrop();
    await this.#navigateSafely(parseRoute(location.hash, fallback));
  }

  /** A navigation that fails (a bug, a lost engine) shows its message instead of a blank page. */
  async #navigateSafely(route: Route): Promise<void> {
    try {
      await this.#navigate(route);
    } catch (e) {
      this.#showError(t('openFailed'), e instanceof Error ? e.message : 'an unexpected error');
    }
  }

  #buildFrame(): void {
    setUiLanguage(this.#lang);
    document.documentElement.lang = this.#lang;
    this.#workspace.setAttribute('aria-label', t('playground'));
    const topbar = buildTopbar(
      this.#lang,
      {
        onLanguage: (lang) => this.#switchLanguage(lang),
        onTheme: saveTheme,
        onOpenFile: (file) => void this.#openFile(file),
      },
      this.#sidebar,
    );
    this.#root.replaceChildren(
      topbar,
      h('div', { class: 'shell' }, this.#sidebar, this.#lessonPane, this.#workspace),
      h('div', { class: 'drop-overlay', 'aria-hidden': 'true' }, t('dropLesson')),
    );
    this.#renderIndex();
  }

  #entries(): CourseEntry[] {
    return this.#options.course.get(this.#lang) ?? this.#options.course.get('en') ?? [];
  }

  #renderIndex(): void {
    renderCourseIndex(this.#sidebar, this.#entries(), this.#current?.open.lesson.id ?? null, (id) => this.#solved.get(id) ?? 0, {
      onResetLesson: () => void this.#resetLesson(),
      onResetCourse: () => void this.#resetCourse(),
    });
  }

  async #loadSolvedCounts(): Promise<void> {
    const counts = this.#options.store.solvedCounts();
    const ids = new Set([...this.#options.course.values()].flat().map((entry) => entry.lesson.id));
    await Promise.all(
      [...ids].map(async (id) => {
        const solved = counts ? (counts.get(id) ?? 0) : (await this.#options.store.load(id)).solved.length;
        if (!this.#solved.has(id)) this.#solved.set(id, solved);
      }),
    );
  }

  async #navigate(route: Route): Promise<void> {
    if (route.lang !== this.#lang) {
      this.#lang = route.lang;
      this.#buildFrame();
    }
    if (route.kind === 'open') {
      if (!route.src) return this.#showError(t('openFailed'), 'No lesson address was given (#/open?src=…).');
      this.#showLoading();
      return this.#openExternal(await fetchLesson(route.src));
    }
    const entries = this.#entries();
    const entry = entries.find((e) => e.lesson.id === route.lessonId) ?? entries[0];
    if (!entry) return this.#showError(t('openFailed'), 'The course has no lessons.');
    if (route.lessonId !== entry.lesson.id) {
      history.replaceState(null, '', formatRoute({ kind: 'lesson', lang: this.#lang, lessonId: entry.lesson.id }));
    }
    const markdown = (source: string) => entry.html[source] ?? asText(source);
    const { lesson, warnings, lang } = entry;
    await this.#open({ lesson, warnings, lang, markdown, entry, progressKey: lesson.id });
  }

  async #openExternal(opened: OpenedLesson): Promise<void> {
    if (!opened.ok) return this.#showError(t('openFailed'), opened.message);
    // Lessons from outside the course are parsed here; the parser loads on first use.
    const [{ parseLesson }, { renderMarkdown }] = await Promise.all([
      import('../core/lessons/parse-lesson.js'),
      import('../core/lessons/markdown.js'),
    ]);
    const { lesson, warnings } = parseLesson(opened.markdown, { fileName: opened.fileName });
    const options = opened.baseUrl ? { baseUrl: opened.baseUrl } : {};
    const markdown = (text: string) => renderMarkdown(text, options);
    await this.#open({ lesson, warnings, lang: this.#lang, markdown, progressKey: `${opened.source}#${lesson.id}` });
  }

  async #openFile(file: File): Promise<void> {
    // A route of its own, so the course index links work again afterwards (a reload returns to the course).
    history.pushState(null, '', `#/file/${encodeURIComponent(file.name)}`);
    await this.#openExternal(await readLessonFile(file));
  }

  /**
   * Opens a lesson on a fresh lab session, restoring its saved progress. Opens run one at a time
   * (they share the lab database), and one superseded by a later navigation is skipped.
   */
  #open(open: OpenLesson): Promise<void> {
    const token = ++this.#token;
    this.#opening = this.#opening
      .then(() => (token === this.#token ? this.#openNow(open, token) : undefined))
      .catch((e: unknown) => this.#showError(t('openFailed'), e instanceof Error ? e.message : 'an unexpected error'));
    return this.#opening;
  }

  async #openNow(open: OpenLesson, token: number): Promise<void> {
    await this.#flush();
    this.#teardown();
    const progress = await this.#options.store.load(open.progressKey);
    const session = new LabSession(this.#options.engine);
    let setupError: string | null = null;
    try {
      const outcome = await session.reset(progress.db ? { bytes: progress.db } : { setup: open.lesson.setup ?? '' });
      if (outcome && !outcome.ok) setupError = `The lesson's setup failed on line ${outcome.error.line}: ${errorText(outcome.error)}`;
    } catch (e) {
      // A saved database that no longer opens: start the lesson afresh rather than lose the page.
      await session.reset({ setup: open.lesson.setup ?? '' });
      setupError = `Your saved database for this lesson could not be opened (${(e as Error).message}); it was started afresh.`;
    }
    if (token !== this.#token) return;
    this.#current = { open, progress, session, views: [] };
    session.addEventListener('run', (event) => {
      if (!(event as CustomEvent<{ modified: boolean }>).detail.modified) return;
      this.#dbDirty = true;
      this.#scheduleSave();
    });
    this.#renderLesson(open, progress, session, setupError);
    this.#renderWorkspace(progress, session);
    this.#renderIndex();
    document.title = `${open.lesson.title} — Junction`;
    this.#root.removeAttribute('aria-busy');
  }

  #explain = (message: string, sql: string): string | null => explainSqlError(message, sql, this.#current?.session.state.schema);

  #renderLesson(open: OpenLesson, progress: LessonProgress, session: LabSession, setupError: string | null): void {
    const engine = this.#options.engine;
    const view = new LessonView({
      lesson: open.lesson,
      warnings: open.warnings,
      session,
      progress: { solved: new Set(progress.solved), editors: progress.editors, failedChecks: progress.failedChecks },
      markdown: open.markdown,
      check: async (exerciseId, answer) => {
        const { checkExercise } = await import('../core/checks/check-exercise.js');
        return checkExercise(engine, open.lesson, exerciseId, answer);
      },
      models: loadModelTools,
      explain: this.#explain,
      onEditorChange: (key, text) => {
        progress.editors[key] = text;
        this.#scheduleSave();
      },
      onChecked: (exerciseId, result, failed) => {
        progress.failedChecks[exerciseId] = failed;
        if (result.passed && !progress.solved.includes(exerciseId)) progress.solved.push(exerciseId);
        this.#solved.set(open.progressKey, progress.solved.length);
        this.#renderIndex();
        void this.#flush();
      },
    });
    this.#current?.views.push(view);
    const parts: Node[] = [];
    if (setupError) parts.push(h('p', { class: 'notice error', role: 'alert' }, setupError));
    parts.push(view.element);
    if (open.entry) parts.push(this.#prevNext(open.entry));
    this.#lessonPane.replaceChildren(...parts);
    this.#lessonPane.scrollTop = 0;
  }

  #prevNext(entry: CourseEntry): HTMLElement {
    const entries = this.#entries();
    const i = entries.indexOf(entry);
    const link = (target: CourseEntry | undefined, label: string, rel: string) =>
      target
        ? h('a', { class: 'btn', rel, href: formatRoute({ kind: 'lesson', lang: this.#lang, lessonId: target.lesson.id }) }, label)
        : h('span');
    return h(
      'nav',
      { class: 'lesson-nav', 'aria-label': t('course') },
      link(entries[i - 1], t('previous'), 'prev'),
      link(entries[i + 1], t('next'), 'next'),
    );
  }

  #renderWorkspace(progress: LessonProgress, session: LabSession): void {
    const diagram = new DiagramView({
      session,
      positions: progress.positions ?? {},
      onPositions: (positions) => {
        progress.positions = positions;
        this.#scheduleSave();
      },
    });
    const instance = new InstanceView({ session, active: false });
    const models = new ModelsView({
      session,
      active: false,
      generator: async () => (await import('../core/orm/generate-models.js')).generateModels,
    });
    const workspace = new WorkspaceView({
      session,
      playgroundText: progress.editors.playground ?? '',
      onPlaygroundChange: (text) => {
        progress.editors.playground = text;
        this.#scheduleSave();
      },
      explain: this.#explain,
      panels: [
        { id: 'diagram', label: t('diagram'), panel: diagram.element },
        { id: 'rows', label: t('rows'), panel: instance.element },
        { id: 'sqlalchemy', label: t('sqlalchemy'), panel: models.element },
      ],
    });
    workspace.tabs.addEventListener('select', (event) => {
      const tab = (event as CustomEvent<string>).detail;
      instance.active = tab === 'rows';
      models.active = tab === 'sqlalchemy';
    });
    this.#current?.views.push(workspace, diagram, instance, models);
    this.#workspace.replaceChildren(workspace.element);
  }

  #scheduleSave(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.#flush(), SAVE_DELAY_MS);
  }

  /** Writes the current lesson's progress now (and its database, when a run changed it). */
  async #flush(): Promise<void> {
    clearTimeout(this.#saveTimer);
    const current = this.#current;
    if (!current) return;
    if (this.#dbDirty) {
      this.#dbDirty = false;
      try {
        current.progress.db = await current.session.export();
      } catch {
        // The engine is being restored after a stopped query; the next run saves again.
        this.#dbDirty = true;
      }
    }
    await this.#options.store.save(current.open.progressKey, current.progress);
  }

  #teardown(): void {
    for (const view of this.#current?.views ?? []) view.destroy();
    this.#current = null;
  }

  /** Drops the current lesson without saving it (a reset is about to clear what it would save). */
  #abandon(): OpenLesson | null {
    const open = this.#current?.open ?? null;
    clearTimeout(this.#saveTimer);
    this.#dbDirty = false;
    this.#teardown();
    return open;
  }

  async #resetLesson(): Promise<void> {
    const open = this.#abandon();
    if (!open) return;
    await this.#options.store.reset(open.progressKey);
    this.#solved.set(open.progressKey, 0);
    await this.#open(open);
  }

  async #resetCourse(): Promise<void> {
    const open = this.#abandon();
    await this.#options.store.resetAll();
    this.#solved.clear();
    if (open) await this.#open(open);
  }

  #switchLanguage(lang: Language): void {
    const id = this.#current?.open.entry ? this.#current.open.lesson.id : null;
    location.hash = formatRoute({ kind: 'lesson', lang, lessonId: id });
  }

  #showLoading(): void {
    this.#lessonPane.replaceChildren(h('p', { class: 'boot' }, t('loading')));
  }

  #showError(title: string, message: string): void {
    this.#teardown();
    this.#lessonPane.replaceChildren(
      h('div', { class: 'lesson' }, h('h1', {}, title), h('p', { class: 'notice error', role: 'alert' }, message)),
    );
    this.#root.removeAttribute('aria-busy');
  }

  #installDrop(): void {
    const overlay = () => this.#root.querySelector('.drop-overlay');
    let depth = 0;
    window.addEventListener('dragenter', (event) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      depth++;
      overlay()?.classList.add('active');
    });
    window.addEventListener('dragleave', () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) overlay()?.classList.remove('active');
    });
    window.addEventListener('dragover', (event) => event.preventDefault());
    window.addEventListener('drop', (event) => {
      event.preventDefault();
      depth = 0;
      overlay()?.classList.remove('active');
      const file = event.dataTransfer?.files[0];
      if (file) void this.#openFile(file);
    });
  }
}
