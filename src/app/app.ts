/**
 * The standalone app, wiring only: routes lead to lessons, component events become actions, one
 * `dispatch` runs the pure `update` (state.ts), renders what changed and schedules the save.
 */
import type { Engine } from '../core/engine.js';
import type { LabSession } from '../core/lab/lab-session.js';
import { escapeHtml } from '../core/lessons/escape-html.js';
import type { Language } from '../core/messages/language.js';
import { type Message, msg } from '../core/messages/message.js';
import { loadCatalogue, renderMessage, say } from '../core/messages/renderer.js';
import { DiagramSlot } from '../ui/diagram-slot.js';
import { h } from '../ui/dom.js';
import { whenIdle } from '../ui/heavy-parts.js';
import { rememberHighlighting } from '../ui/highlight.js';
import { LessonView, lessonChecker } from '../ui/lesson-view.js';
import { loadSanitizer } from '../ui/sanitize.js';
import { PanelSlot } from '../ui/panel-slot.js';
import type { ModelTools } from '../ui/python-block.js';
import { type PlaygroundFiles, WorkspaceView } from '../ui/workspace-view.js';
import { buildTopbar, PaneSwitch, renderCourseIndex } from './chrome.js';
import type { CourseEntry } from './course.js';
import { installDropTarget } from './drop-target.js';
import { importKind, playgroundFiles } from './lab-files.js';
import { PendingRuns } from './pending-runs.js';
import { fetchLesson, type OpenedLesson, readLessonFile } from './open-lesson.js';
import type { ProgressStore, StorageTrouble } from './progress-store.js';
import { browserLanguage, formatRoute, isBareHash, parseRoute, type Route } from './router.js';
import { SaveSchedule } from './save-schedule.js';
import { decodeSharedSql, type SharedSql, takeSharedParam } from './share-link.js';
import { beginLesson, toSaved } from './start-lesson.js';
import {
  type Action,
  type AppState,
  hasUnsaved,
  initialState,
  type Notice,
  type OpenLesson,
  openLesson,
  type Progress,
  solvedCount,
  update,
} from './state.js';
import { toBase64 } from './stored-records.js';

/** A lab database larger than this is left out of the localStorage journal (it would not fit). */
const JOURNAL_DB_LIMIT = 1024 * 1024;

export interface AppOptions {
  engine: Engine;
  store: ProgressStore;
  course: Map<Language, CourseEntry[]>;
}

/** A snippet the build did not render (it renders them all): shown as text rather than lost. */
function asText(source: string): string {
  return `<p>${escapeHtml(source)}</p>`;
}

/** The SQLAlchemy bridge for model blocks, loaded when a lesson first shows one. */
async function loadModelTools(): Promise<ModelTools> {
  const { createAllScript, modelsToDdl } = await import('../core/orm/models-to-ddl.js');
  return { toDdl: modelsToDdl, createAll: createAllScript };
}

/** The views of the open lesson, rebuilt when the lesson or the language changes. */
interface Views {
  lesson: LessonView;
  diagram: DiagramSlot;
  workspace: WorkspaceView;
  destroy(): void;
}

