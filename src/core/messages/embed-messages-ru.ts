/** The embed section in Russian (its codes and parameters: embed-messages.ts); part of catalogue-ru.ts. */
import type { Section } from './section.js';
import type { EmbedParams } from './embed-messages.js';

export const embedRussian: Section<EmbedParams>['ru'] = {
  'embed.no-source': () =>
    'Не указано, какой урок встроить: задайте адрес в `src` или поместите markdown урока внутрь, в `<script type="text/markdown">`.',
  'embed.unknown-exercise': ({ exercise, lesson, known }, s) =>
    `В уроке ${lesson} нет упражнения \`${exercise}\`. ${
      known.length === 0 ? 'Упражнений в нём нет вовсе.' : `Его упражнения: ${s.list(known.map((id) => `\`${id}\``))}.`
    }`,
  'embed.compiled-too-large': () => 'Собранный урок больше 8 МБ — слишком велик, чтобы его открыть.',
  'embed.compiled-not-json': () => 'Этот файл — не JSON. Собранный урок — это файл, который пишет `npx junction lessons build`.',
  'embed.compiled-not-lesson': () =>
    'Этот JSON — не собранный урок Junction (его "format" не "junction-lesson"). Соберите урок командой `npx junction lessons build`.',
  'embed.compiled-version': ({ version }) =>
    `Собранный урок в формате версии ${version}, а этот Junction читает версию 1. Соберите его заново командой \`npx junction lessons build\`.`,
  'embed.compiled-damaged': ({ at }) =>
    `Собранный урок повреждён${at ? ` (в ${at})` : ''}. Соберите его заново командой \`npx junction lessons build\`.`,
};
