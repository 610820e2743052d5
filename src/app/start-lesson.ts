/** Starts a lesson on a fresh lab session: its saved progress, its saved database or its setup. */
import type { Engine } from '../core/engine.js';
import { errorText } from '../core/engine.js';
import { LabSession } from '../core/lab/lab-session.js';
import { type Message, msg } from '../core/messages/message.js';
import type { LessonProgress, ProgressStore } from './progress-store.js';
import type { OpenLesson, Progress } from './state.js';

export interface StartedLesson {
  session: LabSession;
  progress: Progress;
  /** Said above the lesson: its setup failed, or the saved database could not be opened. */
  notice: Message | null;
}

/** Loads `open`'s progress and opens the lab database from it (or from the lesson's setup). */
export async function startLesson(engine: Engine, store: ProgressStore, open: OpenLesson): Promise<StartedLesson> {
  const saved = await store.load(open.progressKey);
  const session = new LabSession(engine);
  const setup = open.lesson.setup ?? '';
  let notice: Message | null = null;
  let db = saved.db;
  try {
    const outcome = await session.reset(db ? { bytes: db } : { setup });
    if (outcome && !outcome.ok) notice = msg('ui.setup-failed', { line: outcome.error.line, error: errorText(outcome.error) });
  } catch (e) {
    // A saved database that no longer opens: start the lesson afresh rather than lose the page.
    await session.reset({ setup });
    db = undefined;
    notice = msg('ui.saved-db-unreadable', { reason: e instanceof Error ? e.message : String(e) });
  }
  return { session, progress: fromSaved(saved, db), notice };
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
