/**
 * One exercise: its editor, Run (on the lab database), Check (on scratch copies), hints one at a
 * time, the solution on request, and feedback with expected vs actual rows.
 */
import type { CheckResult } from '../core/checks/check-exercise.js';
import { type Counterexample, counterexampleMessage } from '../core/checks/counterexample-message.js';
import type { SqlValue } from '../core/engine.js';
import type { Exercise } from '../core/lessons/types.js';
import type { LabSession } from '../core/lab/lab-session.js';
import type { Language } from '../core/messages/language.js';
import { renderMessage, say } from '../core/messages/render.js';
import { h } from './dom.js';
import { JunctionCheckedEvent } from './events.js';
import { highlightStatic } from './highlight.js';
import type { Explain } from './results-view.js';
import { RowsTable } from './rows-table.js';
import { RunnableBlock } from './runnable-block.js';

export interface ExerciseViewOptions {
  exercise: Exercise;
  session: LabSession;
  /** The chrome's language (buttons, labels). */
  lang: Language;
  /** The lesson's language: its hints are written in it, so the verdicts speak it too. */
  feedbackLang: Language;
  /** The learner's saved text, else the starter. */
  text: string;
  solved: boolean;
  failedChecks: number;
  check: (answer: string) => Promise<CheckResult>;
  /** Called once, when the learner first works in the exercise: the host can get its Check ready. */
  prepare?: () => void;
  renderMarkdown: (markdown: string) => DocumentFragment;
  explain?: Explain;
}

type Rows = SqlValue[][];

const rowKey = (row: SqlValue[]) => JSON.stringify(row.map((v) => (v instanceof Uint8Array ? Array.from(v) : v)));

/** A rows table (windowed, see `RowsTable`) where rows found in `marked` (as a multiset) get `className`. */
function diffTable(columns: string[], rows: Rows, marked: Rows, className: string, lang: Language): HTMLElement {
  const pending = new Map<string, number>();
  for (const row of marked) pending.set(rowKey(row), (pending.get(rowKey(row)) ?? 0) + 1);
  const isMarked = rows.map((row) => {
    const key = rowKey(row);
    const left = pending.get(key) ?? 0;
    if (left > 0) pending.set(key, left - 1);
    return left > 0;
  });
  return new RowsTable({ columns, rows, lang, rowClass: (index) => (isMarked[index] ? className : undefined) }).element;
}

/** A plain rows table, or "(no rows)". */
function rowsTable(columns: string[], rows: Rows, lang: Language): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'counterexample-empty' }, say(lang, 'counterexample.empty'));
  return diffTable(columns, rows, [], '', lang);
}

/** The little database on which the answer and the solution differ, and both results on it side by side. */
function counterexampleView(example: Counterexample, lang: Language): HTMLElement {
  const tables = Object.entries(example.tables).map(([name, table]) =>
    h(
      'figure',
      { class: 'counterexample-table', 'data-table': name },
      h('figcaption', {}, name),
      rowsTable(table.columns, table.rows, lang),
    ),
  );
  return h(
    'div',
    { class: 'counterexample' },
    h('p', { class: 'counterexample-lead' }, renderMessage(counterexampleMessage(example), lang)),
    h('h4', {}, say(lang, 'counterexample.database')),
    h('div', { class: 'counterexample-tables' }, ...tables),
    h(
      'div',
      { class: 'diff' },
      h(
        'div',
        { class: 'actual' },
        h('h4', {}, say(lang, 'counterexample.yours')),
        rowsTable(example.actual.columns, example.actual.rows, lang),
      ),
      h(
        'div',
        { class: 'expected' },
        h('h4', {}, say(lang, 'counterexample.expected')),
        rowsTable(example.expected.columns, example.expected.rows, lang),
      ),
    ),
  );
}

export class ExerciseView {
  readonly element: HTMLElement;
  readonly runnable: RunnableBlock;
  readonly #options: ExerciseViewOptions;
  readonly #badge: HTMLElement;
  readonly #feedback = h('div', { class: 'feedback', 'aria-live': 'polite', tabindex: '-1' });
  readonly #hints = h('ol', { class: 'hints-list' });
  readonly #hintButton: HTMLButtonElement;
  readonly #checkButton: HTMLButtonElement;
  readonly #goToFeedback: HTMLButtonElement;
  #checking = false;
  readonly #solutionBox = h('div', { class: 'solution' });
  #failed: number;
  #hintsShown = 0;

