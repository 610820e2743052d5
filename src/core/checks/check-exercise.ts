/**
 * Grades a learner's answer to one exercise exactly as docs/lesson-format.md describes: scratch copies of
 * the exercise's base database (and of base + variant, then generated trap data for a query), check
 * queries or the last result, junction rules, wrong-answer hints, hints by kind of mistake and the
 * smallest counterexample.
 */
import { type Engine, errorText, type InputError, type ScriptError, type SqlValue, scriptErrorMessage } from '../engine.js';
import { type Message, msg } from '../messages/message.js';
import { TRAP_KINDS } from '../lessons/info-string.js';
import type { ColumnRule, Exercise, Lesson, RowOrder, TrapKind } from '../lessons/types.js';
import { introspectSchema } from '../schema/introspect.js';
import type { Schema } from '../schema/types.js';
import { compareResults, type Comparison, type ResultTable } from './compare.js';
import { type Counterexample, smallestCounterexample } from './counterexample.js';
import { explainSqlError } from './explain-error.js';
import { brokenJunctionRule } from './junction-rules.js';
import { mistakeHint } from './mistake-hints.js';
import { endsWithTopLevelOrderBy } from './order-by.js';
import { type Outcome, outcomeOf, sameOutcome } from './outcome.js';
import { queryShape } from './query-shape.js';
import { buildTrapDatabases } from './trap-data.js';

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
  /** An error SQLite gave (`sql`), or the engine's stop: the time limit, a crash, an unreadable character. */
  kind: ScriptError['kind'];
  /** SQLite's own text (kept as SQLite wrote it, in any language); for a stop, the engine's, in English (see `kind`). */
  message: string;
  explanation: Message | null;
  /** The failing statement and its 1-based line in the code it came from. */
  sql: string;
  line: number;
}

/** The verdict on one answer; `missing`/`extra` are rows the answer lacks or has too many of. */
export interface CheckResult {
  passed: boolean;
  /** The verdict, as a message for the lesson's language. */
  message: Message;
  /** The matching `wrong` block's hint (markdown), or null. */
  hint: string | null;
  expected?: ResultTable;
  actual?: ResultTable;
  missing: SqlValue[][];
  extra: SqlValue[][];
  error?: CheckError;
  /**
   * A hint the checker words itself — the junction rule the answer breaks, or the likely kind of
   * mistake in a query — given only when no `wrong` block's hint matched (those keep priority).
   */
  advice?: Message;
  /** The smallest database found on which the answer and the solution differ, with both results on it. */
  counterexample?: Counterexample;
}

/** True when the error is a bug in the lesson rather than a mistake in the learner's answer. */
export function isLessonFault(error: Pick<CheckError, 'source'>): boolean {
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
  return serialised(engine, () => runCheck(engine, lesson, exercise, answer));
}

/** One database an answer is checked on: the lesson's data, its variant, or generated trap data. */
type Pass = { bytes: Uint8Array; kind: 'setup' | 'variant' } | { bytes: Uint8Array; kind: 'trap'; trap: TrapKind };

type Rules = { order: RowOrder; columns: ColumnRule };

/** A pass with the solution's outcome on it and the comparison rules that outcome implies. */
interface ReferencePass {
  pass: Pass;
  outcome: Extract<Outcome, { ok: true }>;
  rules: Rules;
}

/**
 * What every answer to one exercise is compared with: the same for each Check, so it is built once
 * per engine and kept. Trap passes are added the first time an answer passes setup and variant.
 */
interface Reference {
  baseSchema: Schema;
  /** The reference copy's tables after the solution on the lesson's data (only for junction rules). */
  solvedSchema?: Schema;
  passes: ReferencePass[];
  trapsAdded: boolean;
}

/** References kept per engine, most recently used last; lesson 10's are megabytes, so only a few. */
const references = new WeakMap<Engine, Map<string, Reference>>();
const KEPT_REFERENCES = 4;

/**
 * Builds what `checkExercise` compares answers to — base, variant and trap databases with the solution's
 * outcome on each — so the learner's first Check only runs their own code. Safe to call at any time (an
 * idle moment after the exercise is shown); a lesson fault is left for the Check to report.
 */