export class JunctionApp {
  readonly #root: HTMLElement;
  readonly #options: AppOptions;
  readonly #sidebar = h('aside', { class: 'sidebar' });
  readonly #lessonPane = h('main', { class: 'lesson-pane', tabindex: '-1' });
  readonly #workspace = h('aside', { class: 'workspace' });
  /** Notices over the lesson pane; re-rendered on their own, without rebuilding the lesson. */
  readonly #notices = h('div', { class: 'notices' });
  /** On a narrow screen, the switch between the lesson and the lab (one is shown at a time). */
  readonly #panes = new PaneSwitch({ lesson: this.#lessonPane, lab: this.#workspace }, (pane) =>
    this.dispatch({ type: 'pane-shown', pane }),
  );
  readonly #save: SaveSchedule;
  #state: AppState;
  /** The open lesson's lab database; it lives as long as the lesson screen. */
  #session: LabSession | null = null;
  /** The open lesson's runs that IndexedDB does not hold yet; the journal keeps them (#journalEntry). */
  #runs = new PendingRuns();
  #views: Views | null = null;
  #token = 0;
  #opening: Promise<void> = Promise.resolve();
  /** The route of what is on screen, to go back to when a link to something else fails. */
  #shownHash = '';
  /** Saving failed once already: the learner was told, and is not told again. */
  #saveFailureTold = false;
  /** SQL from a shared link, for the playground of the lesson being opened (never run). */
  #sharedSql: Promise<SharedSql> | null = null;

  constructor(root: HTMLElement, options: AppOptions) {
    this.#root = root;
    this.#options = options;
    this.#state = initialState('en');
    this.#save = new SaveSchedule(() => this.#write());
  }

  #firstOpened!: () => void;
  /** Settles when the first lesson has been opened (or failed to): its database is open, its views drawn. */
  readonly opened = new Promise<void>((resolve) => {
    this.#firstOpened = resolve;
  });

  async start(): Promise<void> {
    const fallback = browserLanguage();
    const { store } = this.#options;
    // The bare address reopens where the learner was: a course lesson, a link, a kept file.
    this.#takeSharedSql();
    if (isBareHash(location.hash) && store.lastRoute) history.replaceState(null, '', store.lastRoute);
    const route = parseRoute(location.hash, fallback);
    // Every sentence in the learner's language (main.ts began loading it beside this code).
    await loadCatalogue(route.lang);
    this.#state = initialState(route.lang);
    this.#listen();
    this.#renderFrame();
    store.listen((trouble) => this.#storageTrouble(trouble));
    const counts = store.solvedCounts();
    if (counts) this.dispatch({ type: 'counts-loaded', counts });
    else void this.#loadSolvedCounts();
    window.addEventListener('hashchange', () => {
      this.#takeSharedSql();
      void this.#navigateSafely(parseRoute(location.hash, this.#state.lang));
    });
    window.addEventListener('pagehide', () => this.#flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.#flush();
    });
    installDropTarget(this.#root, () => this.#root.querySelector('.drop-overlay'));
    await this.#navigateSafely(route);
  }

  /** The app's state (tests and the console read it). */
  get state(): AppState {
    return this.#state;
  }

  /** The one way the state changes: update, render what changed, schedule the save. */
  dispatch(action: Action): void {
    const previous = this.#state;
    const next = update(previous, action);
    if (next === previous) return;
    this.#state = next;
    this.#render(previous, next);
    const open = openLesson(next);
    if (open && next.revision !== previous.revision) {
      // Kept at once and synchronously, so a reload a moment later still finds it.
      this.#options.store.journal(open.progressKey, this.#journalEntry(false));
    }
    if (next.dbVersion !== previous.dbVersion || action.type === 'checked') {
      // A check and a run that changed the database are moments worth keeping at once.
      void this.#save.now();
    } else if (next.revision !== previous.revision) {
      // Typing and dragging wait for a pause (the journal holds them meanwhile).
      this.#save.soon();
    }
  }

  /**
   * The open lesson's unsaved progress as a journal entry; with its database only as the page goes
   * away. Its runs are those its database does not hold yet: with the database (the last export),
   * those asked after it; without, all that IndexedDB's record does not hold.
   */
  #journalEntry(withDb: boolean) {
    const { solved, editors, failedChecks, positions, db } = this.#state.progress;
    // A database too big for localStorage stays out of the journal; IndexedDB still gets it.
    const keepDb = withDb && db !== undefined && db.length <= JOURNAL_DB_LIMIT;
    const runs = this.#runs.scripts(keepDb);
    return {
      solved: [...solved],
      editors: { ...editors },
      failedChecks: { ...failedChecks },
      positions: { ...positions },
      ...(keepDb ? { db: toBase64(db) } : {}),
      ...(runs.length > 0 ? { runs } : {}),
    };
  }

  /** Keeps the runs in the journal at once: a reload a moment after Run finds them. */
  #journalRuns(open: OpenLesson): void {
    if (openLesson(this.#state) !== open) return;
    if (!this.#runs.empty || hasUnsaved(this.#state)) this.#options.store.journal(open.progressKey, this.#journalEntry(false));
  }

  /**
   * The page is going away or hidden: its IndexedDB writes may never finish, so what they would
   * write goes to the journal synchronously first, then the write is started anyway.
   */
  #flush(): void {
    const open = openLesson(this.#state);
    if (!open || (!hasUnsaved(this.#state) && this.#runs.empty)) return;
    this.#options.store.journal(open.progressKey, this.#journalEntry(true));
    void this.#save.now();
  }

  /** Storage trouble that is not one lesson's, said once as a notice that stays until dismissed. */
  #storageTrouble(trouble: StorageTrouble): void {
    if (trouble.kind === 'save-failed') {
      if (this.#saveFailureTold) return;
      this.#saveFailureTold = true;
    }
    const message = trouble.kind === 'save-failed' ? msg('storage.save-failed', { kind: trouble.failure }) : msg(`storage.${trouble.kind}`);
    this.dispatch({ type: 'noticed', notice: { id: `storage-${trouble.kind}`, message, offersReset: false, scope: 'app' } });
  }

  /** Component events, read where they bubble to: the root. */
  #listen(): void {
    const root = this.#root;
    root.addEventListener('junction-edit', (e) => this.dispatch({ type: 'edited', key: e.key, text: e.text }));
    root.addEventListener('junction-checked', (e) =>
      this.dispatch({ type: 'checked', exercise: e.exercise, passed: e.passed, failedChecks: e.failedChecks }),
    );
    root.addEventListener('junction-positions', (e) => this.dispatch({ type: 'positions-moved', positions: e.positions }));
    root.addEventListener('junction-language', (e) => void this.#switchLanguage(e.lang));
    // A database file dropped anywhere is imported into the lab; any other file is a lesson.
    root.addEventListener('junction-open-file', (e) =>
      importKind(e.file.name) ? void this.#importDropped(e.file) : void this.#openFile(e.file),
    );
    root.addEventListener('junction-reset', (e) => void this.#reset(e.scope));
    this.#notices.addEventListener('click', (e) => {
      const button = (e.target as Element).closest('button[data-notice]');
      const id = button?.getAttribute('data-notice');
      if (!button || id === null || id === undefined) return;
      this.dispatch({ type: 'notice-dismissed', id });
      if (button.getAttribute('data-action') === 'reset-lesson') void this.#reset('lesson');
    });
  }

  #render(previous: AppState, next: AppState): void {
    if (previous.lang !== next.lang) this.#renderFrame();
    const rebuild = previous.screen !== next.screen || previous.lang !== next.lang;
    if (rebuild || previous.notices !== next.notices) this.#renderNotices(next);
    if (rebuild) this.#renderScreen(next);
    else if (previous.progress.solved !== next.progress.solved) this.#views?.lesson.setSolved(new Set(next.progress.solved));
    if (!rebuild && previous.progress.positions !== next.progress.positions) this.#views?.diagram.setPositions(next.progress.positions);
    if (rebuild || previous.progress.solved !== next.progress.solved || previous.solvedCounts !== next.solvedCounts) {
      this.#renderIndex();
    }
    this.#panes.sync(next);
  }

  async #loadSolvedCounts(): Promise<void> {
    const ids = new Set([...this.#options.course.values()].flat().map((entry) => entry.id));
    const all = await this.#options.store.rebuildCounts();
    const counts = new Map([...ids].map((id) => [id, all.get(id) ?? 0]));
    this.dispatch({ type: 'counts-loaded', counts });
  }

  /** A navigation that fails (a bug, a lost engine) shows its message instead of a blank page. */
  async #navigateSafely(route: Route): Promise<void> {
    try {
      await this.#navigate(route);
    } catch (e) {
      this.#fail(msg('ui.unexpected-error', { reason: e instanceof Error ? e.message : String(e) }));
    }
  }

  /** Speaks `lang` from now on, once its words are there (the views render in it at once). */
  async #speak(lang: Language): Promise<void> {
    await loadCatalogue(lang);
    this.dispatch({ type: 'language-changed', lang });
  }

  async #navigate(route: Route): Promise<void> {
    await this.#speak(route.lang);
    if (route.kind === 'complete') {
      await this.#leave();
      this.dispatch({ type: 'summary-shown' });
      this.#shown();
      document.title = `${say(this.#state.lang, 'ui.course-complete')} — Junction`;
      this.#root.removeAttribute('aria-busy');
      return;
    }
    if (route.kind === 'open') {
      if (!route.src) return this.#fail(msg('ui.no-lesson-address'));
      // Fetched before anything is left: a link that fails costs the open lesson nothing.
      const token = this.#token;
      this.#root.setAttribute('aria-busy', 'true');
      const opened = await fetchLesson(route.src);
      if (token !== this.#token) return;
      return this.#openOrKeep(opened);
    }
    if (route.kind === 'file') {
      const kept = await this.#options.store.lessonFile(route.name);
      if (!kept) return this.#openOrKeep({ ok: false, message: msg('storage.file-not-kept', { name: route.name }) });
      return this.#openOrKeep({ ok: true, markdown: kept.markdown, fileName: kept.name, source: `file:${kept.name}` });
    }
    const entries = this.#entries();
    const entry = entries.find((e) => e.id === route.lessonId) ?? entries[0];
    if (!entry) return this.#fail(msg('ui.no-lessons'));
    if (route.lessonId !== entry.id) {
      history.replaceState(null, '', formatRoute({ kind: 'lesson', lang: this.#state.lang, lessonId: entry.id }));
    }
    const { lesson, warnings, html, highlighted } = await entry.load();
    rememberHighlighting(highlighted);
    const markdown = (source: string) => html[source] ?? asText(source);
    await this.#open({ lesson, warnings, markdown, entry, progressKey: lesson.id });
  }

  /**
   * Opens a lesson from outside; one that could not be read leaves the open lesson as it is (the
   * route goes back to it) with a notice, and shows the failure on its own only when none is open.
   */
  async #openOrKeep(opened: OpenedLesson): Promise<void> {
    if (!opened.ok && openLesson(this.#state)) {
      if (this.#shownHash) history.replaceState(null, '', this.#shownHash);
      this.#root.removeAttribute('aria-busy');
      const notice: Notice = {
        id: 'open-failed',
        message: msg('open.failed-lesson-kept', { detail: opened.message }),
        offersReset: false,
        scope: 'lesson',
      };
      this.dispatch({ type: 'noticed', notice });
      return;
    }
    await this.#leave();
    return this.#openExternal(opened);
  }

  async #openExternal(opened: OpenedLesson): Promise<void> {
    if (!opened.ok) return this.#fail(opened.message);
    // Lessons from outside the course are parsed here; the parser loads on first use.
    const [{ parseLesson }, { renderMarkdown }] = await Promise.all([
      import('../core/lessons/parse-lesson.js'),
      import('../core/lessons/markdown.js'),
    ]);
    const { lesson, warnings } = parseLesson(opened.markdown, { fileName: opened.fileName });
    const options = opened.baseUrl ? { baseUrl: opened.baseUrl } : {};
    const markdown = (text: string) => renderMarkdown(text, options);
    await this.#open({ lesson, warnings, markdown, progressKey: `${opened.source}#${lesson.id}` });
  }

  async #openFile(file: File): Promise<void> {
    const opened = await readLessonFile(file);
    if (opened.ok) {
      // A route of its own, so the course index links work again afterwards; the file's text is
      // kept, so a reload (or the bare address) reopens it.
      await this.#options.store.keepLessonFile({ name: opened.fileName, markdown: opened.markdown });
      history.pushState(null, '', formatRoute({ kind: 'file', lang: this.#state.lang, name: opened.fileName }));
    }
    await this.#openOrKeep(opened);
  }

  /**
   * Opens a lesson on a fresh lab session, restoring its saved progress. Opens run one at a time
   * (they share the lab database), and one superseded by a later navigation is skipped.
   */
  #open(open: OpenLesson): Promise<void> {
    const token = ++this.#token;
    this.#root.setAttribute('aria-busy', 'true');
    this.#opening = this.#opening
      .then(() => (token === this.#token ? this.#openNow(open, token) : undefined))
      .catch((e: unknown) => this.#fail(msg('ui.unexpected-error', { reason: e instanceof Error ? e.message : String(e) })))
      .finally(this.#firstOpened);
    return this.#opening;
  }

  /**
   * Shows the lesson as soon as its progress is loaded — while SQLite may still be booting: a Run
   * pressed meanwhile runs once the lab database is open — and opens it again, as it now is, in the
   * rare case the opening changed something (a setup that failed, a saved database set aside).
   */
  async #openNow(open: OpenLesson, token: number): Promise<void> {
    await this.#save.now();
    await loadSanitizer();
    const begun = await beginLesson(this.#options.engine, this.#options.store, open);
    const shared = await this.#sharedSql;
    this.#sharedSql = null;
    if (token !== this.#token) return;
    // Shown in the playground, never run: the learner presses Run.
    const withShared = (progress: Progress): Progress =>
      shared?.ok ? { ...progress, editors: { ...progress.editors, playground: shared.sql } } : progress;
    this.#session = begun.session;
    const runs = new PendingRuns();
    this.#runs = runs;
    begun.session.on('junction-lab-running', (e) => {
      runs.started(e.script);
      this.#journalRuns(open);
    });
    begun.session.on('junction-lab-run', (e) => {
      runs.finished(e.modified);
      this.dispatch({ type: 'ran', modified: e.modified });
      this.#journalRuns(open);
    });
    const opened = (progress: Progress, notice: Message | null, damage: Message | null, unsaved: boolean) => {
      const notices: Notice[] = damage ? [{ id: 'lesson-damaged', message: damage, offersReset: true, scope: 'lesson' }] : [];
      this.dispatch({
        type: 'opened',
        open,
        progress: withShared(progress),
        notice,
        notices,
        unsaved: unsaved || shared?.ok === true || notices.length > 0,
      });
      if (shared)
        this.#views?.workspace.showFilesOutcome({ ok: shared.ok, message: msg(shared.ok ? 'files.link-opened' : 'files.link-unreadable') });
    };
    opened(begun.progress, null, begun.damage, begun.unsaved);
    document.title = `${open.lesson.title} — Junction`;
    const started = await begun.started;
    if (token !== this.#token) return;
    if (started.notice || started.damage !== begun.damage || started.progress.db !== begun.progress.db) {
      opened(started.progress, started.notice, started.damage, started.unsaved);
    }
    this.#shown();
    this.#root.removeAttribute('aria-busy');
    // Changes from the journal (or a record cleaned of damage) go to IndexedDB at once.
    if (hasUnsaved(this.#state)) void this.#save.now();
  }

  /** What is on screen now is where the bare address brings the learner back to. */
  #shown(): void {
    this.#shownHash = location.hash;
    if (location.hash) this.#options.store.rememberRoute(location.hash);
  }

  /** Writes the open lesson's progress (and its database, when a run changed it). */
  async #write(): Promise<void> {
    const open = openLesson(this.#state);
    if (!open || !hasUnsaved(this.#state)) return;
    const session = this.#session;
    if (this.#state.dbDirty && session) {
      const version = this.#state.dbVersion;
      const runs = this.#runs;
      let mark = 0;
      try {
        // The runs asked of SQLite before the export are in its bytes.
        const bytes = await session.export(() => {
          mark = runs.exportMark();
        });
        if (this.#session === session) {
          runs.exported(mark);
          this.dispatch({ type: 'db-saved', bytes, version });
        }
      } catch {
        // The engine is being restored after a stopped query; the next run saves again.
      }
    }
    if (openLesson(this.#state) !== open) return;
    const revision = this.#state.revision;
    const runs = this.#runs;
    const mark = runs.storeMark();
    const saved = await this.#options.store.save(open.progressKey, toSaved(this.#state.progress));
    if (!saved || openLesson(this.#state) !== open) return;
    runs.stored(mark);
    this.dispatch({ type: 'saved', revision });
    // Storage holds everything the journal did: it is no longer needed.
    if (!hasUnsaved(this.#state) && this.#runs.empty) this.#options.store.journal(open.progressKey, null);
    else this.#journalRuns(open);
  }

  /** Saves what is open, then lets it go (a navigation to something else follows). */
  async #leave(): Promise<void> {
    this.#token++;
    await this.#save.now();
    this.dispatch({ type: 'loading' });
  }

  async #reset(scope: 'lesson' | 'course'): Promise<void> {
    const open = openLesson(this.#state);
    // Nothing may be written after the reset: it would bring back what the reset clears.
    this.#save.cancel();
    this.dispatch({ type: 'reset', scope });
    this.#session = null;
    this.#runs = new PendingRuns();
    if (scope === 'course') await this.#options.store.resetAll();
    else if (open) await this.#options.store.reset(open.progressKey);
    if (open) await this.#open(open);
  }

  async #switchLanguage(lang: Language): Promise<void> {
    const open = openLesson(this.#state);
    // A course lesson exists in each language: go to its translation. A lesson from outside stays
    // open, and only the chrome around it changes language, once its words are there.
    if (open?.entry || !open) location.hash = formatRoute({ kind: 'lesson', lang, lessonId: open?.lesson.id ?? null });
    else await this.#speak(lang);
  }

  #fail(detail: Message): void {
    this.#token++;
    this.#save.cancel();
    this.dispatch({ type: 'failed', title: msg('ui.open-failed'), detail });
    this.#root.removeAttribute('aria-busy');
  }

  #entries(): CourseEntry[] {
    return this.#options.course.get(this.#state.lang) ?? this.#options.course.get('en') ?? [];
  }

  #renderFrame(): void {
    const { lang } = this.#state;
    document.documentElement.lang = lang;
    this.#workspace.setAttribute('aria-label', say(lang, 'ui.playground'));
    this.#root.replaceChildren(
      buildTopbar(lang, this.#sidebar),
      this.#panes.sync(this.#state),
      h('div', { class: 'shell' }, this.#sidebar, this.#lessonPane, this.#workspace),
      h('div', { class: 'drop-overlay', 'aria-hidden': 'true' }, say(lang, 'ui.drop-lesson')),
    );
    this.#renderIndex();
  }

  #renderIndex(): void {
    const state = this.#state;
    renderCourseIndex(this.#sidebar, state.lang, this.#entries(), openLesson(state)?.lesson.id ?? null, (id) => solvedCount(state, id));
  }

  #renderScreen(state: AppState): void {
    this.#views?.destroy();
    this.#views = null;
    const { screen, lang } = state;
    switch (screen.kind) {
      case 'loading':
        this.#lessonPane.replaceChildren(h('p', { class: 'boot' }, say(lang, 'ui.loading')));
        this.#workspace.replaceChildren();
        return;
      case 'error':
        this.#lessonPane.replaceChildren(
          this.#notices,
          h(
            'div',
            { class: 'lesson' },
            h('h1', {}, renderMessage(screen.title, lang)),
            h('p', { class: 'notice error', role: 'alert' }, renderMessage(screen.detail, lang)),
          ),
        );
        this.#workspace.replaceChildren();
        return;
      case 'lesson':
        if (this.#session) this.#views = this.#buildViews(state, screen.open, screen.notice, this.#session);
        return;
      case 'summary':
        this.#lessonPane.replaceChildren(this.#notices, this.#summary(state));
        this.#lessonPane.scrollTop = 0;
        this.#workspace.replaceChildren();
        return;
      default: {
        const never: never = screen;
        throw new Error(`Unknown screen ${JSON.stringify(never)}.`);
      }
    }
  }

  #buildViews(state: AppState, open: OpenLesson, notice: Message | null, session: LabSession): Views {
    const { lang, progress } = state;
    const lesson = new LessonView({
      lesson: open.lesson,
      warnings: open.warnings,
      session,
      lang,
      progress: { solved: new Set(progress.solved), editors: progress.editors, failedChecks: progress.failedChecks },
      markdown: open.markdown,
      ...lessonChecker(this.#options.engine, open.lesson),
      models: loadModelTools,
    });
    const parts: Node[] = [this.#notices];
    if (notice) parts.push(h('p', { class: 'notice error', role: 'alert' }, renderMessage(notice, lang)));
    parts.push(lesson.element);
    if (open.entry) parts.push(this.#prevNext(open.entry, lang));
    // Scrolled back before the new lesson goes in: set after, it made the browser lay the whole
    // lesson out at once, in the task that shows it (tens of ms on a first visit).
    this.#lessonPane.scrollTop = 0;
    this.#lessonPane.replaceChildren(...parts);

    // The first drawing placed boxes while the view was not in the page yet, so its announcement
    // reached nobody: take those places into the state now, or a reload would place them anew.
    const diagram = new DiagramSlot({ session, lang, positions: progress.positions }, (view) =>
      this.dispatch({ type: 'positions-moved', positions: view.positions }),
    );
    // With the editors: after the lesson is open and SQLite has answered its first requests.
    whenIdle(() => void diagram.load());
    // The Rows and SQLAlchemy tabs start hidden: their code loads when one is shown, or when idle.
    const instance = new PanelSlot(async () => {
      const { InstanceView } = await import('../ui/instance-view.js');
      return new InstanceView({ session, lang, active: false });
    });
    const models = new PanelSlot(async () => {
      const { ModelsView } = await import('../ui/models-view.js');
      return new ModelsView({
        session,
        lang,
        active: false,
        generator: async () => {
          const { generateModels } = await import('../core/orm/generate-models.js');
          return (schema, relations) => generateModels(schema, relations, lang);
        },
      });
    });
    whenIdle(() => {
      void instance.load();
      void models.load();
    });
    const workspace = new WorkspaceView({
      session,
      lang,
      playgroundText: progress.editors.playground ?? '',
      files: this.#labFiles(session, open),
      panels: [
        { id: 'diagram', label: say(lang, 'ui.diagram'), panel: diagram.element },
        { id: 'rows', label: say(lang, 'ui.rows'), panel: instance.element },
        { id: 'sqlalchemy', label: say(lang, 'ui.sqlalchemy'), panel: models.element },
      ],
    });
    workspace.tabs.strip.addEventListener('junction-tab', (e) => {
      instance.active = e.tab === 'rows';
      models.active = e.tab === 'sqlalchemy';
    });
    this.#workspace.replaceChildren(workspace.element);
    return {
      lesson,
      diagram,
      workspace,
      destroy: () => {
        for (const view of [lesson, workspace, diagram, instance, models]) view.destroy();
      },
    };
  }

  /** A shared link's SQL is taken out of the address (it is not a route) and read for the next open. */
  #takeSharedSql(): void {
    const { hash, param } = takeSharedParam(location.hash);
    if (param === null) return;
    history.replaceState(null, '', hash || '#/');
    this.#sharedSql = decodeSharedSql(param);
  }

  /** The playground toolbar's actions on the open lesson's lab database (see lab-files.ts). */
  #labFiles(session: LabSession, open: OpenLesson): PlaygroundFiles {
    return playgroundFiles({
      session,
      lessonId: open.lesson.id,
      sql: () => this.#state.progress.editors.playground ?? '',
      imported: () => this.#imported(session),
    });
  }

  /** An import replaced the lab database: saved as a run that changed it would be. */
  #imported(session: LabSession): void {
    if (this.#session !== session) return;
    this.#runs.clear();
    this.dispatch({ type: 'ran', modified: true });
  }

  /** A database file dropped on the window: imported as the toolbar's Import… would. */
  async #importDropped(file: File): Promise<void> {
    const session = this.#session;
    const open = openLesson(this.#state);
    const views = this.#views;
    if (!session || !open || !views) return;
    views.workspace.showFilesOutcome(await this.#labFiles(session, open).import(file));
  }

  /** Each notice with its sentence, a reset button when it offers one, and a dismiss button. */
  #renderNotices(state: AppState): void {
    const { lang } = state;
    this.#notices.replaceChildren(
      ...state.notices.map((notice) =>
        h(
          'div',
          { class: 'notice error', role: 'alert', 'data-notice-id': notice.id },
          h('span', {}, renderMessage(notice.message, lang)),
          ' ',
          notice.offersReset && openLesson(state)
            ? h(
                'button',
                { class: 'btn quiet', type: 'button', 'data-notice': notice.id, 'data-action': 'reset-lesson' },
                say(lang, 'storage.reset'),
              )
            : null,
          h(
            'button',
            { class: 'btn quiet', type: 'button', 'data-notice': notice.id, 'data-action': 'dismiss' },
            say(lang, 'storage.dismiss'),
          ),
        ),
      ),
    );
  }

  #prevNext(entry: CourseEntry, lang: Language): HTMLElement {
    const entries = this.#entries();
    const i = entries.indexOf(entry);
    const link = (target: CourseEntry | undefined, label: string, rel: string) =>
      target ? h('a', { class: 'btn', rel, href: formatRoute({ kind: 'lesson', lang, lessonId: target.id }) }, label) : h('span');
    const finish = h(
      'a',
      { class: 'btn primary', rel: 'next', href: formatRoute({ kind: 'complete', lang }) },
      say(lang, 'ui.finish-course'),
    );
    return h(
      'nav',
      { class: 'lesson-nav', 'aria-label': say(lang, 'ui.course') },
      link(entries[i - 1], say(lang, 'ui.previous'), 'prev'),
      entries[i + 1] ? link(entries[i + 1], say(lang, 'ui.next'), 'next') : finish,
    );
  }

  /** The course's end: each lesson's solved count, the total, and where to go next. */
  #summary(state: AppState): HTMLElement {
    const { lang } = state;
    const entries = this.#entries();
    const total = entries.reduce((n, e) => n + e.exercises, 0);
    const solved = entries.reduce((n, e) => n + Math.min(solvedCount(state, e.id), e.exercises), 0);
    const rows = entries.map((entry) => {
      const n = entry.exercises;
      const done = Math.min(solvedCount(state, entry.id), n);
      return h(
        'li',
        { 'data-lesson': entry.id, class: done >= n ? 'done' : undefined },
        h('a', { href: formatRoute({ kind: 'lesson', lang, lessonId: entry.id }) }, entry.title),
        ' ',
        h('span', { class: 'lesson-meta' }, n > 0 ? say(lang, 'ui.solved-count', { n: done, total: n }) : say(lang, 'ui.reading')),
      );
    });
    const first = entries[0];
    const playground = first ? formatRoute({ kind: 'lesson', lang, lessonId: first.id }) : '#/';
    return h(
      'div',
      { class: 'lesson course-summary', 'data-solved': String(solved), 'data-total': String(total) },
      h('h1', {}, say(lang, solved >= total ? 'ui.course-complete' : 'ui.course-progress')),
      h('p', { class: 'summary-total' }, say(lang, 'ui.course-summary', { solved, total })),
      h('ol', { class: 'summary-lessons' }, ...rows),
      h('h2', {}, say(lang, 'ui.next-steps')),
      h('ul', {}, h('li', {}, h('a', { href: playground }, say(lang, 'ui.next-playground'))), h('li', {}, say(lang, 'ui.next-own-lesson'))),
    );
  }
}
