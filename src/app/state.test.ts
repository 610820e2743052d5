import { describe, expect, it } from 'vitest';
import type { Lesson } from '../core/lessons/types.js';
import { msg } from '../core/messages/message.js';
import {
  type Action,
  type AppState,
  EMPTY_PROGRESS,
  hasUnsaved,
  initialState,
  type Notice,
  type OpenLesson,
  openLesson,
  solvedCount,
  update,
} from './state.js';

const lesson: Lesson = { id: 'm2m', lang: 'en', title: 'M2M', idLine: 1, blocks: [], exercises: [] };
const open: OpenLesson = { lesson, warnings: [], markdown: (s) => s, progressKey: 'm2m' };

/** A state with the lesson open and some saved progress. */
function opened(): AppState {
  return update(initialState('en'), {
    type: 'opened',
    open,
    progress: { ...EMPTY_PROGRESS, solved: ['a'], editors: { 'sql-0': 'SELECT 1' } },
    notice: null,
  });
}

/** Runs `actions` in order and checks that no state along the way was changed in place. */
function run(state: AppState, ...actions: Action[]): AppState {
  for (const action of actions) {
    const frozen = JSON.stringify({ ...state, solvedCounts: [...state.solvedCounts] });
    const next = update(state, action);
    expect(JSON.stringify({ ...state, solvedCounts: [...state.solvedCounts] })).toBe(frozen);
    state = next;
  }
  return state;
}

