/**
 * Renders a parsed lesson: sanitised prose, runnable SQL blocks, highlighted static code, model
 * blocks with "Create tables", and exercises. Solutions, checks and wrong answers stay hidden.
 */
import type { CheckResult } from '../core/checks/check-exercise.js';
import type { Engine } from '../core/engine.js';
import type { Block, Lesson, LessonWarning } from '../core/lessons/types.js';
import type { LabSession } from '../core/lab/lab-session.js';
import type { Language } from '../core/messages/language.js';
import { loadCatalogue, say } from '../core/messages/renderer.js';
import { h } from './dom.js';
import { ExerciseView } from './exercise-view.js';
import { highlightStatic } from './highlight.js';
import type { ModelTools, PythonBlock } from './python-block.js';
import { RunnableBlock } from './runnable-block.js';
import { sanitizeToFragment } from './sanitize.js';

/**
 * The checker as a lesson view's `check` and `prepare`, for `lesson` (the whole lesson: the
 * exercises before one build its base, shown or not) on `engine`; it loads on first use.
 */
export function lessonChecker(engine: Engine, lesson: Lesson): Pick<LessonViewOptions, 'check' | 'prepare'> {
  const checker = () => import('../core/checks/check-exercise.js');
  return {
    check: async (exerciseId, answer) => (await checker()).checkExercise(engine, lesson, exerciseId, answer),
    prepare: (exerciseId) => {
      void checker()
        .then(({ prepareCheck }) => prepareCheck(engine, lesson, exerciseId))
        // Only a head start: the Check itself builds what is missing and reports what fails.
        .catch(() => undefined);
    },
  };
}

/** What the lesson view reads from and writes to the learner's progress. */
export interface LessonProgressView {
  solved: ReadonlySet<string>;
  editors: Readonly<Record<string, string>>;
  failedChecks: Readonly<Record<string, number>>;
}

export interface LessonViewOptions {
  lesson: Lesson;
  warnings: LessonWarning[];
  session: LabSession;
  /** The chrome's language; feedback on exercises speaks the lesson's own (`lesson.lang`). */
  lang: Language;
  progress: LessonProgressView;
  /** Renders lesson markdown to HTML (built-in lessons come pre-rendered; others render here). */
  markdown: (source: string) => string;
  check: (exerciseId: string, answer: string) => Promise<CheckResult>;
  /** Gets an exercise's Check ready ahead of it (see `prepareCheck`); called when the learner starts on it. */
  prepare?: (exerciseId: string) => void;
  /** The SQLAlchemy bridge, for model blocks. */
  models: () => Promise<ModelTools>;
}

/** The lesson's editors announce edits (`junction-edit`) and exercises their checks (`junction-checked`). */
export class LessonView {
  readonly element: HTMLElement;
  readonly exercises = new Map<string, ExerciseView>();
  readonly #runnables: RunnableBlock[] = [];
  readonly #pythons: PythonBlock[] = [];
  #pythonIndex = 0;
  #destroyed = false;

  constructor(options: LessonViewOptions) {
    this.element = h('article', { class: 'lesson', 'data-lesson': options.lesson.id });
    if (options.warnings.length > 0) this.element.append(this.#warnings(options.warnings, options.lang));
    let sqlIndex = 0;
    for (const block of options.lesson.blocks) {
      const node = this.#renderBlock(block, options, () => `sql-${sqlIndex++}`);
      if (node) this.element.append(node);
    }
  }

  #renderBlock(block: Block, options: LessonViewOptions, nextKey: () => string): Node | null {
    const md = (markdown: string) => sanitizeToFragment(options.markdown(markdown));
    switch (block.kind) {
      case 'prose':
        return md(block.markdown);
      case 'aside':
        return h('aside', { class: `aside aside-${block.tone}` }, md(block.markdown));
      case 'sql': {
        const key = nextKey();
        const runnable = new RunnableBlock({
          code: options.progress.editors[key] ?? block.code,
          session: options.session,
          lang: options.lang,
          key,
          label: say(options.lang, 'ui.sql-example', { line: block.line }),
        });
        this.#runnables.push(runnable);
        return runnable.element;
      }
      case 'sql-static':
        return highlightStatic(block.code, 'sql');
      case 'code':
        return highlightStatic(block.code, 'plain');
      case 'python': {
        // Its code shows at once; the block (editor, "Create tables") loads only for a lesson that has one.
        const key = `python-${this.#pythonIndex++}`;
        const code = options.progress.editors[key] ?? block.code;
        const pending = h('div', { class: 'python-block-pending' }, highlightStatic(code, 'python'));
        void Promise.all([import('./python-block.js'), loadCatalogue(options.lang)]).then(([{ PythonBlock }]) => {
          if (this.#destroyed) return;
          const python = new PythonBlock({
            code,
            declaresModels: block.declaresModels,
            session: options.session,
            lang: options.lang,
            models: options.models,
            key,
          });
          this.#pythons.push(python);
          pending.replaceWith(python.element);
        });
        return pending;
      }
      case 'exercise': {
        const exercise = options.lesson.exercises.find((e) => e.id === block.id);
        if (!exercise) return null;
        const key = `exercise:${exercise.id}`;
        const { prepare } = options;
        const view = new ExerciseView({
          exercise,
          session: options.session,
          lang: options.lang,
          feedbackLang: options.lesson.lang,
          text: options.progress.editors[key] ?? exercise.starter,
          solved: options.progress.solved.has(exercise.id),
          failedChecks: options.progress.failedChecks[exercise.id] ?? 0,
          check: (answer) => options.check(exercise.id, answer),
          ...(prepare ? { prepare: () => prepare(exercise.id) } : {}),
          renderMarkdown: md,
        });
        this.exercises.set(exercise.id, view);
        return view.element;
      }
      case 'solution':
      case 'check':
      case 'wrong':
      case 'hint':
        return null;
      default: {
        const never: never = block;
        throw new Error(`Unknown lesson block ${JSON.stringify(never)}`);
      }
    }
  }

  #warnings(warnings: LessonWarning[], lang: Language): HTMLElement {
    return h(
      'details',
      { class: 'notice lesson-warnings' },
      h('summary', {}, `${say(lang, 'ui.lesson-warnings')} (${warnings.length})`),
      h('ul', {}, ...warnings.map((w) => h('li', {}, say(lang, 'ui.lesson-warning', { line: w.line, warning: w.message })))),
    );
  }

  /** Shows which exercises are solved (the host's state is the one source). */
  setSolved(solved: ReadonlySet<string>): void {
    for (const [id, view] of this.exercises) view.setSolved(solved.has(id));
  }

  destroy(): void {
    this.#destroyed = true;
    for (const r of this.#runnables) r.destroy();
    for (const p of this.#pythons) p.destroy();
    for (const e of this.exercises.values()) e.destroy();
  }
}
