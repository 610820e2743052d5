/**
 * The app's state in one place: an immutable value and a pure `update(state, action)`. The app
 * dispatches every change through it; rendering and saving read the result (see app.ts).
 */
import type { Positions } from '../core/erd/route.js';
import type { Lesson, LessonWarning } from '../core/lessons/types.js';
import type { Language } from '../core/messages/language.js';
import type { Message } from '../core/messages/message.js';
import type { CourseEntry } from './course.js';

/** A lesson opened in the app: the course's, or one from outside (a link or a file). */
export interface OpenLesson {
  lesson: Lesson;
  warnings: LessonWarning[];
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

/** What the learner did in the open lesson, saved with it. The lab database itself lives in the engine. */
export interface Progress {
  readonly solved: readonly string[];
  /** Editor texts by block key (`sql-0`, `exercise:enroll`, `playground`). */
  readonly editors: Readonly<Record<string, string>>;
  readonly failedChecks: Readonly<Record<string, number>>;
  /** Diagram box positions by table name: their one source. */
  readonly positions: Positions;
  /** The lab database as last saved (the engine holds the live one). */
  readonly db?: Uint8Array;
}

/** What the lesson pane shows. */
export type Screen =
  | { kind: 'loading' }
  | { kind: 'error'; title: Message; detail: Message }
  | { kind: 'lesson'; open: OpenLesson; notice: Message | null }
  /** The end of the course: what was solved, and where to go next. */
  | { kind: 'summary' };

export interface AppState {
  /** The chrome's language (feedback on exercises speaks the lesson's own). */
  readonly lang: Language;
  readonly screen: Screen;
  /** Progress of the open lesson (empty while none is open). */
  readonly progress: Progress;
  /** Solved counts by progress key from the saved index; the open lesson's own count is `progress.solved`. */
  readonly solvedCounts: ReadonlyMap<string, number>;
  /** Bumped by every change the save must write. */
  readonly revision: number;
  /** A run changed the lab database since it was last saved. */
  readonly dbDirty: boolean;
}

export type Action =
  | { type: 'language-changed'; lang: Language }
  | { type: 'loading' }
  | { type: 'summary-shown' }
  | { type: 'failed'; title: Message; detail: Message }
  | { type: 'opened'; open: OpenLesson; progress: Progress; notice: Message | null }
  | { type: 'edited'; key: string; text: string }
  | { type: 'ran'; modified: boolean }
  | { type: 'checked'; exercise: string; passed: boolean; failedChecks: number }
  | { type: 'positions-moved'; positions: Positions }
  | { type: 'counts-loaded'; counts: ReadonlyMap<string, number> }
  | { type: 'reset'; scope: 'lesson' | 'course' }
  | { type: 'db-saved'; bytes: Uint8Array };

export const EMPTY_PROGRESS: Progress = { solved: [], editors: {}, failedChecks: {}, positions: {} };

export function initialState(lang: Language): AppState {
  return { lang, screen: { kind: 'loading' }, progress: EMPTY_PROGRESS, solvedCounts: new Map(), revision: 0, dbDirty: false };
}

/** The open lesson, when the lesson pane shows one. */
export function openLesson(state: AppState): OpenLesson | null {
  return state.screen.kind === 'lesson' ? state.screen.open : null;
}

/** How many exercises of the lesson saved under `progressKey` are solved. */
export function solvedCount(state: AppState, progressKey: string): number {
  if (openLesson(state)?.progressKey === progressKey) return state.progress.solved.length;
  return state.solvedCounts.get(progressKey) ?? 0;
}

/** The next state after `action`; never changes `state`. */
export function update(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'language-changed':
      return action.lang === state.lang ? state : { ...state, lang: action.lang };
    case 'loading':
      return { ...leaving(state), screen: { kind: 'loading' } };
    case 'summary-shown':
      return { ...leaving(state), screen: { kind: 'summary' } };
    case 'failed':
      return { ...leaving(state), screen: { kind: 'error', title: action.title, detail: action.detail } };
    case 'opened':
      return {
        ...leaving(state),
        screen: { kind: 'lesson', open: action.open, notice: action.notice },
        progress: action.progress,
        solvedCounts: withCount(leaving(state).solvedCounts, action.open.progressKey, action.progress.solved.length),
      };
    case 'edited':
      if (!openLesson(state) || state.progress.editors[action.key] === action.text) return state;
      return changed(state, { editors: { ...state.progress.editors, [action.key]: action.text } });
    case 'ran':
      return action.modified && openLesson(state) && !state.dbDirty ? { ...state, dbDirty: true } : state;
    case 'checked': {
      if (!openLesson(state)) return state;
      const { solved, failedChecks } = state.progress;
      const nowSolved = action.passed && !solved.includes(action.exercise);
      return changed(state, {
        failedChecks: { ...failedChecks, [action.exercise]: action.failedChecks },
        ...(nowSolved ? { solved: [...solved, action.exercise] } : {}),
      });
    }
    case 'positions-moved':
      if (!openLesson(state) || samePositions(state.progress.positions, action.positions)) return state;
      return changed(state, { positions: action.positions });
    case 'counts-loaded': {
      // Counts read from storage never overwrite ones this session already knows better.
      const counts = new Map(action.counts);
      for (const [key, n] of state.solvedCounts) counts.set(key, n);
      return { ...state, solvedCounts: counts };
    }
    case 'reset': {
      const key = openLesson(state)?.progressKey;
      const counts = new Map(action.scope === 'course' ? [] : state.solvedCounts);
      if (key !== undefined) counts.set(key, 0);
      return { ...state, screen: { kind: 'loading' }, progress: EMPTY_PROGRESS, solvedCounts: counts, dbDirty: false };
    }
    case 'db-saved':
      if (!openLesson(state)) return state;
      return { ...state, progress: { ...state.progress, db: action.bytes }, dbDirty: false };
    default: {
      const never: never = action;
      throw new Error(`Unknown app action ${JSON.stringify(never)}.`);
    }
  }
}

/** The state without its open lesson; the lesson's solved count stays known for the index. */
function leaving(state: AppState): AppState {
  const open = openLesson(state);
  const solvedCounts = open ? withCount(state.solvedCounts, open.progressKey, state.progress.solved.length) : state.solvedCounts;
  return { ...state, progress: EMPTY_PROGRESS, solvedCounts, dbDirty: false };
}

function withCount(counts: ReadonlyMap<string, number>, key: string, n: number): ReadonlyMap<string, number> {
  if (counts.get(key) === n) return counts;
  return new Map(counts).set(key, n);
}

function changed(state: AppState, progress: Partial<Progress>): AppState {
  return { ...state, progress: { ...state.progress, ...progress }, revision: state.revision + 1 };
}

function samePositions(a: Positions, b: Positions): boolean {
  const keys = Object.keys(b);
  return Object.keys(a).length === keys.length && keys.every((k) => a[k]?.x === b[k]?.x && a[k]?.y === b[k]?.y);
}
