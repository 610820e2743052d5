/**
 * Grades a learner's answer to one exercise exactly as docs/lesson-format.md describes: scratch copies of
 * the exercise's base database (and of base + variant), check queries or the last result, wrong-answer hints.
 */
import { errorText } from '../engine.js';
import type { Engine, ScriptError, SqlValue } from '../engine.js';
import type { ColumnRule, Exercise, Lesson, RowOrder } from '../lessons/types.js';
import { introspectSchema } from '../schema/introspect.js';
import type { Schema } from '../schema/types.js';
import { compareResults, type Comparison, type ResultTable } from './compare.js';
import { explainSqlError } from './explain-error.js';
import { endsWithTopLevelOrderBy } from './order-by.js';
import { type Outcome, outcomeOf, sameOutcome } from './outcome.js';

/**
 * Where an error came from. The learner's: their code (`answer`) or a check query run on their copy
 * (`answer-check`, e.g. they dropped a table it reads). The lesson's: its setup, variant, a reference
 * solution, or a check query that fails even on the reference copy (`reference-check`).
 */
export type CheckErrorSource = 'answer' | 'answer-check' | 'setup' | 'variant' | 'solution' | 'reference-check';

const LESSON_SOURCES: ReadonlySet<CheckErrorSource> = new Set(['setup', 'variant', 'solution', 'reference-check']);

/** A SQL error met while checking, with SQLite's text and a plain-language explanation when one is known. */
export interface CheckError {
  source: CheckErrorSource;
  message: string;
  explanation: string | null;
  /** The failing statement and its 1-based line in the code it came from. */
  sql: string;
  line: number;
}

/** The verdict on one answer; `missing`/`extra` are rows the answer lacks or has too many of. */
export interface CheckResult {
  passed: boolean;
  message: string;
  /** The matching `wrong` block's hint (markdown), or null. */
  hint: string | null;
  expected?: ResultTable;
  actual?: ResultTable;
  missing: SqlValue[][];
  extra: SqlValue[][];
  error?: CheckError;
}

/** True when the error is a bug in the lesson rather than a mistake in the learner's answer. */
export function isLessonFault(error: CheckError): boolean {
  return LESSON_SOURCES.has(error.source);
}

/** Scratch database names; the learner's playground (`main`) is never touched. */
export const CHECK_DATABASES = {
  base: 'check:base',
  learner: 'check:learner',
  reference: 'check:reference',
  wrong: 'check:wrong',
} as const;

const queues = new WeakMap<Engine, Promise<unknown>>();

/** Checks `answer` for exercise `exerciseId` of `lesson`; throws only when the lesson has no such exercise (a caller bug). */
export async function checkExercise(engine: Engine, lesson: Lesson, exerciseId: string, answer: string): Promise<CheckResult> {
  const exercise = lesson.exercises.find((e) => e.id === exerciseId);
  if (!exercise) throw new Error(`Lesson "${lesson.id}" has no exercise "${exerciseId}".`);
  // Checks share the scratch database names, so two at once on one engine must not interleave.
  const previous = queues.get(engine) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => runCheck(engine, lesson, exercise, answer));
  queues.set(engine, next);
  return next;
}

