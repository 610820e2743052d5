/** The check section in English (its codes and parameters: check-messages.ts); part of catalogue-en.ts. */
import type { PluralForms, Section } from './section.js';
import { EN_ROWS } from './words.js';
import { oneLine } from './check-messages.js';
import { lowerFirst, withoutDot } from './speak.js';
import type { CheckParams, LessonPart } from './check-messages.js';

const EN_EXPECTED_ROWS: PluralForms = { one: 'expected row', other: 'expected rows' };

const EN_COLUMNS: PluralForms = { one: 'column', other: 'columns' };

const EN_PART: Record<LessonPart, (exercise: string) => string> = {
  setup: () => "The lesson's setup SQL fails",
  variant: () => "The lesson's variant SQL fails",
  solution: () => "The lesson's reference solution fails",
  'reference-check': () => 'A check query of this exercise fails on the reference solution',
  'earlier-solution': (id) => `The solution of the earlier exercise "${id}" fails`,
};

export const checkEnglish: Section<CheckParams>['en'] = {
  'check.no-solution': () => 'This exercise has no reference solution, so it cannot be checked.',
  'check.timeout': () => 'Your code ran too long and was stopped (it may loop forever, e.g. a recursive query without an end).',
  'check.code-error': ({ line, error, explanation }, s) =>
    `Your code stopped with an error on line ${line}: ${withoutDot(error)}.${explanation ? ` ${s.render(explanation)}` : ''}`,
  'check.check-query-error': ({ sql, error, explanation }, s) =>
    `After your code, the check query "${oneLine(sql)}" fails: ${withoutDot(error)}.${explanation ? ` ${s.render(explanation)}` : ''}`,
  'check.no-rows': () =>
    'Your code ran without an error, but no statement in it returned rows to compare. End it with the SELECT that answers the question.',
  'check.column-count': ({ actual, expected }, s) =>
    `Your result has ${s.count(actual, EN_COLUMNS)}; the expected result has ${s.count(expected, EN_COLUMNS)}.`,
  'check.column-names': ({ expected, actual }) =>
    `The columns should be named ${expected.join(', ')}, but yours are ${actual.join(', ')} (use AS to rename a column).`,
  'check.order': () => 'The rows are right but in a different order: this exercise expects them sorted as the question asks (ORDER BY).',
  'check.rows': ({ missing, extra }, s) => {
    const parts: string[] = [];
    if (missing > 0) parts.push(`${s.count(missing, EN_EXPECTED_ROWS)} ${s.plural(missing, { one: 'is', other: 'are' })} missing`);
    if (extra > 0) parts.push(`${s.count(extra, EN_ROWS)} ${s.plural(extra, { one: 'is', other: 'are' })} extra`);
    return `Your result has different rows: ${parts.join(' and ')}.`;
  },
  'check.data-differs': ({ difference }, s) => `After your code, the data is not as expected: ${lowerFirst(s.render(difference))}`,
  'check.accidental-match': ({ difference }, s) =>
    `Your answer gives the right result on the lesson's data, but not on a second copy with slightly different data, so it matches by accident. ${s.render(difference)}`,
  'check.passed-data': () => 'Correct: after your code the database is exactly as expected.',
  'check.passed-result': () => 'Correct: your result matches the expected one.',
  'check.foreign-keys-off': ({ verdict }, s) =>
    `${s.render(verdict)} Note: your code turns foreign keys off, so SQLite no longer checks that ids point at existing rows.`,
  'check.lesson-fault': ({ part, exercise, line, error }, s) =>
    `${EN_PART[part](exercise ?? '')} (line ${line}: ${s.render(error)}). This is a problem with the lesson, not with your answer.`,
  'check.diff-counts': ({ missing, extra }, s) =>
    `${s.count(missing, EN_ROWS)} missing, ${s.count(extra, { one: 'extra row', other: 'extra rows' })}`,
};
