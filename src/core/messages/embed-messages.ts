/** Catalogue section: why an embedded lesson (`<junction-lesson>`, embed.html) cannot be shown. */
import type { Section } from './section.js';

type None = Record<never, never>;

export interface EmbedParams {
  'embed.no-source': None;
  'embed.unknown-exercise': { exercise: string; lesson: string };
}

export const embedMessages: Section<EmbedParams> = {
  en: {
    'embed.no-source': () =>
      'This embed names no lesson: give it a `src` address or put the markdown inside it in a `<script type="text/markdown">`.',
    'embed.unknown-exercise': ({ exercise, lesson }) => `The lesson ${lesson} has no exercise ${exercise}.`,
  },
  ru: {
    'embed.no-source': () =>
      'Не указано, какой урок встроить: задайте адрес в `src` или поместите markdown урока внутрь, в `<script type="text/markdown">`.',
    'embed.unknown-exercise': ({ exercise, lesson }) => `В уроке ${lesson} нет упражнения ${exercise}.`,
  },
};
