import { describe, expect, it } from 'vitest';
import type { Lesson } from '../core/lessons/types.js';
import { msg } from '../core/messages/message.js';
import { type Action, type AppState, EMPTY_PROGRESS, initialState, type OpenLesson, openLesson, solvedCount, update } from './state.js';

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

  it('marks the database dirty only after a run that changed it', () => {
    const state = opened();
    expect(update(state, { type: 'ran', modified: false })).toBe(state);
    const dirty = run(state, { type: 'ran', modified: true });
    expect(dirty.dbDirty).toBe(true);
    expect(update(dirty, { type: 'ran', modified: true })).toBe(dirty);
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

  it('keeps the saved database bytes and clears the dirty mark', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const state = run(opened(), { type: 'ran', modified: true }, { type: 'db-saved', bytes });
    expect(state.progress.db).toBe(bytes);
    expect(state.dbDirty).toBe(false);
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
      { type: 'db-saved', bytes: new Uint8Array() },
    ] satisfies Action[]) {
      expect(update(state, action)).toBe(state);
    }
  });
});
