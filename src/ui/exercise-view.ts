/**
 * One exercise: its editor, Run (on the lab database), Check (on scratch copies), hints one at a
 * time, the solution on request, and feedback with expected vs actual rows.
 */
import type { CheckResult } from '../core/checks/check-exercise.js';
import type { SqlValue } from '../core/engine.js';
import type { Exercise } from '../core/lessons/types.js';
import { h } from './dom.js';
import { highlightStatic } from './highlight.js';
import { t } from './i18n.js';
import { renderCell } from './results-view.js';
import { RunnableBlock } from './runnable-block.js';
import type { LabSession } from './lab-session.js';

export interface ExerciseViewOptions {
  exercise: Exercise;
  session: LabSession;
  /** The learner's saved text, else the starter. */
  text: string;
  solved: boolean;
  failedChecks: number;
  check: (answer: string) => Promise<CheckResult>;
  renderMarkdown: (markdown: string) => DocumentFragment;
  explain?: (message: string, sql: string) => string | null;
  onChange: (text: string) => void;
  onChecked: (result: CheckResult, failedChecks: number) => void;
}

type Rows = SqlValue[][];

const rowKey = (row: SqlValue[]) => JSON.stringify(row.map((v) => (v instanceof Uint8Array ? Array.from(v) : v)));

/** A rows table where rows found in `marked` (as a multiset) get `className`. */
function diffTable(columns: string[], rows: Rows, marked: Rows, className: string): HTMLElement {
  const pending = new Map<string, number>();
  for (const row of marked) pending.set(rowKey(row), (pending.get(rowKey(row)) ?? 0) + 1);
  const body = h('tbody');
  for (const row of rows) {
    const key = rowKey(row);
    const left = pending.get(key) ?? 0;
    if (left > 0) pending.set(key, left - 1);
    body.append(h('tr', { class: left > 0 ? className : undefined }, ...row.map(renderCell)));
  }
  const head = h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)));
  return h('div', { class: 'table-scroll' }, h('table', { class: 'rows' }, h('thead', {}, head), body));
}

export class ExerciseView {
  readonly element: HTMLElement;
  readonly runnable: RunnableBlock;
  readonly #options: ExerciseViewOptions;
  readonly #badge: HTMLElement;
  readonly #feedback = h('div', { class: 'feedback', 'aria-live': 'polite' });
  readonly #hints = h('ol', { class: 'hints-list' });
  readonly #hintButton: HTMLButtonElement;
  readonly #checkButton: HTMLButtonElement;
  readonly #solutionBox = h('div', { class: 'solution' });
  #failed: number;
  #hintsShown = 0;

  constructor(options: ExerciseViewOptions) {
    this.#options = options;
    this.#failed = options.failedChecks;
    const { exercise } = options;
    this.#badge = h('span', { class: 'badge' });
    this.runnable = new RunnableBlock({
      code: options.text,
      session: options.session,
      label: `${t('exercise')} ${exercise.title ?? exercise.id}`,
      onChange: options.onChange,
      className: 'exercise-editor',
      ...(options.explain ? { explain: options.explain } : {}),
    });
    this.#checkButton = h('button', { class: 'btn primary', type: 'button', 'data-action': 'check' }, `✓ ${t('check')}`);
    this.#hintButton = h('button', { class: 'btn', type: 'button', 'data-action': 'hint' }, t('hint'));
    const solutionButton = h('button', { class: 'btn quiet', type: 'button', 'data-action': 'solution' }, t('showSolution'));
    this.#hintButton.hidden = exercise.hints.length === 0;
    solutionButton.hidden = !exercise.solution;
    this.#checkButton.addEventListener('click', () => void this.check());
    this.#hintButton.addEventListener('click', () => this.showNextHint());
    solutionButton.addEventListener('click', () => {
      if (this.#failed < 2 && !window.confirm(t('confirmSolution'))) return;
      this.showSolution();
    });
    this.element = h(
      'section',
      { class: 'exercise', 'data-exercise': exercise.id, 'aria-label': `${t('exercise')}: ${exercise.title ?? exercise.id}` },
      h('header', {}, h('h3', {}, `${t('exercise')}: ${exercise.title ?? exercise.id}`), this.#badge),
      this.runnable.element,
      h('div', { class: 'toolbar' }, this.#checkButton, this.#hintButton, solutionButton),
      this.#feedback,
      h('div', { class: 'hints' }, this.#hints),
      this.#solutionBox,
    );
    this.setSolved(options.solved);
  }

  setSolved(solved: boolean): void {
    this.element.classList.toggle('solved', solved);
    this.#badge.textContent = solved ? `✓ ${t('solved')}` : t('notSolved');
  }

  showNextHint(): void {
    const hint = this.#options.exercise.hints[this.#hintsShown];
    if (!hint) return;
    this.#hintsShown++;
    this.#hints.append(h('li', {}, this.#options.renderMarkdown(hint.markdown)));
    const more = this.#hintsShown < this.#options.exercise.hints.length;
    this.#hintButton.textContent = more ? t('nextHint') : t('noMoreHints');
    this.#hintButton.disabled = !more;
  }

  showSolution(): void {
    const solution = this.#options.exercise.solution;
    if (!solution || this.#solutionBox.childElementCount > 0) return;
    this.#solutionBox.append(h('h4', {}, t('showSolution')), highlightStatic(solution.sql, 'sql'));
  }

  /** Checks the editor's text and shows the verdict. */
  async check(): Promise<CheckResult> {
    this.#checkButton.disabled = true;
    this.#feedback.replaceChildren(h('p', { class: 'verdict' }, t('checking')));
    try {
      const result = await this.#options.check(this.runnable.editor.text);
      if (!result.passed) this.#failed++;
      this.#renderFeedback(result);
      if (result.passed) this.setSolved(true);
      this.#options.onChecked(result, this.#failed);
      return result;
    } finally {
      this.#checkButton.disabled = false;
    }
  }

  #renderFeedback(result: CheckResult): void {
    const parts: (Node | null)[] = [
      h(
        'p',
        { class: `verdict ${result.passed ? 'pass' : 'fail'}`, role: result.passed ? 'status' : 'alert' },
        result.passed ? t('passed') : result.message,
      ),
    ];
    if (!result.passed && result.hint) {
      parts.push(h('div', { class: 'hint-from-wrong' }, this.#options.renderMarkdown(result.hint)));
    }
    if (!result.passed && result.expected && result.actual) {
      const counts = `${result.missing.length} ${t('missingRows')}, ${result.extra.length} ${t('extraRows')}`;
      parts.push(
        h('p', { class: 'lesson-meta' }, counts),
        h(
          'div',
          { class: 'diff' },
          h(
            'div',
            { class: 'expected' },
            h('h4', {}, t('expected')),
            diffTable(result.expected.columns, result.expected.rows, result.missing, 'missing'),
          ),
          h(
            'div',
            { class: 'actual' },
            h('h4', {}, t('yourResult')),
            diffTable(result.actual.columns, result.actual.rows, result.extra, 'extra'),
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
