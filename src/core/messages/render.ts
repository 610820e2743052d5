/** The one renderer: turns a message (code + parameters) into a sentence in English or Russian. */
import { CATALOGUE } from './catalogue.js';
import type { Language } from './language.js';
import { type Bare, type Message, type MessageCode, type MessageParams, msg } from './message.js';
import type { Phrase, Speak } from './section.js';
import { groupThousands, listWords, pluralForm } from './speak.js';

const speakers = new Map<Language, Speak>();

function speakerFor(lang: Language): Speak {
  let speak = speakers.get(lang);
  if (speak) return speak;
  speak = {
    lang,
    plural: (n, forms) => pluralForm(lang, n, forms),
    count: (n, forms) => `${groupThousands(n, lang)} ${pluralForm(lang, n, forms)}`,
    number: (n) => groupThousands(n, lang),
    list: (items) => listWords(lang, items),
    render: (message) => renderMessage(message, lang),
  };
  speakers.set(lang, speak);
  return speak;
}

/** The sentence for `message` in `lang`. Throws only for a code the catalogue lacks (a bug: types prevent it). */
export function renderMessage(message: Message, lang: Language): string {
  const phrase = CATALOGUE[lang][message.code] as Phrase<unknown> | undefined;
  if (!phrase) throw new Error(`The message catalogue has no "${message.code}" in "${lang}".`);
  return phrase(message.params, speakerFor(lang));
}

/** Shorthand for rendering a code directly: `say('ru', 'ui.run')`. */
export function say<K extends Bare>(lang: Language, code: K): string;
export function say<K extends MessageCode>(lang: Language, code: K, params: MessageParams[K]): string;
export function say<K extends MessageCode>(lang: Language, code: K, params?: MessageParams[K]): string {
  return renderMessage(params === undefined ? msg(code as Bare) : ({ code, params } as Message), lang);
}
