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

/** A notice over the lesson pane, until the learner dismisses it. */
export interface Notice {
  /** One notice per id: another with the same id replaces it. */
  readonly id: string;
  readonly message: Message;
  /** It offers to start the open lesson afresh (its saved work was damaged). */
  readonly offersReset: boolean;
  /** `lesson`: about the open lesson, gone when it is left; `app`: about storage, kept until dismissed. */
  readonly scope: 'lesson' | 'app';
}

/** What the lesson pane shows. */
export type Screen =
  | { kind: 'loading' }
  | { kind: 'error'; title: Message; detail: Message }
  | { kind: 'lesson'; open: OpenLesson; notice: Message | null }
  /** The end of the course: what was solved, and where to go next. */
  | { kind: 'summary' };

/** The two halves of the app a narrow screen shows one at a time: the lesson, or the lab beside it. */
export type Pane = 'lesson' | 'lab';

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
  /** The revision last written to storage (-1: what is open has never been written as it is). */
  readonly savedRevision: number;
  /** A run changed the lab database since it was last exported into `progress.db`. */
  readonly dbDirty: boolean;
  /** Bumped by every run that changed the lab database, so an export knows which runs it holds. */
  readonly dbVersion: number;
  readonly notices: readonly Notice[];
  /** The half a narrow screen shows; wide screens show both (and ignore it). */
  readonly pane: Pane;
  /** A run changed the lab database while the lesson was the half shown: the lab's switch marks it until the lab is shown. */
  readonly labChanged: boolean;
}

export type Action =
  | { type: 'language-changed'; lang: Language }
  | { type: 'loading' }
  | { type: 'summary-shown' }
  | { type: 'failed'; title: Message; detail: Message }
  /** `notices` are the lesson's own (damaged storage); `unsaved`: the progress is newer than storage (from the journal). */
  | { type: 'opened'; open: OpenLesson; progress: Progress; notice: Message | null; notices?: readonly Notice[]; unsaved?: boolean }
  | { type: 'edited'; key: string; text: string }
  | { type: 'ran'; modified: boolean }
  | { type: 'checked'; exercise: string; passed: boolean; failedChecks: number }
  | { type: 'positions-moved'; positions: Positions }
  | { type: 'counts-loaded'; counts: ReadonlyMap<string, number> }
  | { type: 'reset'; scope: 'lesson' | 'course' }
  /** The lab database exported as of run `version` (a `dbVersion`). */
  | { type: 'db-saved'; bytes: Uint8Array; version: number }
  /** Storage now holds the open lesson's progress as of `revision`. */
  | { type: 'saved'; revision: number }
  | { type: 'noticed'; notice: Notice }
  | { type: 'notice-dismissed'; id: string }
  /** The learner picked the lesson or the lab (on a narrow screen, where one is shown at a time). */
  | { type: 'pane-shown'; pane: Pane };

export const EMPTY_PROGRESS: Progress = { solved: [], editors: {}, failedChecks: {}, positions: {} };

export function initialState(lang: Language): AppState {
  return {
    lang,
    screen: { kind: 'loading' },
    progress: EMPTY_PROGRESS,
    solvedCounts: new Map(),
    revision: 0,
    savedRevision: 0,
    dbDirty: false,
    dbVersion: 0,
    notices: [],
    pane: 'lesson',
    labChanged: false,
  };
}

/** The open lesson has changes (text, positions, checks or its database) that storage does not hold yet. */
export function hasUnsaved(state: AppState): boolean {
  return openLesson(state) !== null && (state.revision !== state.savedRevision || state.dbDirty);
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
    case 'opened': {
      const left = leaving(state);
      return {
        ...left,
        screen: { kind: 'lesson', open: action.open, notice: action.notice },
        progress: action.progress,
        solvedCounts: withCount(left.solvedCounts, action.open.progressKey, action.progress.solved.length),
        savedRevision: action.unsaved ? -1 : state.revision,
        notices: (action.notices ?? []).reduce(withNotice, left.notices),
      };
    }
    case 'edited':
      if (!openLesson(state) || state.progress.editors[action.key] === action.text) return state;
      return changed(state, { editors: { ...state.progress.editors, [action.key]: action.text } });
    case 'ran':
      if (!action.modified || !openLesson(state)) return state;
      return { ...state, dbDirty: true, dbVersion: state.dbVersion + 1, labChanged: state.labChanged || state.pane === 'lesson' };
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
      return {
        ...state,
        screen: { kind: 'loading' },
        progress: EMPTY_PROGRESS,
        solvedCounts: counts,
        dbDirty: false,
        notices: state.notices.filter((n) => n.scope === 'app'),
        pane: 'lesson',
        labChanged: false,
      };
    }
    case 'db-saved':
      if (!openLesson(state)) return state;
      // A run that finished while the export was under way is not in these bytes: still dirty.
      return { ...changed(state, { db: action.bytes }), dbDirty: action.version !== state.dbVersion };
    case 'saved':
      return openLesson(state) && action.revision !== state.savedRevision ? { ...state, savedRevision: action.revision } : state;
    case 'noticed':
      return { ...state, notices: withNotice(state.notices, action.notice) };
    case 'pane-shown':
      if (action.pane === state.pane || !openLesson(state)) return state;
      return { ...state, pane: action.pane, labChanged: action.pane === 'lab' ? false : state.labChanged };
    case 'notice-dismissed': {
      const notices = state.notices.filter((n) => n.id !== action.id);
      return notices.length === state.notices.length ? state : { ...state, notices };
    }
    default: {
      const never: never = action;
      throw new Error(`Unknown app action ${JSON.stringify(never)}.`);
    }
  }
}

/** The state without its open lesson (and back on its lesson half); the lesson's solved count stays known for the index. */
function leaving(state: AppState): AppState {
  const open = openLesson(state);
  const solvedCounts = open ? withCount(state.solvedCounts, open.progressKey, state.progress.solved.length) : state.solvedCounts;
  const notices = state.notices.some((n) => n.scope === 'lesson') ? state.notices.filter((n) => n.scope === 'app') : state.notices;
  return { ...state, progress: EMPTY_PROGRESS, solvedCounts, dbDirty: false, notices, pane: 'lesson', labChanged: false };
}

/** `notices` with `notice` added, or in place of the one with its id. */
function withNotice(notices: readonly Notice[], notice: Notice): readonly Notice[] {
  const i = notices.findIndex((n) => n.id === notice.id);
  return i < 0 ? [...notices, notice] : notices.map((n, j) => (j === i ? notice : n));
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