export async function prepareCheck(engine: Engine, lesson: Lesson, exerciseId: string): Promise<void> {
  const exercise = lesson.exercises.find((e) => e.id === exerciseId);
  if (!exercise?.solution) return;
  const solution = exercise.solution;
  await serialised(engine, async () => {
    const reference = await referenceFor(engine, lesson, exercise, solution.sql);
    if (!('failed' in reference)) await addTraps(engine, lesson, exercise, solution.sql, reference);
  });
}

/**
 * Runs `task` after every check already queued on `engine` (checks share the scratch database
 * names), then closes the scratch databases whatever happened.
 */
function serialised<T>(engine: Engine, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(engine) ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      try {
        return await task();
      } finally {
        for (const db of Object.values(CHECK_DATABASES)) await engine.close(db);
      }
    });
  queues.set(engine, next);
  return next;
}

async function runCheck(engine: Engine, lesson: Lesson, exercise: Exercise, answer: string): Promise<CheckResult> {
  const solution = exercise.solution;
  if (!solution) return failure(msg('check.no-solution'));
  const reference = await referenceFor(engine, lesson, exercise, solution.sql);
  if ('failed' in reference) return reference.failed;
  const { baseSchema, passes } = reference;
  const query = exercise.checks.length === 0;
  let lessonVerdict: CheckResult | null = null;
  for (let i = 0; i < passes.length; i++) {
    const { pass, outcome: expected, rules } = passes[i]!;
    const learner = await outcomeOf(engine, CHECK_DATABASES.learner, pass.bytes, answer, exercise.checks);
    // Only an error needs the schema (its explanation names tables and reads INSERTs without a column
    // list), and only the learner's copy has the tables their code created or changed.
    const schema = learner.ok ? undefined : await schemaOf(engine, CHECK_DATABASES.learner);
    let verdict = judge(learner, expected, rules, !query, pass, schema);
    let advice: Message | undefined;
    if (pass.kind === 'setup' && learner.ok && reference.solvedSchema && exercise.rules) {
      const learnerSchema = await introspectSchema(engine, CHECK_DATABASES.learner);
      const bytes = await engine.export(CHECK_DATABASES.learner);
      const broken = await brokenJunctionRule(engine, exercise.rules, bytes, learnerSchema, reference.solvedSchema, baseSchema);
      if (broken) {
        verdict = { ...verdict, passed: false, message: broken.message };
        advice = broken.advice;
      }
    }
    if (!verdict.passed) {
      verdict.hint = await wrongHint(engine, exercise, pass.bytes, learner, rules);
      if (query && learner.ok) {
        const counterexample = await smallestCounterexample(engine, pass.bytes, baseSchema, answer, solution.sql, rules);
        if (counterexample) verdict.counterexample = counterexample;
        advice ??= mistakeHint(learner.lastQuery, expected.lastQuery, baseSchema, rules.order === 'exact') ?? undefined;
      }
      if (advice && verdict.hint === null) verdict.advice = advice;
      if (/pragma\s+foreign_keys\s*=\s*(off|0|false|no)\b/i.test(answer)) {
        verdict.message = msg('check.foreign-keys-off', { verdict: verdict.message });
      }
      return verdict;
    }
    if (pass.kind !== 'trap') lessonVerdict = verdict;
    if (i === passes.length - 1) await addTraps(engine, lesson, exercise, solution.sql, reference);
  }
  if (!lessonVerdict) throw new Error('An exercise check ran no pass at all.');
  return lessonVerdict;
}

