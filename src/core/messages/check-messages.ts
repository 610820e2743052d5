/**
 * Catalogue section: the checker's verdicts on an exercise answer, and the summary of a result diff.
 * Its phrases, a file per language: check-messages-en.ts, check-messages-ru.ts.
 */
import type { Message } from './message.js';

/** Which part of a lesson failed while checking (the lesson's fault, not the learner's). */
export type LessonPart = 'setup' | 'variant' | 'solution' | 'reference-check' | 'earlier-solution';

export interface CheckParams {
  'check.no-solution': Record<never, never>;
  'check.timeout': Record<never, never>;
  /** The answer stopped with SQLite error `error` on `line`; `explanation` says it in plain words. */
  'check.code-error': { line: number; error: string; explanation: Message | null };
  /** After the answer, one of the exercise's check queries fails on the learner's copy. */
  'check.check-query-error': { sql: string; error: string; explanation: Message | null };
  'check.no-rows': Record<never, never>;
  'check.column-count': { actual: number; expected: number };
  'check.column-names': { expected: string[]; actual: string[] };
  'check.order': Record<never, never>;
  'check.rows': { missing: number; extra: number };
  /** A difference found by the exercise's check queries (the data after the code, not its result). */
  'check.data-differs': { difference: Message };
  /** Right on the lesson's data, wrong on the variant copy. */
  'check.accidental-match': { difference: Message };
  'check.passed-data': Record<never, never>;
  'check.passed-result': Record<never, never>;
  /** A failed verdict on an answer that switches foreign keys off. */
  'check.foreign-keys-off': { verdict: Message };
  /** The lesson itself is broken; `exercise` names the earlier exercise for `earlier-solution`. */
  'check.lesson-fault': { part: LessonPart; exercise?: string; line: number; error: Message };
  /** The line over an expected/actual diff. */
  'check.diff-counts': { missing: number; extra: number };
}

/** A check query on one line, cut to fit a sentence. */
export function oneLine(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}
