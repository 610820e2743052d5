/** The lesson section in Russian (its codes and parameters: lesson-messages.ts); part of catalogue-ru.ts. */
import type { InfoStringProblem } from '../lessons/info-string.js';
import { LANGUAGES } from './language.js';
import type { PluralForms, Section } from './section.js';
import type { ExercisePart, LessonParams } from './lesson-messages.js';
import { withoutDot } from './speak.js';

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

const RU_WARNINGS: PluralForms = { one: 'предупреждение', few: 'предупреждения', many: 'предупреждений', other: 'предупреждения' };

const RU_LESSONS: PluralForms = { one: 'урок', few: 'урока', many: 'уроков', other: 'урока' };

const RU_EXERCISES: PluralForms = { one: 'упражнение', few: 'упражнения', many: 'упражнений', other: 'упражнения' };

const RU_ERRORS: PluralForms = { one: 'ошибка', few: 'ошибки', many: 'ошибок', other: 'ошибки' };

const CONTAINERS_RU = '"hint", "tip", "warning" или "note"';

export const lessonRussian: Section<LessonParams>['ru'] = {
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
  'lesson.unknown-exercise': ({ part, exercise }) => `${RU_PART[part]} относится к упражнению "${exercise}", но упражнения с таким id нет.`,
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
  'lesson.check-translation-order': ({ reference, order }) => `упражнения идут не в том порядке, что в ${reference} (${order.join(', ')}).`,
  'lesson.check-summary': ({ lessons, exercises, errors }, s) =>
    `Проверено: ${s.count(lessons, RU_LESSONS)} и ${s.count(exercises, RU_EXERCISES)}; ${
      errors === 0 ? 'ошибок нет' : `${s.plural(errors, { one: 'найдена', other: 'найдено' })} ${s.count(errors, RU_ERRORS)}`
    }.`,
  'lesson.build-summary': ({ lessons, warnings }, s) =>
    `Собрано: ${s.count(lessons, RU_LESSONS)}${
      warnings === 0 ? '.' : `; исправить: ${s.count(warnings, RU_WARNINGS)} (запустите и \`junction lessons check\`).`
    }`,
};