async function runCheck(engine: Engine, lesson: Lesson, exercise: Exercise, answer: string): Promise<CheckResult> {
  const solution = exercise.solution;
  if (!solution) return failure('This exercise has no reference solution, so it cannot be checked.');
  try {
    const base = await buildBase(engine, lesson, exercise);
    if ('failed' in base) return base.failed;
    const passes: { bytes: Uint8Array; variant: boolean }[] = [{ bytes: base.bytes, variant: false }];
    if (lesson.variant !== undefined) {
      await engine.open(CHECK_DATABASES.base, base.bytes);
      const run = await engine.run(CHECK_DATABASES.base, lesson.variant);
      if (!run.ok) return lessonError('variant', run.error, "The lesson's variant SQL fails");
      passes.push({ bytes: await engine.export(CHECK_DATABASES.base), variant: true });
    }
    let lastPass: CheckResult | null = null;
    for (const pass of passes) {
      const reference = await outcomeOf(engine, CHECK_DATABASES.reference, pass.bytes, solution.sql, exercise.checks);
      if (!reference.ok) {
        return reference.failedIn === 'code'
          ? lessonError('solution', reference.error, "The lesson's reference solution fails")
          : lessonError('reference-check', reference.error, 'A check query of this exercise fails on the reference solution');
      }
      const rules = {
        order: exercise.order ?? (endsWithTopLevelOrderBy(reference.lastQuery) ? 'exact' : 'any'),
        columns: exercise.columns ?? 'ignore',
      } satisfies { order: RowOrder; columns: ColumnRule };
      const learner = await outcomeOf(engine, CHECK_DATABASES.learner, pass.bytes, answer, exercise.checks);
      // Only an error needs the schema (its explanation names tables and reads INSERTs without a column
      // list), and only the learner's copy has the tables their code created or changed.
      const schema = learner.ok ? undefined : await schemaOf(engine, CHECK_DATABASES.learner);
      const verdict = judge(learner, reference, rules, exercise.checks.length > 0, pass.variant, schema);
      if (!verdict.passed) {
        verdict.hint = await wrongHint(engine, exercise, pass.bytes, learner, rules);
        if (/pragma\s+foreign_keys\s*=\s*(off|0|false|no)\b/i.test(answer)) {
          verdict.message += ' Note: your code turns foreign keys off, so SQLite no longer checks that ids point at existing rows.';
        }
        return verdict;
      }
      lastPass = verdict;
    }
    if (!lastPass) throw new Error('An exercise check ran no pass at all.');
    return lastPass;
  } finally {
    for (const db of Object.values(CHECK_DATABASES)) await engine.close(db);
  }
}

/** A fresh database with `setup` and the solutions of the exercises before this one, as file bytes. */
async function buildBase(engine: Engine, lesson: Lesson, exercise: Exercise): Promise<{ bytes: Uint8Array } | { failed: CheckResult }> {
  const db = CHECK_DATABASES.base;
  await engine.open(db);
  if (lesson.setup !== undefined) {
    const run = await engine.run(db, lesson.setup);
    if (!run.ok) return { failed: lessonError('setup', run.error, "The lesson's setup SQL fails") };
  }
  for (const earlier of lesson.exercises) {
    if (earlier === exercise) break;
    if (!earlier.solution) continue;
    const run = await engine.run(db, earlier.solution.sql);
    if (!run.ok) return { failed: lessonError('solution', run.error, `The solution of the earlier exercise "${earlier.id}" fails`) };
  }
  return { bytes: await engine.export(db) };
}

/** Compares the learner's outcome with the reference's and words the verdict for the learner. */
function judge(
  learner: Outcome,
  reference: Extract<Outcome, { ok: true }>,
  rules: { order: RowOrder; columns: ColumnRule },
  withChecks: boolean,
  variant: boolean,
  schema: Schema | undefined,
): CheckResult {
  if (!learner.ok) {
    const error = toCheckError(learner.failedIn === 'code' ? 'answer' : 'answer-check', learner.error, schema);
    if (learner.error.kind === 'timeout') {
      // The checker runs on scratch copies: the learner's own database was never at risk.
      return { ...failure('Your code ran too long and was stopped (it may loop forever, e.g. a recursive query without an end).'), error };
    }
    const where =
      learner.failedIn === 'code'
        ? `Your code stopped with an error on line ${error.line}`
        : `After your code, the check query "${oneLine(error.sql)}" fails`;
    const message = `${where}: ${error.message.replace(/\.$/, '')}.${error.explanation ? ` ${error.explanation}` : ''}`;
    return { ...failure(message), error };
  }
  if (!withChecks && learner.tables.length === 0) {
    return failure(
      'Your code ran without an error, but no statement in it returned rows to compare. End it with the SELECT that answers the question.',
    );
  }
  for (let i = 0; i < reference.tables.length; i++) {
    const expected = reference.tables[i]!;
    const actual = learner.tables[i] ?? { columns: [], rows: [] };
    const comparison = compareResults(expected, actual, rules);
    if (comparison.difference === 'equal') continue;
    let message = describeDifference(comparison, expected, actual);
    if (withChecks) message = `After your code, the data is not as expected: ${lowerFirst(message)}`;
    if (variant) {
      message = `Your answer gives the right result on the lesson's data, but not on a second copy with slightly different data, so it matches by accident. ${message}`;
    }
    return { passed: false, message, hint: null, expected, actual, missing: comparison.missing, extra: comparison.extra };
  }
  const expected = reference.tables.at(-1);
  const actual = learner.tables.at(-1);
  return {
    passed: true,
    message: withChecks
      ? 'Correct: after your code the database is exactly as expected.'
      : 'Correct: your result matches the expected one.',
    hint: null,
    ...(expected && !withChecks ? { expected, actual } : {}),
    missing: [],
    extra: [],
  };
}

