/** Catalogue section: why an embedded lesson (`<junction-lesson>`, embed.html) cannot be shown. */
import type { Section } from './section.js';

type None = Record<never, never>;

export interface EmbedParams {
  'embed.no-source': None;
  'embed.unknown-exercise': { exercise: string; lesson: string };
  'embed.compiled-too-large': None;
  'embed.compiled-not-json': None;
  'embed.compiled-not-lesson': None;
  'embed.compiled-version': { version: string };
  /** `at` is where the file first differs from the shape, a dotted path ('' for the whole file). */
  'embed.compiled-damaged': { at: string };
}

export const embedMessages: Section<EmbedParams> = {
  en: {
    'embed.no-source': () =>
      'This embed names no lesson: give it a `src` address or put the markdown inside it in a `<script type="text/markdown">`.',
    'embed.unknown-exercise': ({ exercise, lesson }) => `The lesson ${lesson} has no exercise ${exercise}.`,
    'embed.compiled-too-large': () => 'This compiled lesson is over 8 MB, too large to open.',
    'embed.compiled-not-json': () => 'This file is not JSON. A compiled lesson is the file `npx junction lessons build` writes.',
    'embed.compiled-not-lesson': () =>
      'This JSON is not a compiled Junction lesson (its "format" is not "junction-lesson"). Build one with `npx junction lessons build`.',
    'embed.compiled-version': ({ version }) =>
      `This compiled lesson is format version ${version}; this Junction reads version 1. Build it again with \`npx junction lessons build\`.`,
    'embed.compiled-damaged': ({ at }) =>
      `This compiled lesson is damaged${at ? ` (at ${at})` : ''}. Build it again with \`npx junction lessons build\`.`,
  },
  ru: {
    'embed.no-source': () =>
      'Не указано, какой урок встроить: задайте адрес в `src` или поместите markdown урока внутрь, в `<script type="text/markdown">`.',
    'embed.unknown-exercise': ({ exercise, lesson }) => `В уроке ${lesson} нет упражнения ${exercise}.`,
    'embed.compiled-too-large': () => 'Собранный урок больше 8 МБ — слишком велик, чтобы его открыть.',
    'embed.compiled-not-json': () => 'Этот файл — не JSON. Собранный урок — это файл, который пишет `npx junction lessons build`.',
    'embed.compiled-not-lesson': () =>
      'Этот JSON — не собранный урок Junction (его "format" не "junction-lesson"). Соберите урок командой `npx junction lessons build`.',
    'embed.compiled-version': ({ version }) =>
      `Собранный урок в формате версии ${version}, а этот Junction читает версию 1. Соберите его заново командой \`npx junction lessons build\`.`,
    'embed.compiled-damaged': ({ at }) =>
      `Собранный урок повреждён${at ? ` (в ${at})` : ''}. Соберите его заново командой \`npx junction lessons build\`.`,
  },
};
