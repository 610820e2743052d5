/**
 * The one renderer: turns a message (code + parameters) into a sentence in English or Russian.
 * It knows why an embed cannot show its lesson (the `embed` section) from the start; the chrome's
 * words in a language once `loadChrome` has loaded them (an embed's first paint); and every
 * sentence in a language once `loadCatalogue` has, which whatever shows results, checks, errors or
 * the diagram awaits first. A page thereby loads its learner's language alone (Node takes both:
 * render.ts).
 */
import { embedEnglish } from './embed-messages-en.js';
import { embedRussian } from './embed-messages-ru.js';
import type { Language } from './language.js';
import { type Bare, type Message, type MessageCode, type MessageParams, msg } from './message.js';
import type { Phrase, Section, Speak } from './section.js';
import { groupThousands, listWords, pluralForm } from './speak.js';

type Phrases = Partial<Record<MessageCode, Phrase<never>>>;

const book: Record<Language, Phrases> = { en: { ...embedEnglish }, ru: { ...embedRussian } };
const complete = new Set<Language>();
const chrome = new Map<Language, Promise<void>>();
const catalogues = new Map<Language, Promise<void>>();

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

/** Loads every sentence in `lang` (once); the views that speak beyond the chrome await it first. */
export function loadCatalogue(lang: Language): Promise<void> {
  let loading = catalogues.get(lang);
  if (!loading) {
    const phrases = lang === 'ru' ? import('./catalogue-ru.js').then((m) => m.RUSSIAN) : import('./catalogue-en.js').then((m) => m.ENGLISH);
    loading = phrases.then((all) => addPhrases(lang, all));
    catalogues.set(lang, loading);
  }
  return loading;
}

/** Adds the catalogue in both languages at once (Node: see render.ts). */
export function addCatalogue(catalogue: Section<MessageParams>): void {
  addPhrases('en', catalogue.en);
  addPhrases('ru', catalogue.ru);
}

function addPhrases(lang: Language, phrases: Section<MessageParams>[Language]): void {
  Object.assign(book[lang], phrases);
  complete.add(lang);
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
      complete.has(lang)
        ? `The message catalogue has no "${message.code}" in "${lang}".`
        : `"${message.code}" is not loaded in "${lang}": await loadCatalogue('${lang}') first (loadChrome('${lang}') has the chrome's words alone).`,
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
