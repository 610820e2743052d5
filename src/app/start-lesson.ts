/** Starts a lesson on a fresh lab session: its saved progress, its saved database or its setup. */
import type { Engine } from '../core/engine.js';
import { errorText, scriptErrorMessage } from '../core/engine.js';
import { LabSession } from '../core/lab/lab-session.js';
import { type Message, msg } from '../core/messages/message.js';
import type { LessonDamage, LessonProgress, ProgressStore } from './progress-store.js';
import type { OpenLesson, Progress } from './state.js';

export interface StartedLesson {
  session: LabSession;
  progress: Progress;
  /** Said above the lesson: its setup failed. */
  notice: Message | null;
  /** Said above the lesson with an offer to start it afresh: saved work was damaged and set aside. */
  damage: Message | null;
  /** What was loaded differs from what IndexedDB holds (the journal's newer changes): write it now. */
  unsaved: boolean;
}

/**
 * A lesson whose progress is loaded and whose lab database is being opened: the views can be built
 * now, while SQLite may still be booting (runs queue behind the opening), and `started` says how the
 * opening went.
 */
export interface BegunLesson {
  session: LabSession;
  /** The progress as stored; `started.progress` differs only when its saved database was set aside. */
  progress: Progress;
  /** Damage already known from the stored record. */
  damage: Message | null;
  unsaved: boolean;
  started: Promise<StartedLesson>;
}

/** Loads `open`'s progress and starts opening the lab database from it (or from the lesson's setup). */
export async function beginLesson(engine: Engine, store: ProgressStore, open: OpenLesson): Promise<BegunLesson> {
  const loaded = await store.load(open.progressKey);
  const saved = loaded.record;
  const session = new LabSession(engine);
  const damage = damageMessage(loaded.damage);
  const started = openDatabase(session, store, open, saved, damage, loaded.fromJournal, loaded.runs);
  // Awaited by the caller after it has built its views; a failure is theirs to report then.
  started.catch(() => undefined);
  return { session, progress: fromSaved(saved, saved.db), damage, unsaved: loaded.fromJournal, started };
}

/** Loads `open`'s progress and opens the lab database from it (or from the lesson's setup). */
export async function startLesson(engine: Engine, store: ProgressStore, open: OpenLesson): Promise<StartedLesson> {
  return (await beginLesson(engine, store, open)).started;
}

async function openDatabase(
  session: LabSession,
  store: ProgressStore,
  open: OpenLesson,
  saved: LessonProgress,
  recordDamage: Message | null,
  unsaved: boolean,
  runs: readonly string[],
): Promise<StartedLesson> {
  const setup = open.lesson.setup ?? '';
  let notice: Message | null = null;
  let damage = recordDamage;
  let db = saved.db;
  const problem = db ? await openSaved(session, db) : null;
  if (problem !== null) {
    // A saved database that no longer opens, or is damaged inside: set it aside, start afresh.
    await store.setAsideDb(open.progressKey, saved, problem);
    db = undefined;
    damage = msg('storage.db-damaged', { reason: problem || null });
  }
  if (!db) {
    const outcome = await session.reset({ setup });
    if (outcome && !outcome.ok) notice = msg('ui.setup-failed', { line: outcome.error.line, error: scriptErrorMessage(outcome.error) });
  }
  // Runs the page closed on before their database was saved, again, on the database they followed
  // (not on a fresh one that replaced a damaged save). The host saves the result.
  const replayed = problem === null && runs.length > 0;
  if (replayed) for (const script of runs) await session.run(script);
  return { session, progress: fromSaved(saved, db), notice, damage, unsaved: unsaved || replayed };
}

/**
 * Opens saved database bytes and has SQLite check every page; resolves to null when they are
 * sound, else to why not (SQLite's own text, or '' when it only said the check failed).
 */
async function openSaved(session: LabSession, bytes: Uint8Array): Promise<string | null> {
  try {
    await session.reset({ bytes });
    const outcome = await session.engine.run(session.db, 'PRAGMA quick_check', { read: true });
    if (!outcome.ok) return errorText(outcome.error);
    const verdict = outcome.results[0]?.rows[0]?.[0];
    return verdict === 'ok' ? null : typeof verdict === 'string' ? verdict : '';
  } catch (e) {
    return e instanceof Error ? e.message : '';
  }
}

/** The one sentence for what was set aside of a lesson's record. */
function damageMessage(damage: LessonDamage | null): Message | null {
  if (!damage) return null;
  if (!damage.kept) return msg('storage.record-unreadable');
  if (damage.fields.length === 1 && damage.fields[0] === 'db') return msg('storage.db-damaged', { reason: null });
  return msg('storage.record-damaged');
}

/** The stored record as immutable progress. */
function fromSaved(saved: LessonProgress, db: Uint8Array | undefined): Progress {
  return {
    solved: [...saved.solved],
    editors: { ...saved.editors },
    failedChecks: { ...saved.failedChecks },
    positions: { ...(saved.positions ?? {}) },
    ...(db ? { db } : {}),
  };
}

/** Progress as the store keeps it. */
export function toSaved(progress: Progress): LessonProgress {
  return {
    solved: [...progress.solved],
    editors: { ...progress.editors },
    failedChecks: { ...progress.failedChecks },
    positions: { ...progress.positions },
    ...(progress.db ? { db: progress.db } : {}),
  };
}
