/**
 * Catalogue section: what is wrong with a lesson file, for the instructor who wrote it (parser
 * warnings), and what `junction lessons check` finds when it runs the lesson's SQL.
 * Its phrases, a file per language: lesson-messages-en.ts, lesson-messages-ru.ts.
 */
import type { FrontmatterKey } from '../lessons/frontmatter.js';
import type { InfoStringProblem } from '../lessons/info-string.js';
import type { AsideTone, HiddenSqlBlock, HintBlock } from '../lessons/types.js';
import type { Message } from './message.js';

/** The parts of an exercise that name it with `for=ID`: `sql solution|check|wrong` fences and `::: hint`. */
export type ExercisePart = (HiddenSqlBlock | HintBlock)['kind'];

export interface LessonParams {
  // Frontmatter. `error` is the `yaml` library's own first line, kept as it wrote it.
  'lesson.frontmatter-unclosed': Record<never, never>;
  'lesson.bad-yaml': { error: string };
  'lesson.frontmatter-not-mapping': Record<never, never>;
  'lesson.unknown-frontmatter-key': { key: string; near: FrontmatterKey };
  'lesson.invalid-id': { id: string };
  'lesson.no-id': Record<never, never>;
  'lesson.empty-title': Record<never, never>;
  'lesson.no-title': Record<never, never>;
  'lesson.unknown-lang': { lang: string };
  'lesson.no-derived-id': Record<never, never>;
  'lesson.untitled': Record<never, never>;
  'lesson.not-text': { key: 'summary' | 'setup' | 'variant' };
  // Fences and containers. `block` is the info string's leading words (`sql exercise`, `python`).
  'lesson.bad-info-string': { problem: InfoStringProblem };
  'lesson.bad-container-line': { problem: InfoStringProblem };
  'lesson.duplicate-attribute': { key: string; block: string };
  'lesson.unknown-attribute': { key: string; block: string; allowed: string[] };
  'lesson.python-extra-word': { word: string };
  'lesson.sql-extra-word': { word: string; info: string };
  'lesson.unknown-sql-role': { role: string };
  'lesson.part-without-target': { role: HiddenSqlBlock['kind'] };
  'lesson.exercise-without-id': Record<never, never>;
  'lesson.invalid-exercise-id': { id: string };
  'lesson.bad-order': { value: string };
  'lesson.bad-columns': { value: string };
  /** `extra` is a stray word (`big`) or attribute (`colour=`) on a container line. */
  'lesson.hint-extra': { extra: string };
  'lesson.aside-extra': { extra: string; tone: AsideTone };
  'lesson.hint-without-target': Record<never, never>;
  'lesson.container-without-name': Record<never, never>;
  'lesson.unknown-container': { name: string };
  'lesson.container-unclosed': Record<never, never>;
  /** `fence` is the opening run of backticks or tildes, as written. */
  'lesson.fence-unclosed': { fence: string };
  'lesson.empty-file': Record<never, never>;
  'lesson.nested-part': { role: string };
  // Exercises.
  'lesson.duplicate-exercise': { id: string; firstLine: number };
  'lesson.unknown-exercise': { part: ExercisePart; exercise: string };
  'lesson.no-solution': { exercise: string };
  'lesson.second-solution': { exercise: string; firstLine: number };
  'lesson.wrong-without-hint': { exercise: string };
  // `junction lessons check`. `reference` is the path of the translation compared against.
  'lesson.check-unreadable': { reason: string };
  'lesson.check-no-files': Record<never, never>;
  'lesson.check-sql-fails': { part: 'setup' | 'variant'; error: Message };
  'lesson.check-solution-fails': { exercise: string; reason: Message };
  'lesson.check-wrong-passes': { exercise: string };
  'lesson.check-hint-shadowed': { exercise: string };
  'lesson.check-translation-id': { id: string; referenceId: string; reference: string };
  'lesson.check-translation-extra': { exercise: string; reference: string };
  'lesson.check-translation-missing': { exercise: string; reference: string };
  'lesson.check-translation-order': { reference: string; order: string[] };
  'lesson.check-summary': { lessons: number; exercises: number; errors: number };
  /** `junction lessons build`: how many lessons were compiled, and how many warnings their files have. */
  'lesson.build-summary': { lessons: number; warnings: number };
}