  constructor(options: ExerciseViewOptions) {
    this.#options = options;
    this.#failed = options.failedChecks;
    const { exercise, lang } = options;
    const title = `${say(lang, 'ui.exercise')}: ${exercise.title ?? exercise.id}`;
    this.#badge = h('span', { class: 'badge' });
    this.runnable = new RunnableBlock({
      code: options.text,
      session: options.session,
      lang,
      key: `exercise:${exercise.id}`,
      label: title,
      className: 'exercise-editor',
      ...(options.explain ? { explain: options.explain } : {}),
    });
    this.#checkButton = h('button', { class: 'btn primary', type: 'button', 'data-action': 'check' }, `✓ ${say(lang, 'ui.check')}`);
    this.#hintButton = h('button', { class: 'btn', type: 'button', 'data-action': 'hint' }, say(lang, 'ui.hint'));
    const solutionButton = h('button', { class: 'btn quiet', type: 'button', 'data-action': 'solution' }, say(lang, 'ui.show-solution'));
    this.#hintButton.hidden = exercise.hints.length === 0;
    solutionButton.hidden = !exercise.solution;
    this.#goToFeedback = h(
      'button',
      { class: 'btn quiet', type: 'button', 'data-action': 'go-to-feedback', hidden: true },
      say(lang, 'ui.go-to-verdict'),
    );
    this.#feedback.setAttribute('role', 'group');
    this.#feedback.setAttribute('aria-label', say(lang, 'ui.verdict'));
    this.#goToFeedback.addEventListener('click', () => this.#feedback.focus());
    this.#checkButton.addEventListener('click', () => {
      if (!this.#checking) void this.check();
    });
    this.#hintButton.addEventListener('click', () => this.showNextHint());
    solutionButton.addEventListener('click', () => {
      if (this.#failed < 2 && !window.confirm(say(lang, 'ui.confirm-solution'))) return;
      this.showSolution();
    });
    this.element = h(
      'section',
      { class: 'exercise', 'data-exercise': exercise.id, 'aria-label': title },
      h('header', {}, h('h3', {}, title), this.#badge),
      this.runnable.element,
      h(
        'div',
        { class: 'toolbar' },
        this.#checkButton,
        this.#goToFeedback,
        this.#hintButton,
        solutionButton,
        h('span', { class: 'hint-keys' }, say(lang, 'ui.check-applies')),
      ),
      this.#feedback,
      h('div', { class: 'hints' }, this.#hints),
      this.#solutionBox,
    );
    this.setSolved(options.solved);
    const { prepare } = options;
    if (prepare) this.element.addEventListener('focusin', () => prepare(), { once: true });
  }

  /** Shows the solved mark; the host calls it from its state (the exercise does not decide alone). */
  setSolved(solved: boolean): void {
    const { lang } = this.#options;
    this.element.classList.toggle('solved', solved);
    this.#badge.textContent = solved ? `✓ ${say(lang, 'ui.solved')}` : say(lang, 'ui.not-solved');
  }

  showNextHint(): void {
    const hint = this.#options.exercise.hints[this.#hintsShown];
    if (!hint) return;
    this.#hintsShown++;
    this.#hints.append(h('li', {}, this.#options.renderMarkdown(hint.markdown)));
    const more = this.#hintsShown < this.#options.exercise.hints.length;
    this.#hintButton.textContent = say(this.#options.lang, more ? 'ui.next-hint' : 'ui.no-more-hints');
    this.#hintButton.disabled = !more;
  }

  showSolution(): void {
    const solution = this.#options.exercise.solution;
    if (!solution || this.#solutionBox.childElementCount > 0) return;
    this.#solutionBox.append(h('h4', {}, say(this.#options.lang, 'ui.show-solution')), highlightStatic(solution.sql, 'sql'));
  }

  /** Checks the editor's text, shows the verdict and announces it (`junction-checked`). */
  async check(): Promise<CheckResult> {
    // aria-disabled, not disabled: a disabled button drops the keyboard user's focus to <body>.
    this.#checking = true;
    this.#checkButton.setAttribute('aria-disabled', 'true');
    this.#feedback.replaceChildren(h('p', { class: 'verdict' }, say(this.#options.feedbackLang, 'ui.checking')));
    try {
      const result = await this.#options.check(this.runnable.text);
      if (!result.passed) this.#failed++;
      this.#renderFeedback(result);
      this.#goToFeedback.hidden = false;
      // Announced first: the solved mark does not wait for the answer to run on the database.
      this.element.dispatchEvent(new JunctionCheckedEvent(this.#options.exercise.id, result, this.#failed));
      // A passing answer changes the learner's database as running it would (the diagram follows);
      // a failing one changes nothing.
      if (result.passed) {
        const applied = await this.runnable.apply();
        // Only an exercise with check queries changes data or schema; a query's rows need no note.
        if (this.#options.exercise.checks.length > 0) {
          const note = say(this.#options.feedbackLang, applied ? 'ui.applied' : 'ui.not-applied');
          this.#feedback.append(h('p', { class: 'lesson-meta applied', 'data-applied': String(applied !== null) }, note));
        }
      }
      return result;
    } finally {
      this.#checking = false;
      this.#checkButton.removeAttribute('aria-disabled');
    }
  }

  #renderFeedback(result: CheckResult): void {
    const lang = this.#options.feedbackLang;
    const verdict = result.passed ? say(lang, 'ui.passed') : renderMessage(result.message, lang);
    const parts: (Node | null)[] = [
      h('p', { class: `verdict ${result.passed ? 'pass' : 'fail'}`, role: result.passed ? 'status' : 'alert' }, verdict),
    ];
    if (!result.passed && result.hint) {
      parts.push(h('div', { class: 'hint-from-wrong' }, this.#options.renderMarkdown(result.hint)));
    } else if (!result.passed && result.advice) {
      parts.push(h('p', { class: 'hint-from-checker' }, renderMessage(result.advice, lang)));
    }
    if (!result.passed && result.counterexample) {
      // The few rows that tell the results apart say more than both results on the whole database.
      parts.push(counterexampleView(result.counterexample, lang));
    } else if (!result.passed && result.expected && result.actual) {
      const { expected, actual, missing, extra } = result;
      parts.push(
        h('p', { class: 'lesson-meta' }, say(lang, 'check.diff-counts', { missing: missing.length, extra: extra.length })),
        h(
          'div',
          { class: 'diff' },
          h(
            'div',
            { class: 'expected' },
            h('h4', {}, say(lang, 'ui.expected')),
            diffTable(expected.columns, expected.rows, missing, 'missing', lang),
          ),
          h(
            'div',
            { class: 'actual' },
            h('h4', {}, say(lang, 'ui.your-result')),
            diffTable(actual.columns, actual.rows, extra, 'extra', lang),
          ),
        ),
      );
    }
    this.#feedback.replaceChildren(...parts.filter((p): p is Node => p !== null));
  }

  destroy(): void {
    this.runnable.destroy();
  }
}