function describeDifference(comparison: Comparison, expected: ResultTable, actual: ResultTable): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  switch (comparison.difference) {
    case 'column-count':
      return `Your result has ${plural(actual.columns.length, 'column')}; the expected result has ${plural(expected.columns.length, 'column')}.`;
    case 'column-names':
      return `The columns should be named ${expected.columns.join(', ')}, but yours are ${actual.columns.join(', ')} (use AS to rename a column).`;
    case 'order':
      return 'The rows are right but in a different order: this exercise expects them sorted as the question asks (ORDER BY).';
    case 'rows': {
      const parts: string[] = [];
      if (comparison.missing.length > 0)
        parts.push(`${plural(comparison.missing.length, 'expected row')} ${comparison.missing.length === 1 ? 'is' : 'are'} missing`);
      if (comparison.extra.length > 0)
        parts.push(`${plural(comparison.extra.length, 'row')} ${comparison.extra.length === 1 ? 'is' : 'are'} extra`);
      return `Your result has different rows: ${parts.join(' and ')}.`;
    }
    case 'equal':
      throw new Error('describeDifference() was called for equal results.');
  }
}

/** The hint of the first `wrong` block whose outcome on the same data equals the learner's. */
async function wrongHint(
  engine: Engine,
  exercise: Exercise,
  bytes: Uint8Array,
  learner: Outcome,
  rules: { order: RowOrder; columns: ColumnRule },
): Promise<string | null> {
  for (const wrong of exercise.wrongs) {
    if (wrong.hint === '') continue;
    const outcome = await outcomeOf(engine, CHECK_DATABASES.wrong, bytes, wrong.sql, exercise.checks);
    if (sameOutcome(learner, outcome, rules)) return wrong.hint;
  }
  return null;
}

/** The schema of an open scratch database, or undefined when it cannot be read (then explanations are plainer). */
async function schemaOf(engine: Engine, db: string): Promise<Schema | undefined> {
  try {
    return await introspectSchema(engine, db);
  } catch {
    // The explanation is a courtesy: a copy the answer left unreadable must not turn a verdict into a crash.
    return undefined;
  }
}

function toCheckError(source: CheckErrorSource, error: ScriptError, schema?: Schema): CheckError {
  return {
    source,
    message: errorText(error),
    explanation: explainSqlError(errorText(error), error.sql, schema),
    sql: error.sql,
    line: error.line,
  };
}

function lessonError(source: CheckErrorSource, error: ScriptError, what: string): CheckResult {
  const message = `${what} (line ${error.line}: ${errorText(error)}). This is a problem with the lesson, not with your answer.`;
  return { ...failure(message), error: toCheckError(source, error) };
}

function failure(message: string): CheckResult {
  return { passed: false, message, hint: null, missing: [], extra: [] };
}

function oneLine(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
