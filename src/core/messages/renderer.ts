/**
 * The one renderer: turns a message (code + parameters) into a sentence in English or Russian.
 * It knows why an embed cannot show its lesson (the `embed` section) from the start, the chrome's
 * words in a language once `loadChrome` has loaded them, and the whole catalogue once `render.ts`
 * has, which whatever shows results, checks or errors imports. An embed's page thereby draws its
 * buttons without loading every sentence of the course in both languages (30 KB gzip).
 */
import { embedMessages } from './embed-messages.js';
import type { Language } from './language.js';
import { type Bare, type Message, type MessageCode, type MessageParams, msg } from './message.js';
import type { Phrase, Section, Speak } from './section.js';
import { groupThousands, listWords, pluralForm } from './speak.js';

type Phrases = Partial<Record<MessageCode, Phrase<never>>>;

const book: Record<Language, Phrases> = { en: { ...embedMessages.en }, ru: { ...embedMessages.ru } };
let complete = false;
const chrome = new Map<Language, Promise<void>>();

/** Loads the chrome's words (buttons, labels: the `ui` section) in `lang` alone. */
export function loadChrome(lang: Language): Promise<void> {
  let loading = chrome.get(lang);
  if (!loading) {
    const words =
      lang === 'ru' ? import('./ui-messages-ru.js').then((m) => m.uiRussian) : import('./ui-messages-en.js').then((m) => m.uiEnglish);
    loading = words.then((phrases) => {
      book[lang] = { ...phrases, ...book[lang] };
    });
    chrome.set(lang, loading);
  }
  return loading;
}

/** Adds the whole catalogue (see render.ts). */
export function addCatalogue(catalogue: Section<MessageParams>): void {
  Object.assign(book.en, catalogue.en);
  Object.assign(book.ru, catalogue.ru);
  complete = true;
}

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

/**
 * The sentence for `message` in `lang`. Throws only for a code the catalogue lacks, or one not
 * loaded yet: both bugs, which tests catch.
 */
export function renderMessage(message: Message, lang: Language): string {
  const phrase = book[lang][message.code] as Phrase<unknown> | undefined;
  if (!phrase) {
    throw new Error(
      complete
        ? `The message catalogue has no "${message.code}" in "${lang}".`
        : `"${message.code}" is not loaded in "${lang}": await loadChrome('${lang}') for the chrome's words, or import render.ts (the whole catalogue).`,
    );
  }
  return phrase(message.params, speakerFor(lang));
}

/** Shorthand for rendering a code directly: `say('ru', 'ui.run')`. */
export function say<K extends Bare>(lang: Language, code: K): string;
export function say<K extends MessageCode>(lang: Language, code: K, params: MessageParams[K]): string;
export function say<K extends MessageCode>(lang: Language, code: K, params?: MessageParams[K]): string {
  return renderMessage(params === undefined ? msg(code as Bare) : ({ code, params } as Message), lang);
}