describe('update', () => {
  it('opens a lesson with its progress and notice, and nothing is dirty yet', () => {
    const state = run(initialState('ru'), { type: 'opened', open, progress: EMPTY_PROGRESS, notice: msg('ui.no-lessons') });
    expect(openLesson(state)).toBe(open);
    expect(state.screen).toMatchObject({ kind: 'lesson', notice: { code: 'ui.no-lessons' } });
    expect(state).toMatchObject({ lang: 'ru', dbDirty: false, revision: 0 });
  });

  it('keeps an edit and bumps the revision the save watches; the same text again changes nothing', () => {
    const before = opened();
    const after = run(before, { type: 'edited', key: 'playground', text: 'SELECT 2' });
    expect(after.progress.editors).toEqual({ 'sql-0': 'SELECT 1', playground: 'SELECT 2' });
    expect(after.revision).toBe(before.revision + 1);
    expect(update(after, { type: 'edited', key: 'playground', text: 'SELECT 2' })).toBe(after);
  });

  it('marks the database dirty only after a run that changed it, counting each such run', () => {
    const state = opened();
    expect(update(state, { type: 'ran', modified: false })).toBe(state);
    const dirty = run(state, { type: 'ran', modified: true });
    expect(dirty).toMatchObject({ dbDirty: true, dbVersion: state.dbVersion + 1 });
    expect(run(dirty, { type: 'ran', modified: true }).dbVersion).toBe(state.dbVersion + 2);
  });

  it('records failed checks, and solved exercises once each: the one source of solved marks', () => {
    const state = run(
      opened(),
      { type: 'checked', exercise: 'b', passed: false, failedChecks: 1 },
      { type: 'checked', exercise: 'b', passed: true, failedChecks: 1 },
      { type: 'checked', exercise: 'b', passed: true, failedChecks: 1 },
    );
    expect(state.progress.solved).toEqual(['a', 'b']);
    expect(state.progress.failedChecks).toEqual({ b: 1 });
    expect(solvedCount(state, 'm2m')).toBe(2);
  });

  it('keeps moved positions, and ignores positions equal to the current ones', () => {
    const moved = run(opened(), { type: 'positions-moved', positions: { students: { x: 10, y: 20 } } });
    expect(moved.progress.positions).toEqual({ students: { x: 10, y: 20 } });
    expect(update(moved, { type: 'positions-moved', positions: { students: { x: 10, y: 20 } } })).toBe(moved);
  });

  it('merges saved counts without overwriting what this session knows', () => {
    const state = run(initialState('en'), { type: 'counts-loaded', counts: new Map([['x', 1]]) });
    const again = run(state, {
      type: 'counts-loaded',
      counts: new Map([
        ['x', 0],
        ['y', 3],
      ]),
    });
    expect([...again.solvedCounts]).toEqual([
      ['x', 1],
      ['y', 3],
    ]);
    expect(solvedCount(again, 'y')).toBe(3);
  });

  it('resets a lesson to nothing solved, and the course to no counts at all', () => {
    const withCounts = run(opened(), { type: 'counts-loaded', counts: new Map([['other', 2]]) });
    const lessonReset = run(withCounts, { type: 'reset', scope: 'lesson' });
    expect(lessonReset.screen.kind).toBe('loading');
    expect(lessonReset.progress).toBe(EMPTY_PROGRESS);
    expect([...lessonReset.solvedCounts]).toEqual([
      ['other', 2],
      ['m2m', 0],
    ]);
    const courseReset = run(withCounts, { type: 'reset', scope: 'course' });
    expect([...courseReset.solvedCounts]).toEqual([['m2m', 0]]);
  });

  it('keeps the exported database bytes and clears the dirty mark; they still await a write', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const ran = run(opened(), { type: 'ran', modified: true });
    const state = run(ran, { type: 'db-saved', bytes, version: ran.dbVersion });
    expect(state.progress.db).toBe(bytes);
    expect(state.dbDirty).toBe(false);
    expect(hasUnsaved(state)).toBe(true);
  });

  it('stays dirty when a run finished while the database was being exported', () => {
    const first = run(opened(), { type: 'ran', modified: true });
    const second = run(first, { type: 'ran', modified: true });
    const state = run(second, { type: 'db-saved', bytes: new Uint8Array([1]), version: first.dbVersion });
    expect(state.dbDirty).toBe(true);
    expect(hasUnsaved(state)).toBe(true);
  });

  it('knows what storage holds: nothing unsaved after opening, an edit until it is saved', () => {
    const state = opened();
    expect(hasUnsaved(state)).toBe(false);
    const edited = run(state, { type: 'edited', key: 'playground', text: 'SELECT 2' });
    expect(hasUnsaved(edited)).toBe(true);
    const saved = run(edited, { type: 'saved', revision: edited.revision });
    expect(saved.savedRevision).toBe(edited.revision);
    expect(hasUnsaved(saved)).toBe(false);
    expect(update(saved, { type: 'saved', revision: edited.revision })).toBe(saved);
    // A save of an older revision leaves the newer edit unsaved.
    const again = run(edited, { type: 'edited', key: 'playground', text: 'SELECT 3' }, { type: 'saved', revision: edited.revision });
    expect(hasUnsaved(again)).toBe(true);
  });

  it('opens progress that storage does not hold yet (from the journal) as unsaved', () => {
    const state = run(initialState('en'), { type: 'opened', open, progress: EMPTY_PROGRESS, notice: null, unsaved: true });
    expect(hasUnsaved(state)).toBe(true);
    expect(hasUnsaved(run(state, { type: 'saved', revision: state.revision }))).toBe(false);
  });

  it('shows notices by id, replaces one with the same id, and dismisses them', () => {
    const quota: Notice = {
      id: 'storage-save-failed',
      message: msg('storage.save-failed', { kind: 'quota' }),
      offersReset: false,
      scope: 'app',
    };
    const damaged: Notice = { id: 'lesson-damaged', message: msg('storage.record-damaged'), offersReset: true, scope: 'lesson' };
    const state = run(initialState('en'), { type: 'opened', open, progress: EMPTY_PROGRESS, notice: null, notices: [damaged] });
    expect(state.notices).toEqual([damaged]);
    const both = run(
      state,
      { type: 'noticed', notice: quota },
      { type: 'noticed', notice: { ...quota, message: msg('storage.save-failed', { kind: 'unavailable' }) } },
    );
    expect(both.notices.map((n) => n.message)).toEqual([damaged.message, msg('storage.save-failed', { kind: 'unavailable' })]);
    const dismissed = run(both, { type: 'notice-dismissed', id: 'lesson-damaged' });
    expect(dismissed.notices.map((n) => n.id)).toEqual(['storage-save-failed']);
    expect(update(dismissed, { type: 'notice-dismissed', id: 'lesson-damaged' })).toBe(dismissed);
  });

  it("drops a lesson's own notices when it is left or reset, and keeps the app's", () => {
    const quota: Notice = {
      id: 'storage-save-failed',
      message: msg('storage.save-failed', { kind: 'quota' }),
      offersReset: false,
      scope: 'app',
    };
    const linkFailed: Notice = {
      id: 'open-failed',
      message: msg('open.failed-lesson-kept', { detail: msg('ui.no-lessons') }),
      offersReset: false,
      scope: 'lesson',
    };
    const state = run(opened(), { type: 'noticed', notice: quota }, { type: 'noticed', notice: linkFailed });
    expect(run(state, { type: 'loading' }).notices).toEqual([quota]);
    expect(run(state, { type: 'reset', scope: 'lesson' }).notices).toEqual([quota]);
    expect(run(state, { type: 'opened', open, progress: EMPTY_PROGRESS, notice: null }).notices).toEqual([quota]);
  });

  it('shows the lab or the lesson, and the same half again changes nothing', () => {
    const state = opened();
    expect(state.pane).toBe('lesson');
    const lab = run(state, { type: 'pane-shown', pane: 'lab' });
    expect(lab.pane).toBe('lab');
    expect(update(lab, { type: 'pane-shown', pane: 'lab' })).toBe(lab);
    expect(run(lab, { type: 'pane-shown', pane: 'lesson' }).pane).toBe('lesson');
    // A UI choice, not progress: nothing for the save to write.
    expect(lab.revision).toBe(state.revision);
    expect(hasUnsaved(lab)).toBe(false);
  });

  it('marks the lab changed by a run while the lesson is shown, until the lab is shown', () => {
    const state = opened();
    expect(update(state, { type: 'ran', modified: false })).toBe(state);
    const changed = run(state, { type: 'ran', modified: true });
    expect(changed.labChanged).toBe(true);
    const seen = run(changed, { type: 'pane-shown', pane: 'lab' });
    expect(seen.labChanged).toBe(false);
    // A run from the lab's own playground is seen as it happens.
    expect(run(seen, { type: 'ran', modified: true }).labChanged).toBe(false);
    expect(run(seen, { type: 'pane-shown', pane: 'lesson' }, { type: 'ran', modified: true }).labChanged).toBe(true);
  });

  it('goes back to the lesson half, unmarked, when the lesson is left, reset or another opens', () => {
    const inLab = run(opened(), { type: 'pane-shown', pane: 'lab' });
    const marked = run(opened(), { type: 'ran', modified: true });
    for (const action of [
      { type: 'loading' },
      { type: 'reset', scope: 'lesson' },
      { type: 'opened', open, progress: EMPTY_PROGRESS, notice: null },
    ] satisfies Action[]) {
      expect(run(inLab, action).pane).toBe('lesson');
      expect(run(marked, action).labChanged).toBe(false);
    }
  });

  it('changes the language, and leaves the state alone for the same one', () => {
    const state = opened();
    expect(update(state, { type: 'language-changed', lang: 'en' })).toBe(state);
    expect(run(state, { type: 'language-changed', lang: 'ru' }).lang).toBe('ru');
  });

  it('shows loading and errors in place of the lesson, and drops its progress', () => {
    const loading = run(opened(), { type: 'loading' });
    expect(loading).toMatchObject({ screen: { kind: 'loading' }, progress: EMPTY_PROGRESS });
    const failed = run(opened(), { type: 'failed', title: msg('ui.open-failed'), detail: msg('ui.no-lessons') });
    expect(failed.screen).toEqual({ kind: 'error', title: msg('ui.open-failed'), detail: msg('ui.no-lessons') });
    expect(openLesson(failed)).toBeNull();
  });

  it('ignores edits, checks and runs when no lesson is open', () => {
    const state = initialState('en');
    for (const action of [
      { type: 'edited', key: 'x', text: 'y' },
      { type: 'checked', exercise: 'x', passed: true, failedChecks: 0 },
      { type: 'ran', modified: true },
      { type: 'positions-moved', positions: { a: { x: 1, y: 1 } } },
      { type: 'db-saved', bytes: new Uint8Array(), version: 1 },
      { type: 'saved', revision: 3 },
      { type: 'pane-shown', pane: 'lab' },
    ] satisfies Action[]) {
      expect(update(state, action)).toBe(state);
    }
  });
});
