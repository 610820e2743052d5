/**
 * Catalogue section: what is wrong with a lesson file, for the instructor who wrote it (parser
 * warnings), and what `junction lessons check` finds when it runs the lesson's SQL.
 */
import type { FrontmatterKey } from '../lessons/frontmatter.js';
import type { InfoStringProblem } from '../lessons/info-string.js';
import type { AsideTone, HiddenSqlBlock, HintBlock } from '../lessons/types.js';
import { LANGUAGES } from './language.js';
import type { Message } from './message.js';
import type { PluralForms, Section } from './section.js';

/** The parts of an exercise that name it with `for=ID`: `sql solution|check|wrong` fences and `::: hint`. */
type ExercisePart = (HiddenSqlBlock | HintBlock)['kind'];

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

const EN_INFO_PROBLEM = (problem: InfoStringProblem): string => {
  switch (problem.kind) {
    case 'unclosed-quote':
      return `unclosed quote in "${problem.text}"`;
    case 'unexpected-quote':
      return `unexpected quote after "${problem.word}"`;
    case 'nameless-value':
      return `"=" without a name in "${problem.text}"`;
    case 'unclosed-value':
      return `unclosed quote in ${problem.key}=`;
    case 'empty-value':
      return `${problem.key}= has no value`;
  }
};

const RU_INFO_PROBLEM = (problem: InfoStringProblem): string => {
  switch (problem.kind) {
    case 'unclosed-quote':
      return `не закрыта кавычка в "${problem.text}"`;
    case 'unexpected-quote':
      return `лишняя кавычка после "${problem.word}"`;
    case 'nameless-value':
      return `"=" без имени в "${problem.text}"`;
    case 'unclosed-value':
      return `не закрыта кавычка в "${problem.key}="`;
    case 'empty-value':
      return `у "${problem.key}=" нет значения`;
  }
};

/** The Russian subject of "… is for exercise X": a fence by its info string, a hint by its container. */
const RU_PART: Record<ExercisePart, string> = {
  solution: 'Блок "sql solution"',
  check: 'Блок "sql check"',
  wrong: 'Блок "sql wrong"',
  hint: 'Подсказка "::: hint"',
};

const EN_LESSONS: PluralForms = { one: 'lesson', other: 'lessons' };
const EN_EXERCISES: PluralForms = { one: 'exercise', other: 'exercises' };
const EN_ERRORS: PluralForms = { one: 'error', other: 'errors' };
const EN_WARNINGS: PluralForms = { one: 'warning', other: 'warnings' };
const RU_WARNINGS: PluralForms = { one: 'предупреждение', few: 'предупреждения', many: 'предупреждений', other: 'предупреждения' };
const RU_LESSONS: PluralForms = { one: 'урок', few: 'урока', many: 'уроков', other: 'урока' };
const RU_EXERCISES: PluralForms = { one: 'упражнение', few: 'упражнения', many: 'упражнений', other: 'упражнения' };
const RU_ERRORS: PluralForms = { one: 'ошибка', few: 'ошибки', many: 'ошибок', other: 'ошибки' };

const CONTAINERS_EN = 'hint, tip, warning or note';
const CONTAINERS_RU = '"hint", "tip", "warning" или "note"';
const withoutDot = (text: string) => text.replace(/\.$/, '');

