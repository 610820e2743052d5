/**
 * The typed events components speak through. Each bubbles and is composed (it crosses shadow
 * roots), so a host listens once, high up, and reads typed fields — no casts, no callbacks.
 */
import type { CheckResult } from '../core/checks/check-exercise.js';
import type { Positions } from '../core/erd/route.js';
import type { Language } from '../core/messages/language.js';

/** Base class: a `junction-…` event that bubbles out of shadow DOM. */
abstract class JunctionEvent extends Event {
  constructor(type: string) {
    super(type, { bubbles: true, composed: true });
  }
}

/** The learner changed the text of an editor (`key`: `sql-0`, `exercise:enroll`, `playground`). */
export class JunctionEditEvent extends JunctionEvent {
  static readonly type = 'junction-edit';
  constructor(
    readonly key: string,
    readonly text: string,
  ) {
    super(JunctionEditEvent.type);
  }
}

/** A runnable block ran a script: how many statements ran and whether all of them succeeded. */
export class JunctionRunEvent extends JunctionEvent {
  static readonly type = 'junction-run';
  constructor(
    readonly statements: number,
    readonly ok: boolean,
  ) {
    super(JunctionRunEvent.type);
  }
}

/** An exercise was checked; `failedChecks` counts the learner's failed checks so far. */
export class JunctionCheckedEvent extends JunctionEvent {
  static readonly type = 'junction-checked';
  constructor(
    readonly exercise: string,
    readonly result: CheckResult,
    readonly failedChecks: number,
  ) {
    super(JunctionCheckedEvent.type);
  }

  get passed(): boolean {
    return this.result.passed;
  }
}

/** The diagram's box positions changed (a drag ended, or new tables were placed). */
export class JunctionPositionsEvent extends JunctionEvent {
  static readonly type = 'junction-positions';
  constructor(readonly positions: Positions) {
    super(JunctionPositionsEvent.type);
  }
}

/** A tab of a tab strip was selected. */
export class JunctionTabEvent extends JunctionEvent {
  static readonly type = 'junction-tab';
  constructor(readonly tab: string) {
    super(JunctionTabEvent.type);
  }
}

/** The learner picked another language for the app. */
export class JunctionLanguageEvent extends JunctionEvent {
  static readonly type = 'junction-language';
  constructor(readonly lang: Language) {
    super(JunctionLanguageEvent.type);
  }
}

/** The learner asked to open a lesson file (picked or dropped). */
export class JunctionOpenFileEvent extends JunctionEvent {
  static readonly type = 'junction-open-file';
  constructor(readonly file: File) {
    super(JunctionOpenFileEvent.type);
  }
}

/** The learner confirmed a reset of the open lesson or of the whole course. */
export class JunctionResetEvent extends JunctionEvent {
  static readonly type = 'junction-reset';
  constructor(readonly scope: 'lesson' | 'course') {
    super(JunctionResetEvent.type);
  }
}

declare global {
  interface HTMLElementEventMap {
    [JunctionEditEvent.type]: JunctionEditEvent;
    [JunctionRunEvent.type]: JunctionRunEvent;
    [JunctionCheckedEvent.type]: JunctionCheckedEvent;
    [JunctionPositionsEvent.type]: JunctionPositionsEvent;
    [JunctionTabEvent.type]: JunctionTabEvent;
    [JunctionLanguageEvent.type]: JunctionLanguageEvent;
    [JunctionOpenFileEvent.type]: JunctionOpenFileEvent;
    [JunctionResetEvent.type]: JunctionResetEvent;
  }
}
