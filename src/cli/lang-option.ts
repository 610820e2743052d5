/** The `--lang en|ru` option of the commands that print sentences for a learner. */
import { isLanguage, LANGUAGES, type Language } from '../core/messages/language.js';
import { takeValueOption } from './value-option.js';

export type LangOption = { ok: true; lang: Language; rest: string[] } | { ok: false; message: string };

/**
 * Takes `--lang X` or `--lang=X` out of `args` (the last one wins) and returns the other
 * arguments for parseFileArgs, which knows only boolean flags; default English.
 */
export function takeLangOption(args: readonly string[]): LangOption {
  const { values, rest } = takeValueOption(args, 'lang');
  let lang: Language = 'en';
  for (const value of values) {
    if (!isLanguage(value)) {
      const expected = `expected ${LANGUAGES.join(' or ')}`;
      return {
        ok: false,
        message: value === '' ? `--lang needs a language (${expected})` : `unknown language "${value}" for --lang (${expected})`,
      };
    }
    lang = value;
  }
  return { ok: true, lang, rest };
}
