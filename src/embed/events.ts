/**
 * The events a `<junction-lesson>` announces to its page. Each bubbles and is composed, and names
 * the lesson (its id) and the exercise, so a page with several embeds listens once, on `document`.
 * `junction-run` is the components' own `JunctionRunEvent` (`{statements, ok}`), let through as is.
 */
import type { CheckResult } from '../core/checks/check-exercise.js';
import { JunctionCheckedEvent, type JunctionRunEvent } from '../ui/events.js';

/** The lesson is on screen: Run and Check work from now on (its database opens when the learner first turns to it). */
export class JunctionReadyEvent extends Event {
  static readonly type = 'junction-ready';
  constructor(
    readonly lesson: string,
    /** The one exercise shown (the `exercise` attribute), or null for the whole lesson. */
    readonly exercise: string | null,
  ) {
    super(JunctionReadyEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * An exercise was checked: the components' `junction-checked` with the lesson's id added
 * (`{lesson, exercise, passed}`); `result` holds the verdict in full.
 */
export class JunctionLessonCheckedEvent extends JunctionCheckedEvent {
  constructor(
    readonly lesson: string,
    exercise: string,
    result: CheckResult,
    failedChecks: number,
  ) {
    super(exercise, result, failedChecks);
  }
}

/** A check passed: the learner solved `exercise` of `lesson` (announced on every passing check). */
export class JunctionSolvedEvent extends Event {
  static readonly type = 'junction-solved';
  constructor(
    readonly lesson: string,
    readonly exercise: string,
  ) {
    super(JunctionSolvedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [JunctionReadyEvent.type]: JunctionReadyEvent;
    [JunctionSolvedEvent.type]: JunctionSolvedEvent;
  }
  /** What a page hears on `document` from its embeds. */
  interface DocumentEventMap {
    'junction-checked': JunctionLessonCheckedEvent;
    'junction-run': JunctionRunEvent;
    [JunctionReadyEvent.type]: JunctionReadyEvent;
    [JunctionSolvedEvent.type]: JunctionSolvedEvent;
  }
}