/** The kept reference of an exercise, or a new one built from its lesson's setup and variant. */
async function referenceFor(
  engine: Engine,
  lesson: Lesson,
  exercise: Exercise,
  solution: string,
): Promise<Reference | { failed: CheckResult }> {
  const key = referenceKey(lesson, exercise);
  const kept = references.get(engine) ?? new Map<string, Reference>();
  references.set(engine, kept);
  const found = kept.get(key);
  if (found) {
    kept.delete(key);
    kept.set(key, found);
    return found;
  }
  const base = await buildBase(engine, lesson, exercise);
  if ('failed' in base) return base;
  const baseSchema = await introspectSchema(engine, CHECK_DATABASES.base);
  const passes: Pass[] = [{ bytes: base.bytes, kind: 'setup' }];
  if (lesson.variant !== undefined) {
    await engine.open(CHECK_DATABASES.base, base.bytes);
    const run = await engine.run(CHECK_DATABASES.base, lesson.variant);
    if (!run.ok) return { failed: lessonError('variant', run.error) };
    passes.push({ bytes: await engine.export(CHECK_DATABASES.base), kind: 'variant' });
  }
  const reference: Reference = { baseSchema, passes: [], trapsAdded: exercise.checks.length > 0 || exercise.traps?.length === 0 };
  for (const pass of passes) {
    const outcome = await outcomeOf(engine, CHECK_DATABASES.reference, pass.bytes, solution, exercise.checks);
    if (!outcome.ok) {
      const failed = outcome.failedIn === 'code' ? lessonError('solution', outcome.error) : lessonError('reference-check', outcome.error);
      return { failed };
    }
    if (pass.kind === 'setup' && exercise.rules && exercise.rules.length > 0) {
      reference.solvedSchema = await introspectSchema(engine, CHECK_DATABASES.reference);
    }
    reference.passes.push({ pass, outcome, rules: rulesFor(exercise, outcome) });
  }
  kept.set(key, reference);
  if (kept.size > KEPT_REFERENCES) kept.delete(kept.keys().next().value!);
  return reference;
}

/** Everything a reference depends on: the lesson's data, the solutions before this one, and the exercise's own blocks. */
function referenceKey(lesson: Lesson, exercise: Exercise): string {
  const earlier = lesson.exercises.slice(0, lesson.exercises.indexOf(exercise)).map((e) => e.solution?.sql ?? null);
  const { id, solution, checks, order, columns, traps, rules } = exercise;
  return JSON.stringify([
    lesson.id,
    lesson.setup,
    lesson.variant,
    earlier,
    id,
    solution?.sql,
    checks.map((c) => c.sql),
    order,
    columns,
    traps,
    rules,
  ]);
}

function rulesFor(exercise: Exercise, outcome: Extract<Outcome, { ok: true }>): Rules {
  return {
    order: exercise.order ?? (endsWithTopLevelOrderBy(outcome.lastQuery) ? 'exact' : 'any'),
    columns: exercise.columns ?? 'ignore',
  };
}

/**
 * Adds the trap passes of a query exercise once: generated from the last pass's database, each kept only
 * when the solution runs on it and gives one stable answer. New rows can make a solution fail (a division
 * by a count that is now 0), and ties ORDER BY … LIMIT leaves open have no single right answer.
 */
async function addTraps(engine: Engine, lesson: Lesson, exercise: Exercise, solution: string, reference: Reference): Promise<void> {
  if (reference.trapsAdded) return;
  reference.trapsAdded = true;
  const last = reference.passes.at(-1)!;
  const kinds = exercise.traps ?? TRAP_KINDS;
  const limited = queryShape(last.outcome.lastQuery, reference.baseSchema).limited;
  const traps = await buildTrapDatabases(engine, last.pass.bytes, reference.baseSchema, kinds, `${lesson.id}/${exercise.id}`, limited);
  for (const trap of traps) {
    const pass: Pass = { bytes: trap.bytes, kind: 'trap', trap: trap.kind };
    const outcome = await outcomeOf(engine, CHECK_DATABASES.reference, pass.bytes, solution, exercise.checks);
    if (!outcome.ok) continue;
    const rules = rulesFor(exercise, outcome);
    if (!(await referenceIsStable(engine, pass.bytes, solution, outcome, rules))) continue;
    reference.passes.push({ pass, outcome, rules });
  }
}

/**
 * True when the solution gives the same result with SQLite's unordered scans reversed. A trap
 * database where it does not (a tie ORDER BY … LIMIT leaves open) has no single right answer.
 */
async function referenceIsStable(engine: Engine, bytes: Uint8Array, solution: string, reference: Outcome, rules: Rules): Promise<boolean> {
  const reversed = await outcomeOf(engine, CHECK_DATABASES.reference, bytes, `PRAGMA reverse_unordered_selects = ON;\n${solution}`, []);
  return sameOutcome(reversed, reference, rules);
}

/** A fresh database with `setup` and the solutions of the exercises before this one, as file bytes. */
async function buildBase(engine: Engine, lesson: Lesson, exercise: Exercise): Promise<{ bytes: Uint8Array } | { failed: CheckResult }> {
  const db = CHECK_DATABASES.base;
  await engine.open(db);
  if (lesson.setup !== undefined) {
    const run = await engine.run(db, lesson.setup);
    if (!run.ok) return { failed: lessonError('setup', run.error) };
  }
  for (const earlier of lesson.exercises) {
    if (earlier === exercise) break;
    if (!earlier.solution) continue;
    const run = await engine.run(db, earlier.solution.sql);
    if (!run.ok) return { failed: lessonError('solution', run.error, earlier.id) };
  }
  return { bytes: await engine.export(db) };
}

