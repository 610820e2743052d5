/**
 * Which statement of a run the diagram highlights: after a run of several statements, a caption
 * names the one shown (by default the last that used a table) and two buttons step through the
 * others, so each statement's tables and joins can be seen in turn.
 */
import type { StatementUse } from '../core/lab/lab-session.js';
import type { Language } from '../core/messages/language.js';
import { say } from '../core/messages/renderer.js';
import { h } from './dom.js';

/** How much of a statement the caption shows, on one line. */
const SQL_CHARS = 80;

export class DiagramStatements {
  readonly element: HTMLElement;
  readonly #lang: Language;
  readonly #caption: HTMLElement;
  readonly #buttons: HTMLButtonElement[];
  readonly #onStep: (caption: string) => void;
  /** The run's statements that used a table. */
  #steps: StatementUse[] = [];
  #count = 0;
  #at = 0;

  /** `onStep` hears the new caption when the learner steps to another statement. */
  constructor(lang: Language, onStep: (caption: string) => void) {
    this.#lang = lang;
    this.#onStep = onStep;
    const button = (label: string, title: string, step: number) => {
      const b = h(
        'button',
        {
          type: 'button',
          class: 'btn quiet',
          title,
          'aria-label': title,
          'data-action': step < 0 ? 'previous-statement' : 'next-statement',
        },
        label,
      );
      b.addEventListener('click', () => this.step(step));
      return b;
    };
    this.#buttons = [button('‹', say(lang, 'diagram.previous-statement'), -1), button('›', say(lang, 'diagram.next-statement'), 1)];
    this.#caption = h('span', { class: 'diagram-statement' });
    this.element = h('div', { class: 'diagram-statements', hidden: true }, this.#buttons[0]!, this.#caption, this.#buttons[1]!);
  }

  /** Takes a run's statements (`count` in all); shows the last one that used a table. */
  setRun(statements: readonly StatementUse[], count: number): void {
    this.#steps = statements.filter((s) => s.tables.length > 0);
    this.#count = count;
    this.#at = this.#steps.length - 1;
    this.#render();
  }

  /** The tables of the statement shown (none when no statement of the run used a table). */
  get tables(): readonly string[] {
    return this.#steps[this.#at]?.tables ?? [];
  }

  /** Shows the statement `by` steps on (negative: back), wrapping around the run. */
  step(by: number): void {
    const n = this.#steps.length;
    if (n < 2) return;
    this.#at = (((this.#at + by) % n) + n) % n;
    this.#render();
    this.#onStep(this.#caption.textContent ?? '');
  }

  #render(): void {
    const shown = this.#steps[this.#at];
    // One statement is its own caption: there is nothing to tell apart.
    this.element.hidden = !shown || this.#count < 2;
    for (const b of this.#buttons) b.hidden = this.#steps.length < 2;
    if (!shown) return;
    const chars = [...shown.sql.replace(/\s+/g, ' ').trim()];
    const sql = chars.length > SQL_CHARS ? `${chars.slice(0, SQL_CHARS - 1).join('')}…` : chars.join('');
    this.#caption.textContent = say(this.#lang, 'diagram.statement', { index: shown.index + 1, count: this.#count, line: shown.line, sql });
  }
}
