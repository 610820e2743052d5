/** The trap section in Russian (its codes and parameters: trap-messages.ts); part of catalogue-ru.ts. */
import type { TrapKind } from '../lessons/types.js';
import type { Section } from './section.js';
import { rowList } from './trap-messages.js';
import type { TrapParams } from './trap-messages.js';

const RU_TRAP: Record<TrapKind, string> = {
  'no-pairs': 'строки совсем без пар, а также новые строки с парами и самыми большими id',
  'many-pairs': 'строка, связанная со многими строками другой стороны',
  'misaligned-ids': 'id одной стороны, которых нет среди id другой стороны',
  'duplicate-values': 'строки, повторяющие значения других строк, например два человека с одним именем',
  nulls: 'NULL в столбцах, которые его допускают',
  'self-pairs': 'строка в паре сама с собой',
  ties: 'две строки с равными значениями там, где запрос сортирует',
};

export const trapRussian: Section<TrapParams>['ru'] = {
  'check.trap-mismatch': ({ trap, difference }, s) =>
    `На данных урока ваш ответ верен, но не на проверочной базе, построенной из них, чтобы ловить частую ошибку (${RU_TRAP[trap]}). ${s.render(difference)}`,
  'counterexample.lead': ({ rows, actual, actualMore, expected, expectedMore }, s) => {
    const on =
      rows === 1 ? 'На этой строке' : `На этих ${s.count(rows, { one: 'строке', few: 'строках', many: 'строках', other: 'строках' })}`;
    const yours =
      actual.length === 0 ? 'ваш запрос не возвращает ни одной строки' : `ваш запрос возвращает ${rowList(actual, actualMore, s)}`;
    const theirs = expected.length === 0 ? 'а ожидаемый результат пуст' : `а ожидаемый результат — ${rowList(expected, expectedMore, s)}`;
    return `${on} ${yours}, ${theirs}.`;
  },
  'counterexample.database': () => 'База данных',
  'counterexample.yours': () => 'Ваш запрос возвращает',
  'counterexample.expected': () => 'Ожидаемый результат',
  'counterexample.empty': () => '(нет строк)',
  'lesson.bad-traps': ({ value, allowed }) =>
    `Значение "${value}" в "traps=" не является видом проверочных данных: используйте "traps=off", "traps=all" или список через запятую из ${allowed.map((a) => `"${a}"`).join(', ')}.`,
  'lesson.bad-rules': ({ value, allowed }) =>
    `Значение "${value}" в "rules=" не является правилом для таблицы связей: используйте список через запятую из ${allowed.map((a) => `"${a}"`).join(', ')} (для "on-delete" укажите действие: "on-delete=cascade", "restrict", "set-null", "set-default" или "no-action").`,
};
