/**
 * Catalogue section: generated trap data and the smallest counterexample — the verdict on a trap
 * database, the sentence over a counterexample and its labels, and the lesson warnings for `traps=`
 * and `rules=` values an author mistyped.
 */
import type { TrapKind } from '../lessons/types.js';
import type { Message } from './message.js';
import type { Section, Speak } from './section.js';
import { EN_ROWS } from './words.js';

export interface TrapParams {
  /** Right on setup and variant, wrong on the trap database of kind `trap`. */
  'check.trap-mismatch': { trap: TrapKind; difference: Message };
  /**
   * The sentence over a counterexample: its table rows in all (`rows`), and both results as row texts
   * (`actual`, `expected`, at most a few each; `actualMore`/`expectedMore` count the rows left out).
   */
  'counterexample.lead': { rows: number; actual: string[]; actualMore: number; expected: string[]; expectedMore: number };
  'counterexample.database': Record<never, never>;
  'counterexample.yours': Record<never, never>;
  'counterexample.expected': Record<never, never>;
  'counterexample.empty': Record<never, never>;
  /** `traps=` with a word that is no trap kind; `allowed` lists the kinds. */
  'lesson.bad-traps': { value: string; allowed: string[] };
  /** `rules=` with a word that is no rule (or `on-delete=` with no known action). */
  'lesson.bad-rules': { value: string; allowed: string[] };
}

const EN_TRAP: Record<TrapKind, string> = {
  'no-pairs': 'rows with no pairs at all, and new rows with pairs that have the highest ids',
  'many-pairs': 'a row paired with many rows of the other side',
  'misaligned-ids': 'ids on one side that are no ids on the other side',
  'duplicate-values': 'rows repeating the values of other rows, such as two people with the same name',
  nulls: 'NULL in the columns that allow it',
  'self-pairs': 'a row paired with itself',
  ties: 'two rows tied on what the query sorts by',
};

const RU_TRAP: Record<TrapKind, string> = {
  'no-pairs': 'строки совсем без пар, а также новые строки с парами и самыми большими id',
  'many-pairs': 'строка, связанная со многими строками другой стороны',
  'misaligned-ids': 'id одной стороны, которых нет среди id другой стороны',
  'duplicate-values': 'строки, повторяющие значения других строк, например два человека с одним именем',
  nulls: 'NULL в столбцах, которые его допускают',
  'self-pairs': 'строка в паре сама с собой',
  ties: 'две строки с равными значениями там, где запрос сортирует',
};

/** Row texts with "and N more" / "и ещё N". */
function rowList(rows: string[], more: number, s: Speak): string {
  if (more === 0) return s.list(rows);
  const rest = s.lang === 'ru' ? `ещё ${s.number(more)}` : `${s.number(more)} more`;
  return s.list([...rows, rest]);
}

export const trapMessages: Section<TrapParams> = {
  en: {
    'check.trap-mismatch': ({ trap, difference }, s) =>
      `Your answer is right on the lesson's data, but not on a test database made from it to catch a common mistake (${EN_TRAP[trap]}). ${s.render(difference)}`,
    'counterexample.lead': ({ rows, actual, actualMore, expected, expectedMore }, s) => {
      const yours = actual.length === 0 ? 'no rows' : rowList(actual, actualMore, s);
      const theirs = expected.length === 0 ? 'empty' : rowList(expected, expectedMore, s);
      const on = rows === 1 ? 'On this row' : `On these ${s.count(rows, EN_ROWS)}`;
      return `${on} your query returns ${yours}, the expected result is ${theirs}.`;
    },
    'counterexample.database': () => 'The database',
    'counterexample.yours': () => 'Your query returns',
    'counterexample.expected': () => 'The expected result is',
    'counterexample.empty': () => '(no rows)',
    'lesson.bad-traps': ({ value, allowed }) =>
      `traps: "${value}" is not a kind of trap data: use traps=off, traps=all or a comma-separated list of ${allowed.join(', ')}.`,
    'lesson.bad-rules': ({ value, allowed }) =>
      `rules: "${value}" is not a junction rule: use a comma-separated list of ${allowed.join(', ')} (on-delete takes an action: on-delete=cascade, restrict, set-null, set-default or no-action).`,
  },
  ru: {
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
  },
};