export const lessonMessages: Section<LessonParams> = {
  en: {
    'lesson.frontmatter-unclosed': () => 'The frontmatter starting here has no closing "---" line.',
    'lesson.bad-yaml': ({ error }) => `Bad YAML in the frontmatter: ${error}`,
    'lesson.frontmatter-not-mapping': () => 'The frontmatter must be a YAML mapping of keys to values (id: …, title: …).',
    'lesson.unknown-frontmatter-key': ({ key, near }) => `Unknown frontmatter key "${key}": did you mean "${near}"?`,
    'lesson.invalid-id': ({ id }) => `The id "${id}" is invalid: use lower-case letters, digits and "-".`,
    'lesson.no-id': () => 'The frontmatter has no "id" (lower-case letters, digits and "-").',
    'lesson.empty-title': () => 'The title must be non-empty text.',
    'lesson.no-title': () => 'The frontmatter has no "title".',
    'lesson.unknown-lang': ({ lang }) => `The lang "${lang}" is not a course language: use ${LANGUAGES.join(' or ')}.`,
    'lesson.no-derived-id': () => 'No id could be derived for this lesson (no frontmatter id and no usable file name).',
    'lesson.untitled': () => 'This lesson has no title: add frontmatter or a heading.',
    'lesson.not-text': ({ key }) => `"${key}" must be text${key === 'summary' ? '' : ' (SQL; use "|" for several lines)'}.`,
    'lesson.bad-info-string': ({ problem }) => `Bad info string: ${EN_INFO_PROBLEM(problem)}.`,
    'lesson.bad-container-line': ({ problem }) => `Bad container line: ${EN_INFO_PROBLEM(problem)}.`,
    'lesson.duplicate-attribute': ({ key, block }) => `The attribute "${key}" is given twice on this ${block} block.`,
    'lesson.unknown-attribute': ({ key, block, allowed }) =>
      `Unknown attribute "${key}" on a ${block} block${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}.`,
    'lesson.python-extra-word': ({ word }) => `Unknown word "${word}" after "python" in the info string.`,
    'lesson.sql-extra-word': ({ word, info }) => `Unknown word "${word}" in the info string "${info}".`,
    'lesson.unknown-sql-role': ({ role }) =>
      `Unknown info string "sql ${role}": expected sql, sql static, sql exercise, sql solution, sql check or sql wrong. Shown as static SQL.`,
    'lesson.part-without-target': ({ role }) => `This "sql ${role}" block has no for=ID, so it belongs to no exercise.`,
    'lesson.exercise-without-id': () => 'This exercise has no id=… attribute; it is shown as a plain example.',
    'lesson.invalid-exercise-id': ({ id }) => `The exercise id "${id}" is invalid: use letters, digits, "-" and "_".`,
    'lesson.bad-order': ({ value }) => `order=${value} is not allowed: use order=any or order=exact.`,
    'lesson.bad-columns': ({ value }) => `columns=${value} is not allowed: use columns=ignore or columns=names.`,
    'lesson.hint-extra': ({ extra }) => `Unknown "${extra}" on a hint container (only for=ID).`,
    'lesson.aside-extra': ({ extra, tone }) => `Unknown "${extra}" on a ${tone} container.`,
    'lesson.hint-without-target': () => 'This hint has no for=ID, so it belongs to no exercise.',
    'lesson.container-without-name': () => `A ":::" container needs a name: ${CONTAINERS_EN}.`,
    'lesson.unknown-container': ({ name }) => `Unknown container "${name}": expected ${CONTAINERS_EN}.`,
    'lesson.container-unclosed': () => 'This ":::" container is never closed with a ":::" line.',
    'lesson.fence-unclosed': ({ fence }) =>
      `This code fence is never closed with a "${fence}" line: the rest of the file is read as its code.`,
    'lesson.empty-file': () => 'The file is empty: there is no lesson in it.',
    'lesson.nested-part': ({ role }) =>
      `A "sql ${role}" block must not be nested in a list, quote or container; here it shows as plain code.`,
    'lesson.duplicate-exercise': ({ id, firstLine }) =>
      `Duplicate exercise id "${id}" (first used on line ${firstLine}); this block is shown as a plain example.`,
    'lesson.unknown-exercise': ({ part, exercise }) => `The ${part} block is for "${exercise}", but there is no exercise with that id.`,
    'lesson.no-solution': ({ exercise }) => `Exercise "${exercise}" has no "sql solution for=${exercise}" block, so it cannot be checked.`,
    'lesson.second-solution': ({ exercise, firstLine }) =>
      `Exercise "${exercise}" already has a solution (line ${firstLine}); this one is ignored.`,
    'lesson.wrong-without-hint': ({ exercise }) =>
      `This wrong answer for "${exercise}" has no leading "-- hint:" line to show the learner.`,
    'lesson.check-unreadable': ({ reason }) => `cannot read (${reason})`,
    'lesson.check-no-files': () => 'no lesson files (.md) found',
    'lesson.check-sql-fails': ({ part, error }, s) => `the ${part} SQL fails: ${s.render(error)}`,
    'lesson.check-solution-fails': ({ exercise, reason }, s) =>
      `the solution of "${exercise}" does not pass its own checks: ${s.render(reason)}`,
    'lesson.check-wrong-passes': ({ exercise }) => `this wrong answer for "${exercise}" passes the checks.`,
    'lesson.check-hint-shadowed': ({ exercise }) =>
      `this wrong answer for "${exercise}" would be shown another block's hint (an earlier wrong block has the same outcome).`,
    'lesson.check-translation-id': ({ id, referenceId, reference }) => `the id "${id}" differs from "${referenceId}" in ${reference}.`,
    'lesson.check-translation-extra': ({ exercise, reference }) => `exercise "${exercise}" is not in ${reference}.`,
    'lesson.check-translation-missing': ({ exercise, reference }) => `exercise "${exercise}" of ${reference} is missing.`,
    'lesson.check-translation-order': ({ reference, order }) =>
      `the exercises are in a different order than in ${reference} (${order.join(', ')}).`,
    'lesson.check-summary': ({ lessons, exercises, errors }, s) =>
      `Checked ${s.count(lessons, EN_LESSONS)} and ${s.count(exercises, EN_EXERCISES)}: ${errors === 0 ? 'all valid' : s.count(errors, EN_ERRORS)}.`,
    'lesson.build-summary': ({ lessons, warnings }, s) =>
      `Compiled ${s.count(lessons, EN_LESSONS)}${warnings === 0 ? '.' : `, with ${s.count(warnings, EN_WARNINGS)} to fix (run \`junction lessons check\` too).`}`,
  },
  ru: {
    'lesson.frontmatter-unclosed': () => 'YAML-шапка, которая начинается здесь, не закрыта строкой "---".',
    'lesson.bad-yaml': ({ error }) => `Ошибка в YAML-шапке урока: «${withoutDot(error)}».`,
    'lesson.frontmatter-not-mapping': () => 'YAML-шапка должна состоять из пар «ключ: значение» (например, "id: …", "title: …").',
    'lesson.unknown-frontmatter-key': ({ key, near }) => `Неизвестный ключ "${key}" в YAML-шапке: может быть, имелся в виду "${near}"?`,
    'lesson.invalid-id': ({ id }) => `Недопустимый id "${id}": используйте строчные латинские буквы, цифры и "-".`,
    'lesson.no-id': () => 'В YAML-шапке нет ключа "id" (строчные латинские буквы, цифры и "-").',
    'lesson.empty-title': () => 'Название урока ("title") должно быть непустым текстом.',
    'lesson.no-title': () => 'В YAML-шапке нет ключа "title".',
    'lesson.unknown-lang': ({ lang }) =>
      `Язык "${lang}" не входит в языки курса: используйте ${LANGUAGES.map((l) => `"${l}"`).join(' или ')}.`,
    'lesson.no-derived-id': () => 'Не удалось определить id урока: в YAML-шапке его нет, а из имени файла его не получить.',
    'lesson.untitled': () => 'У урока нет названия: добавьте YAML-шапку или заголовок.',
    'lesson.not-text': ({ key }) =>
      `Значение "${key}" должно быть текстом${key === 'summary' ? '' : ' (SQL; для нескольких строк используйте "|")'}.`,
    'lesson.bad-info-string': ({ problem }) => `Ошибка в информационной строке блока: ${RU_INFO_PROBLEM(problem)}.`,
    'lesson.bad-container-line': ({ problem }) => `Ошибка в строке контейнера ":::": ${RU_INFO_PROBLEM(problem)}.`,
    'lesson.duplicate-attribute': ({ key, block }) => `Атрибут "${key}" указан в блоке "${block}" дважды.`,
    'lesson.unknown-attribute': ({ key, block, allowed }) =>
      `Неизвестный атрибут "${key}" у блока "${block}"${allowed.length ? ` (допустимы: ${allowed.join(', ')})` : ''}.`,
    'lesson.python-extra-word': ({ word }) => `Неизвестное слово "${word}" после "python" в информационной строке.`,
    'lesson.sql-extra-word': ({ word, info }) => `Неизвестное слово "${word}" в информационной строке "${info}".`,
    'lesson.unknown-sql-role': ({ role }) =>
      `Неизвестная информационная строка "sql ${role}": ожидается "sql", "sql static", "sql exercise", "sql solution", "sql check" или "sql wrong". Блок показан как "sql static".`,
    'lesson.part-without-target': ({ role }) => `У блока "sql ${role}" нет "for=ID", поэтому он не относится ни к одному упражнению.`,
    'lesson.exercise-without-id': () => 'У этого упражнения нет атрибута "id=…", поэтому оно показано как обычный пример.',
    'lesson.invalid-exercise-id': ({ id }) => `Недопустимый id упражнения "${id}": используйте буквы, цифры, "-" и "_".`,
    'lesson.bad-order': ({ value }) => `Значение "order=${value}" недопустимо: используйте "order=any" или "order=exact".`,
    'lesson.bad-columns': ({ value }) => `Значение "columns=${value}" недопустимо: используйте "columns=ignore" или "columns=names".`,
    'lesson.hint-extra': ({ extra }) => `Лишний параметр "${extra}" у контейнера "hint" (допустим только "for=ID").`,
    'lesson.aside-extra': ({ extra, tone }) => `Лишний параметр "${extra}" у контейнера "${tone}".`,
    'lesson.hint-without-target': () => 'У этой подсказки нет "for=ID", поэтому она не относится ни к одному упражнению.',
    'lesson.container-without-name': () => `У контейнера ":::" должно быть имя: ${CONTAINERS_RU}.`,
    'lesson.unknown-container': ({ name }) => `Неизвестный контейнер "${name}": ожидается ${CONTAINERS_RU}.`,
    'lesson.container-unclosed': () => 'Этот контейнер ":::" нигде не закрыт строкой ":::".',
    'lesson.fence-unclosed': ({ fence }) => `Этот блок кода нигде не закрыт строкой "${fence}": весь остаток файла читается как его код.`,
    'lesson.empty-file': () => 'Файл пуст: урока в нём нет.',
    'lesson.nested-part': ({ role }) =>
      `Блок "sql ${role}" нельзя вкладывать в список, цитату или контейнер: здесь он показан как обычный код.`,
    'lesson.duplicate-exercise': ({ id, firstLine }) =>
      `Повторный id упражнения "${id}" (впервые он встречается на строке ${firstLine}): этот блок показан как обычный пример.`,
    'lesson.unknown-exercise': ({ part, exercise }) =>
      `${RU_PART[part]} относится к упражнению "${exercise}", но упражнения с таким id нет.`,
    'lesson.no-solution': ({ exercise }) =>
      `У упражнения "${exercise}" нет блока "sql solution for=${exercise}", поэтому его нельзя проверить.`,
    'lesson.second-solution': ({ exercise, firstLine }) =>
      `У упражнения "${exercise}" уже есть решение (строка ${firstLine}), поэтому это решение не учитывается.`,
    'lesson.wrong-without-hint': ({ exercise }) =>
      `В начале этого неверного ответа к упражнению "${exercise}" нет строки "-- hint:" с подсказкой для ученика.`,
    'lesson.check-unreadable': ({ reason }) => `не удаётся прочитать (${reason})`,
    'lesson.check-no-files': () => 'файлы уроков (.md) не найдены',
    'lesson.check-sql-fails': ({ part, error }, s) =>
      `${part === 'setup' ? 'подготовительный SQL урока (setup)' : 'SQL второй копии урока (variant)'} завершается ошибкой (${
        error.code === 'engine.sqlite-error' ? `SQLite: «${withoutDot(s.render(error))}»` : withoutDot(s.render(error))
      })`,
    'lesson.check-solution-fails': ({ exercise, reason }, s) =>
      `решение упражнения "${exercise}" не проходит его собственные проверки: ${s.render(reason)}`,
    'lesson.check-wrong-passes': ({ exercise }) => `этот неверный ответ к упражнению "${exercise}" проходит проверки.`,
    'lesson.check-hint-shadowed': ({ exercise }) =>
      `к этому неверному ответу для "${exercise}" была бы показана подсказка другого блока (у одного из предыдущих блоков "sql wrong" тот же результат).`,
    'lesson.check-translation-id': ({ id, referenceId, reference }) => `id "${id}" отличается от "${referenceId}" в ${reference}.`,
    'lesson.check-translation-extra': ({ exercise, reference }) => `упражнения "${exercise}" нет в ${reference}.`,
    'lesson.check-translation-missing': ({ exercise, reference }) => `нет упражнения "${exercise}" из ${reference}.`,
    'lesson.check-translation-order': ({ reference, order }) =>
      `упражнения идут не в том порядке, что в ${reference} (${order.join(', ')}).`,
    'lesson.check-summary': ({ lessons, exercises, errors }, s) =>
      `Проверено: ${s.count(lessons, RU_LESSONS)} и ${s.count(exercises, RU_EXERCISES)}; ${
        errors === 0 ? 'ошибок нет' : `${s.plural(errors, { one: 'найдена', other: 'найдено' })} ${s.count(errors, RU_ERRORS)}`
      }.`,
    'lesson.build-summary': ({ lessons, warnings }, s) =>
      `Собрано: ${s.count(lessons, RU_LESSONS)}${
        warnings === 0 ? '.' : `; исправить: ${s.count(warnings, RU_WARNINGS)} (запустите и \`junction lessons check\`).`
      }`,
  },
};
