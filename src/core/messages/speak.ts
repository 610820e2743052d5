/** The helpers sentence writers use: plural forms from Intl.PluralRules, numbers, lists. */
import type { Language } from './language.js';
import type { PluralForms } from './section.js';

const rules = new Map<Language, Intl.PluralRules>();

/** The word form for `n` in `lang`, chosen by Intl.PluralRules (Russian one/few/many). */
export function pluralForm(lang: Language, n: number, forms: PluralForms): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  const category = rule.select(n);
  if (category === 'one') return forms.one;
  if (category === 'few') return forms.few ?? forms.other;
  if (category === 'many') return forms.many ?? forms.other;
  return forms.other;
}

/**
 * `1234567` → `1,234,567` in English, `1 234 567` (narrow no-break spaces) in Russian. Written by
 * hand: toLocaleString loads locale data on first use, which slowed the first result.
 */
export function groupThousands(n: number, lang: Language = 'en'): string {
  const [whole = '', fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'ru' ? '\u202f' : ',');
  return fraction === undefined ? grouped : `${grouped}${lang === 'ru' ? ',' : '.'}${fraction}`;
}

/** `a, b and c` / `a, b и c`. */
export function listWords(lang: Language, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'ru' ? 'и' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** A sentence set inside ours (SQLite's text, another message): its closing full stop dropped. */
export function withoutDot(text: string): string {
  return text.replace(/\.$/, '');
}

/** `Ada` → `ada`: a sentence continued after a colon. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** `ada` → `Ada`: a phrase that opens a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
