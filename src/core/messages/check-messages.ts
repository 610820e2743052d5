/** Catalogue section: the checker's verdicts on an exercise answer, and the summary of a result diff. */
import type { Message } from './message.js';
import type { PluralForms, Section } from './section.js';
import { EN_ROWS } from './words.js';

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

const EN_EXPECTED_ROWS: PluralForms = { one: 'expected row', other: 'expected rows' };
const EN_COLUMNS: PluralForms = { one: 'column', other: 'columns' };
const RU_COLUMNS: PluralForms = { one: 'столбец', few: 'столбца', many: 'столбцов', other: 'столбца' };

const withoutDot = (text: string) => text.replace(/\.$/, '');
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A check query on one line, cut to fit a sentence. */
export function oneLine(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}

const EN_PART: Record<LessonPart, (exercise: string) => string> = {
  setup: () => "The lesson's setup SQL fails",
  variant: () => "The lesson's variant SQL fails",
  solution: () => "The lesson's reference solution fails",
  'reference-check': () => 'A check query of this exercise fails on the reference solution',
  'earlier-solution': (id) => `The solution of the earlier exercise "${id}" fails`,
};

const RU_PART: Record<LessonPart, (exercise: string) => string> = {
  setup: () => 'Подготовительный SQL урока (setup) завершается ошибкой',
  variant: () => 'SQL второй копии урока (variant) завершается ошибкой',
  solution: () => 'Эталонное решение урока завершается ошибкой',
  'reference-check': () => 'Проверочный запрос этого упражнения завершается ошибкой на эталонном решении',
  'earlier-solution': (id) => `Решение предыдущего упражнения «${id}» завершается ошибкой`,
};

export const checkMessages: Section<CheckParams> = {
  en: {
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
  },
  ru: {
    'check.no-solution': () => 'У этого упражнения нет эталонного решения, поэтому его нельзя проверить.',
    'check.timeout': () =>
      'Ваш код выполнялся слишком долго и был остановлен (возможно, он зацикливается — например, рекурсивный запрос без условия выхода).',
    'check.code-error': ({ line, error, explanation }, s) =>
      `Ваш код остановился с ошибкой на строке ${line} (SQLite: «${withoutDot(error)}»).${explanation ? ` ${s.render(explanation)}` : ''}`,
    'check.check-query-error': ({ sql, error, explanation }, s) =>
      `После вашего кода проверочный запрос «${oneLine(sql)}» завершается ошибкой (SQLite: «${withoutDot(error)}»).${explanation ? ` ${s.render(explanation)}` : ''}`,
    'check.no-rows': () =>
      'Код выполнился без ошибок, но ни один его оператор не вернул строк для сравнения. Закончите код запросом SELECT, который отвечает на вопрос.',
    'check.column-count': ({ actual, expected }, s) =>
      `В вашем результате ${s.count(actual, RU_COLUMNS)}, а в ожидаемом — ${s.count(expected, RU_COLUMNS)}.`,
    'check.column-names': ({ expected, actual }) =>
      `Столбцы должны называться ${expected.join(', ')}, а у вас — ${actual.join(', ')} (переименовать столбец можно с помощью AS).`,
    'check.order': () =>
      'Строки верные, но идут в другом порядке: в этом упражнении их нужно упорядочить так, как сказано в задании (ORDER BY).',
    'check.rows': ({ missing, extra }, s) => {
      const parts: string[] = [];
      if (missing > 0) {
        parts.push(
          `не хватает ${s.count(missing, { one: 'ожидаемой строки', few: 'ожидаемых строк', many: 'ожидаемых строк', other: 'ожидаемой строки' })}`,
        );
      }
      if (extra > 0)
        parts.push(`есть ${s.count(extra, { one: 'лишняя строка', few: 'лишние строки', many: 'лишних строк', other: 'лишней строки' })}`);
      return `В вашем результате другие строки: ${parts.join(' и ')}.`;
    },
    'check.data-differs': ({ difference }, s) => `После вашего кода данные не такие, как ожидалось: ${lowerFirst(s.render(difference))}`,
    'check.accidental-match': ({ difference }, s) =>
      `На данных урока ваш ответ даёт верный результат, а на второй копии с немного другими данными — нет, так что совпадение случайное. ${s.render(difference)}`,
    'check.passed-data': () => 'Верно: после вашего кода база данных именно такая, как ожидалось.',
    'check.passed-result': () => 'Верно: ваш результат совпадает с ожидаемым.',
    'check.foreign-keys-off': ({ verdict }, s) =>
      `${s.render(verdict)} Обратите внимание: ваш код отключает внешние ключи, поэтому SQLite больше не проверяет, что id указывают на существующие строки.`,
    'check.lesson-fault': ({ part, exercise, line, error }, s) =>
      `${RU_PART[part](exercise ?? '')} (строка ${line}: ${s.render(error)}). Это ошибка в самом уроке, а не в вашем ответе.`,
    'check.diff-counts': ({ missing, extra }, s) =>
      `не хватает ${s.count(missing, { one: 'строки', few: 'строк', many: 'строк', other: 'строки' })}, ${s.count(extra, { one: 'лишняя строка', few: 'лишние строки', many: 'лишних строк', other: 'лишней строки' })}`,
  },
};
