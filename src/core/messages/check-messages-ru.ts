/** The check section in Russian (its codes and parameters: check-messages.ts); part of catalogue-ru.ts. */
import type { PluralForms, Section } from './section.js';
import { oneLine } from './check-messages.js';
import { lowerFirst, withoutDot } from './speak.js';
import type { CheckParams, LessonPart } from './check-messages.js';

const RU_COLUMNS: PluralForms = { one: 'столбец', few: 'столбца', many: 'столбцов', other: 'столбца' };

const RU_PART: Record<LessonPart, (exercise: string) => string> = {
  setup: () => 'Подготовительный SQL урока (setup) завершается ошибкой',
  variant: () => 'SQL второй копии урока (variant) завершается ошибкой',
  solution: () => 'Эталонное решение урока завершается ошибкой',
  'reference-check': () => 'Проверочный запрос этого упражнения завершается ошибкой на эталонном решении',
  'earlier-solution': (id) => `Решение предыдущего упражнения «${id}» завершается ошибкой`,
};

export const checkRussian: Section<CheckParams>['ru'] = {
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
};
