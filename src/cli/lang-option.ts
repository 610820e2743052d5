/** The `--lang en|ru` option of the commands that print sentences for a learner. */
import { isLanguage, LANGUAGES, type Language } from '../core/messages/language.js';

export type LangOption = { ok: true; lang: Language; rest: string[] } | { ok: false; message: string };

/**
 * Takes `--lang X` or `--lang=X` out of `args` (the last one wins) and returns the other
 * arguments for parseFileArgs, which knows only boolean flags; default English.
 */
export function takeLangOption(args: readonly string[]): LangOption {
  const rest: string[] = [];
  let lang: Language = 'en';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    let value: string | undefined;
    if (a === '--lang') value = args[++i] ?? '';
    else if (a.startsWith('--lang=')) value = a.slice('--lang='.length);
    else {
      rest.push(a);
      continue;
    }
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
