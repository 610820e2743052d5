/**
 * One exercise: its editor, Run (on the lab database), Check (on scratch copies), hints one at a
 * time, the solution on request, and feedback with expected vs actual rows.
 */
import type { CheckResult } from '../core/checks/check-exercise.js';
import type { Exercise } from '../core/lessons/types.js';
import type { LabSession } from '../core/lab/lab-session.js';
import type { Language } from '../core/messages/language.js';
import { loadCatalogue, say } from '../core/messages/renderer.js';
import { h } from './dom.js';
import { JunctionCheckedEvent } from './events.js';
import { highlightStatic } from './highlight.js';
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
      // The verdict's views (rows tables, counterexamples) and words load with the first Check.
      const [result, { feedbackParts }] = await Promise.all([
        this.#options.check(this.runnable.text),
        import('./exercise-feedback.js'),
        loadCatalogue(this.#options.feedbackLang),
      ]);
      if (!result.passed) this.#failed++;
      this.#feedback.replaceChildren(...feedbackParts(result, this.#options.feedbackLang, this.#options.renderMarkdown));
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

  destroy(): void {
    this.runnable.destroy();
  }
}
