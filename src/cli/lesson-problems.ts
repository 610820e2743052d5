/**
 * What `junction lessons check` finds in lessons, as data: each problem with its file and line.
 * The check command prints them; `lessons serve` keeps them per file and shows them on the page.
 */
import { type CheckResult, checkExercise, isLessonFault } from '../core/checks/check-exercise.js';
import { type Engine, scriptErrorMessage } from '../core/engine.js';
import { parseLesson } from '../core/lessons/parse-lesson.js';
import type { Lesson } from '../core/lessons/types.js';
import type { Language } from '../core/messages/language.js';
import { type Message, msg } from '../core/messages/message.js';
import { renderMessage } from '../core/messages/render.js';

/** One finding: where (a file, and its line when there is one) and what. */
export interface LessonProblem {
  file: string;
  line: number | null;
  message: Message;
}

/** A lesson file as read: its parsed lesson and what is wrong with it on its own. */
export interface CheckedLesson {
  path: string;
  lesson: Lesson;
  problems: LessonProblem[];
}

/** `file:line: message` (or `file: message`), as `lessons check` prints it. */
export function formatProblem(problem: LessonProblem, lang: Language): string {
  const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${renderMessage(problem.message, lang)}`;
}

/** Parses one lesson file and proves it: every parser warning, a failing setup, solution or wrong answer. */
export async function checkLessonText(engine: Engine, path: string, text: string): Promise<CheckedLesson> {
  const { lesson, warnings } = parseLesson(text, { fileName: path });
  const problems: LessonProblem[] = warnings.map((w) => ({ file: path, line: w.line, message: w.message }));
  problems.push(...(await validateLesson(engine, path, lesson)));
  return { path, lesson, problems };
}

/** Runs setup and variant, every solution and every wrong answer of one lesson; returns what failed, at its file line. */
async function validateLesson(engine: Engine, path: string, lesson: Lesson): Promise<LessonProblem[]> {
  const problems: LessonProblem[] = [];
  const at = (line: number, message: Message) => problems.push({ file: path, line, message });
  const db = 'check:validate';
  await engine.open(db);
  try {
    for (const [sql, line, part] of [
      [lesson.setup, lesson.setupLine, 'setup'],
      [lesson.variant, lesson.variantLine, 'variant'],
    ] as const) {
      if (sql === undefined) continue;
      const run = await engine.run(db, sql);
      if (!run.ok) {
        at((line ?? 1) + run.error.line - 1, msg('lesson.check-sql-fails', { part, error: scriptErrorMessage(run.error) }));
        return problems;
      }
    }
  } finally {
    await engine.close(db);
  }
  for (const exercise of lesson.exercises) {
    if (!exercise.solution) continue;
    const own: CheckResult = await checkExercise(engine, lesson, exercise.id, exercise.solution.sql);
    if (!own.passed) at(exercise.solution.line, msg('lesson.check-solution-fails', { exercise: exercise.id, reason: own.message }));
    for (const wrong of exercise.wrongs) {
      const result = await checkExercise(engine, lesson, exercise.id, wrong.sql);
      if (result.passed) at(wrong.line, msg('lesson.check-wrong-passes', { exercise: exercise.id }));
      else if (wrong.hint !== '' && result.hint !== wrong.hint && (!result.error || !isLessonFault(result.error))) {
        at(wrong.line, msg('lesson.check-hint-shadowed', { exercise: exercise.id }));
      }
    }
  }
  return problems;
}

/** Files with the same name in sibling language folders (`lessons/en/x.md`, `lessons/ru/x.md`) must agree. */
export function compareTranslations(loaded: readonly { path: string; lesson: Lesson }[]): LessonProblem[] {
  const groups = new Map<string, { path: string; lesson: Lesson }[]>();
  for (const item of loaded) {
    const parts = item.path.split(/[\\/]/);
    const lang = parts.at(-2);
    if (!lang || !/^[a-z]{2}(-[A-Za-z]{2,4})?$/.test(lang)) continue;
    const key = [...parts.slice(0, -2), parts.at(-1)].join('/');
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const problems: LessonProblem[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const reference = group.find((g) => g.path.split(/[\\/]/).at(-2) === 'en') ?? group[0]!;
    const ids = reference.lesson.exercises.map((e) => e.id);
    for (const other of group) {
      if (other === reference) continue;
      const at = (line: number, message: Message) => problems.push({ file: other.path, line, message });
      if (other.lesson.id !== reference.lesson.id) {
        at(
          other.lesson.idLine,
          msg('lesson.check-translation-id', { id: other.lesson.id, referenceId: reference.lesson.id, reference: reference.path }),
        );
      }
      const otherIds = other.lesson.exercises.map((e) => e.id);
      for (const exercise of other.lesson.exercises) {
        if (!ids.includes(exercise.id))
          at(exercise.line, msg('lesson.check-translation-extra', { exercise: exercise.id, reference: reference.path }));
      }
      for (const id of ids) {
        if (!otherIds.includes(id)) at(1, msg('lesson.check-translation-missing', { exercise: id, reference: reference.path }));
      }
      const common = ids.filter((id) => otherIds.includes(id));
      if (common.join() !== otherIds.filter((id) => ids.includes(id)).join()) {
        at(1, msg('lesson.check-translation-order', { reference: reference.path, order: common }));
      }
    }
  }
  return problems;
}
