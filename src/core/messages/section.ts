/** The shape of one part of the message catalogue: for each language, a sentence writer per code. */
import type { Language } from './language.js';
import type { Message } from './message.js';

/** Word forms for a count; `few`/`many` are Russian's (2–4, 5–20), `other` covers the rest. */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

/** What a sentence writer may use besides its parameters: counts, lists and nested messages in its language. */
export interface Speak {
  readonly lang: Language;
  /** The word form for `n` (Intl.PluralRules): `plural(5, ru) → 'строк'`. */
  plural(n: number, forms: PluralForms): string;
  /** `n` and its word: `1 row`, `2 строки`, `5 строк`. */
  count(n: number, forms: PluralForms): string;
  /** `1234567` → `1,234,567` (en) or `1 234 567` (ru). */
  number(n: number): string;
  /** `a, b and c` / `a, b и c`. */
  list(items: readonly string[]): string;
  /** A nested message in the same language. */
  render(message: Message): string;
}

/** Writes the sentence for one code from its parameters. */
export type Phrase<P> = (params: P, speak: Speak) => string;

/** A phrase for every code of `P` in every language: a missing translation is a type error. */
export type Section<P> = { [L in Language]: { [K in keyof P]: Phrase<P[K]> } };
