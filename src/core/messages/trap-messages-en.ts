/** The trap section in English (its codes and parameters: trap-messages.ts); part of catalogue-en.ts. */
import type { TrapKind } from '../lessons/types.js';
import { EN_ROWS } from './words.js';
import type { Section } from './section.js';
import { rowList } from './trap-messages.js';
import type { TrapParams } from './trap-messages.js';

const EN_TRAP: Record<TrapKind, string> = {
  'no-pairs': 'rows with no pairs at all, and new rows with pairs that have the highest ids',
  'many-pairs': 'a row paired with many rows of the other side',
  'misaligned-ids': 'ids on one side that are no ids on the other side',
  'duplicate-values': 'rows repeating the values of other rows, such as two people with the same name',
  nulls: 'NULL in the columns that allow it',
  'self-pairs': 'a row paired with itself',
  ties: 'two rows tied on what the query sorts by',
};

export const trapEnglish: Section<TrapParams>['en'] = {
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
};
