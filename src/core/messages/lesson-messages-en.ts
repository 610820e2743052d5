/** The lesson section in English (its codes and parameters: lesson-messages.ts); part of catalogue-en.ts. */
import type { InfoStringProblem } from '../lessons/info-string.js';
import { LANGUAGES } from './language.js';
import type { PluralForms, Section } from './section.js';
import type { LessonParams } from './lesson-messages.js';

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

const EN_LESSONS: PluralForms = { one: 'lesson', other: 'lessons' };

const EN_EXERCISES: PluralForms = { one: 'exercise', other: 'exercises' };

const EN_ERRORS: PluralForms = { one: 'error', other: 'errors' };

const EN_WARNINGS: PluralForms = { one: 'warning', other: 'warnings' };

const CONTAINERS_EN = 'hint, tip, warning or note';

export const lessonEnglish: Section<LessonParams>['en'] = {
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
  'lesson.wrong-without-hint': ({ exercise }) => `This wrong answer for "${exercise}" has no leading "-- hint:" line to show the learner.`,
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
};