/** Compares the learner's outcome with the reference's and words the verdict for the learner. */
function judge(
  learner: Outcome,
  reference: Extract<Outcome, { ok: true }>,
  rules: { order: RowOrder; columns: ColumnRule },
  withChecks: boolean,
  pass: Pass,
  schema: Schema | undefined,
): CheckResult {
  if (!learner.ok) {
    const error = toCheckError(learner.failedIn === 'code' ? 'answer' : 'answer-check', learner.error, schema);
    if (learner.error.kind === 'input') return { ...failure(unreadableMessage(learner.error)), error };
    // The checker runs on scratch copies: the learner's own database was never at risk.
    if (learner.error.kind !== 'sql') return { ...failure(msg('check.timeout')), error };
    const { message, explanation, line, sql } = error;
    const verdict =
      learner.failedIn === 'code'
        ? msg('check.code-error', { line, error: message, explanation })
        : msg('check.check-query-error', { sql, error: message, explanation });
    return { ...failure(verdict), error };
  }
  const tooBig = learner.tooBig ?? reference.tooBig;
  if (tooBig) return failure(msg('engine.too-big-to-check', tooBig));
  if (!withChecks && learner.tables.length === 0) return failure(msg('check.no-rows'));
  for (let i = 0; i < reference.tables.length; i++) {
    const expected = reference.tables[i]!;
    const actual = learner.tables[i] ?? { columns: [], rows: [] };
    const comparison = compareResults(expected, actual, rules);
    if (comparison.difference === 'equal') continue;
    let message = describeDifference(comparison, expected, actual);
    if (withChecks) message = msg('check.data-differs', { difference: message });
    if (pass.kind === 'variant') message = msg('check.accidental-match', { difference: message });
    if (pass.kind === 'trap') message = msg('check.trap-mismatch', { trap: pass.trap, difference: message });
    return { passed: false, message, hint: null, expected, actual, missing: comparison.missing, extra: comparison.extra };
  }
  const expected = reference.tables.at(-1);
  const actual = learner.tables.at(-1);
  return {
    passed: true,
    message: withChecks ? msg('check.passed-data') : msg('check.passed-result'),
    hint: null,
    ...(expected && !withChecks ? { expected, actual } : {}),
    missing: [],
    extra: [],
  };
}

function describeDifference(comparison: Comparison, expected: ResultTable, actual: ResultTable): Message {
  switch (comparison.difference) {
    case 'column-count':
      return msg('check.column-count', { actual: actual.columns.length, expected: expected.columns.length });
    case 'column-names':
      return msg('check.column-names', { expected: expected.columns, actual: actual.columns });
    case 'order':
      return msg('check.order');
    case 'rows':
      return msg('check.rows', { missing: comparison.missing.length, extra: comparison.extra.length });
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
  const message = errorText(error);
  const explanation =
    error.kind === 'sql' ? explainSqlError(message, error.sql, schema) : error.kind === 'input' ? unreadableMessage(error) : null;
  return { source, kind: error.kind, message, explanation, sql: error.sql, line: error.line };
}

/** The engine's sentence for code it refused to run: a character SQLite cannot read, and where. */
function unreadableMessage(error: InputError): Message {
  return msg('engine.unreadable-character', { reason: error.reason, line: error.at.line, column: error.at.column, sql: error.sql });
}

/** A verdict on a broken lesson; `earlier` names the earlier exercise whose solution failed. */
function lessonError(source: Exclude<CheckErrorSource, 'answer' | 'answer-check'>, error: ScriptError, earlier?: string): CheckResult {
  const part = earlier !== undefined ? 'earlier-solution' : source;
  const where = earlier !== undefined ? { exercise: earlier } : {};
  const verdict = msg('check.lesson-fault', { part, line: error.line, error: scriptErrorMessage(error), ...where });
  return { ...failure(verdict), error: toCheckError(source, error) };
}

function failure(message: Message): CheckResult {
  return { passed: false, message, hint: null, missing: [], extra: [] };
}
