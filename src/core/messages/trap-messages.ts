/**
 * Catalogue section: generated trap data and the smallest counterexample — the verdict on a trap
 * database, the sentence over a counterexample and its labels, and the lesson warnings for `traps=`
 * and `rules=` values an author mistyped.
 * Its phrases, a file per language: trap-messages-en.ts, trap-messages-ru.ts.
 */
import type { TrapKind } from '../lessons/types.js';
import type { Message } from './message.js';
import type { Speak } from './section.js';

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

/** Row texts with "and N more" / "и ещё N". */
export function rowList(rows: string[], more: number, s: Speak): string {
  if (more === 0) return s.list(rows);
  const rest = s.lang === 'ru' ? `ещё ${s.number(more)}` : `${s.number(more)} more`;
  return s.list([...rows, rest]);
}
