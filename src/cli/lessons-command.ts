/** `junction lessons check` validates lesson files; `junction lessons grade` grades one answer as JSON. */
import { type CheckResult, checkExercise, isLessonFault } from '../core/checks/check-exercise.js';
import type { Counterexample } from '../core/checks/counterexample.js';
import type { SqlValue } from '../core/engine.js';
import { parseLesson } from '../core/lessons/parse-lesson.js';
import type { Language } from '../core/messages/language.js';
import { type Message, msg } from '../core/messages/message.js';
import { renderMessage } from '../core/messages/render.js';
import type { CliIo, Command } from './command.js';
import { takeLangOption } from './lang-option.js';
import { type CheckedLesson, checkLessonText, compareTranslations, formatProblem, type LessonProblem } from './lesson-problems.js';
import { DEFAULT_TIMEOUT_MS, takeTimeoutOption } from './timeout-option.js';

const decoder = new TextDecoder('utf-8');

/** `junction lessons check [paths…] [--lang en|ru] [--timeout-ms N]`: parses lessons, proves every solution passes and every wrong answer fails. */
export const lessonsCheckCommand: Command = {
  name: ['lessons', 'check'],
  summary: 'Validate lesson files: format, solutions, wrong answers, translations',
  help: `Usage: junction lessons check [files or folders…] [--lang en|ru] [--timeout-ms N]

Validates lessons written in the Junction lesson format (docs/lesson-format.md).
With no arguments it checks the lessons/ folder. Folders are searched for .md files.

For every lesson it:
  - parses the file; every parser warning is an error
  - runs the setup (and variant) SQL on a fresh database
  - checks that each exercise's solution passes its own checks
  - checks that each \`sql wrong\` block fails them, and gets its own hint
  - compares translations (lessons/<lang>/same-name.md): same id, same exercises in the same order

Errors are printed as file:line: message, then one summary line.
--lang en|ru writes the messages and the summary in English (the default) or Russian; paths,
ids, info strings and SQLite's own error text stay as they are.
--timeout-ms N stops any of the lesson's SQL that runs longer than N milliseconds (default
${DEFAULT_TIMEOUT_MS}, the app's own limit); it is reported as an error at its line, and the check goes on.
Exit status: 0 when everything is valid, 1 when there is any error, 2 on bad usage.
`,
  async run(args, io) {
    const option = takeLangOption(args);
    if (!option.ok) {
      io.stderr(`junction lessons check: ${option.message}\n`);
      return 2;
    }
    const { lang } = option;
    const timeout = takeTimeoutOption(option.rest);
    if (!timeout.ok) {
      io.stderr(`junction lessons check: ${timeout.message}\n`);
      return 2;
    }
    const { timeoutMs, rest } = timeout;
    const unknown = rest.find((a) => a.startsWith('-'));
    if (unknown !== undefined) {
      io.stderr(`junction lessons check: unknown option ${unknown}\n`);
      return 2;
    }
    const paths = rest.length > 0 ? rest : ['lessons'];
    const problems: LessonProblem[] = [];
    const files: string[] = [];
    for (const root of paths) {
      try {
        files.push(...(await io.listFiles(root, '.md')));
      } catch (e) {
        const reason = e instanceof Error ? e.message : 'unknown error';
        problems.push({ file: root, line: null, message: msg('lesson.check-unreadable', { reason }) });
      }
    }
    if (files.length === 0 && problems.length === 0)
      problems.push({ file: paths.join(', '), line: null, message: msg('lesson.check-no-files') });
    const engine = await io.startEngine(timeoutMs);
    const loaded: CheckedLesson[] = [];
    try {
      for (const path of files) {
        const checked = await checkLessonText(engine, path, decoder.decode(await io.readFile(path)));
        problems.push(...checked.problems);
        loaded.push(checked);
      }
    } finally {
      engine.dispose();
    }
    problems.push(...compareTranslations(loaded));
    for (const problem of problems) io.stderr(`${formatProblem(problem, lang)}\n`);
    const exercises = loaded.reduce((n, { lesson }) => n + lesson.exercises.length, 0);
    const summary = msg('lesson.check-summary', { lessons: loaded.length, exercises, errors: problems.length });
    io.stdout(`${renderMessage(summary, lang)}\n`);
    return problems.length === 0 ? 0 : 1;
  },
};

/** `junction lessons grade LESSON.md EXERCISE_ID ANSWER.sql`: one verdict as JSON, exit 0 pass, 1 fail, 2 bad input. */
export const lessonsGradeCommand: Command = {
  name: ['lessons', 'grade'],
  summary: "Grade one answer to a lesson's exercise and print the verdict as JSON",
  help: `Usage: junction lessons grade LESSON.md EXERCISE_ID ANSWER.sql [--lang en|ru] [--timeout-ms N]

Grades a learner's answer with the same checker the app uses: the exercise's base database
(setup + the solutions of earlier exercises), its check queries or the last result, the
lesson's variant, and its wrong-answer hints.

Prints one JSON object on stdout:
  {"passed": true|false, "lang": "en"|"ru", "code": "check.…", "message": "…", "hint": "…"|null,
   "diff": {"code": "check.diff-counts", "message": "…"}|null,
   "error": {"source": "answer"|…, "kind": "sql"|"timeout"|"crash"|"input", "sqlite": "…"|null,
             "line": N, "explanation": {"code", "message"}|null}|null,
   "missing": [rows], "extra": [rows]}
Every "code" is stable and the same in every language; "message" is the sentence in the
lesson's language: its frontmatter "lang", else its folder (lessons/ru/…), else English.
--lang en|ru overrides it. "sqlite" is SQLite's own error text, as SQLite wrote it; it is null
when the engine stopped the code instead ("kind": the time limit, a crash, an unreadable
character), which "message" says in the lesson's language.
Rows are arrays of values; a BLOB value is written as a hex string like "x'0a1b'".
Parser warnings about the lesson go to stderr, as file:line: message in the same language, and
do not stop grading.
--timeout-ms N stops SQL that runs longer than N milliseconds (default ${DEFAULT_TIMEOUT_MS}, the app's
own limit): an answer stopped so fails with "code": "check.timeout".

Exit status: 0 when the answer passes, 1 when it does not, 2 on bad input (wrong number of
arguments, unreadable file, unknown exercise, an exercise without a solution, or a broken
lesson: its setup, variant or a reference solution fails, or a check query fails on the
reference copy; the verdict is still printed and the cause goes to stderr).
`,
  async run(args, io) {
    const option = takeLangOption(args);
    const timeout = takeTimeoutOption(option.ok ? option.rest : []);
    if (!option.ok || !timeout.ok || timeout.rest.length !== 3) {
      const wrong = !option.ok ? option.message : !timeout.ok ? timeout.message : null;
      if (wrong !== null) io.stderr(`junction lessons grade: ${wrong}\n`);
      io.stderr('Usage: junction lessons grade LESSON.md EXERCISE_ID ANSWER.sql [--lang en|ru] [--timeout-ms N]\n');
      return 2;
    }
    const [lessonPath, exerciseId, answerPath] = timeout.rest as [string, string, string];
    const langGiven = args.some((a) => a === '--lang' || a.startsWith('--lang='));
    const texts = await readAll(io, [lessonPath, answerPath]);
    if ('error' in texts) {
      io.stderr(`junction lessons grade: ${texts.error}\n`);
      return 2;
    }
    const [lessonText, answer] = texts.ok as [string, string];
    const { lesson, warnings } = parseLesson(lessonText, { fileName: lessonPath });
    const lang = langGiven ? option.lang : lesson.lang;
    for (const w of warnings) io.stderr(`${lessonPath}:${w.line}: ${renderMessage(w.message, lang)}\n`);
    const exercise = lesson.exercises.find((e) => e.id === exerciseId);
    if (!exercise) {
      const known = lesson.exercises.map((e) => e.id).join(', ') || 'none';
      io.stderr(`junction lessons grade: ${lessonPath} has no exercise "${exerciseId}" (exercises: ${known})\n`);
      return 2;
    }
    if (!exercise.solution) {
      io.stderr(`junction lessons grade: exercise "${exerciseId}" has no solution, so it cannot be graded\n`);
      return 2;
    }
    const engine = await io.startEngine(timeout.timeoutMs);
    let result: CheckResult;
    try {
      result = await checkExercise(engine, lesson, exerciseId, answer);
    } finally {
      engine.dispose();
    }
    io.stdout(`${JSON.stringify(gradeJson(result, lang), null, 2)}\n`);
    // A broken lesson is bad input, not a wrong answer: graders must not count it against the learner.
    if (result.error && isLessonFault(result.error)) {
      io.stderr(`junction lessons grade: the lesson is broken (${result.error.source}): ${renderMessage(result.message, lang)}\n`);
      return 2;
    }
    return result.passed ? 0 : 1;
  },
};

async function readAll(io: CliIo, paths: string[]): Promise<{ ok: string[] } | { error: string }> {
  const out: string[] = [];
  for (const path of paths) {
    try {
      out.push(decoder.decode(await io.readFile(path)));
    } catch (e) {
      return { error: `cannot read ${path} (${e instanceof Error ? e.message : 'unknown error'})` };
    }
  }
  return { ok: out };
}

/** The verdict as JSON: each message as a stable `code` beside its sentence in `lang`. */
function gradeJson(result: CheckResult, lang: Language) {
  const said = (message: Message) => ({ code: message.code, message: renderMessage(message, lang) });
  const row = (values: SqlValue[]) =>
    values.map((v) => (v instanceof Uint8Array ? `x'${[...v].map((b) => b.toString(16).padStart(2, '0')).join('')}'` : v));
  const { error, counterexample } = result;
  return {
    passed: result.passed,
    lang,
    ...said(result.message),
    hint: result.hint,
    diff:
      result.expected && result.actual && !result.passed
        ? said(msg('check.diff-counts', { missing: result.missing.length, extra: result.extra.length }))
        : null,
    error: error
      ? {
          source: error.source,
          kind: error.kind,
          // SQLite's own words only: a stop is said by the verdict's message, in the grade's language.
          sqlite: error.kind === 'sql' ? error.message : null,
          line: error.line,
          explanation: error.explanation && said(error.explanation),
        }
      : null,
    missing: result.missing.map(row),
    extra: result.extra.map(row),
    advice: result.advice ? said(result.advice) : null,
    counterexample: counterexample ? counterexampleJson(counterexample, row) : null,
  };
}

/** The little database as `{NAME: [{column: value}…]}` (table columns have unique names) and both results as rows. */
function counterexampleJson(counterexample: Counterexample, row: (values: SqlValue[]) => unknown[]) {
  const tables = Object.fromEntries(
    Object.entries(counterexample.tables).map(([name, table]) => [
      name,
      table.rows.map((values) => Object.fromEntries(table.columns.map((c, i) => [c, row(values)[i]]))),
    ]),
  );
  return { tables, expected: counterexample.expected.rows.map(row), actual: counterexample.actual.rows.map(row) };
}
