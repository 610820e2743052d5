/** The embed section in English (its codes and parameters: embed-messages.ts); part of catalogue-en.ts. */
import type { Section } from './section.js';
import type { EmbedParams } from './embed-messages.js';

export const embedEnglish: Section<EmbedParams>['en'] = {
  'embed.no-source': () =>
    'This embed names no lesson: give it a `src` address or put the markdown inside it in a `<script type="text/markdown">`.',
  'embed.unknown-exercise': ({ exercise, lesson, known }, s) =>
    `The lesson ${lesson} has no exercise \`${exercise}\`. ${
      known.length === 0 ? 'It has no exercises at all.' : `Its exercises: ${s.list(known.map((id) => `\`${id}\``))}.`
    }`,
  'embed.compiled-too-large': () => 'This compiled lesson is over 8 MB, too large to open.',
  'embed.compiled-not-json': () => 'This file is not JSON. A compiled lesson is the file `npx junction lessons build` writes.',
  'embed.compiled-not-lesson': () =>
    'This JSON is not a compiled Junction lesson (its "format" is not "junction-lesson"). Build one with `npx junction lessons build`.',
  'embed.compiled-version': ({ version }) =>
    `This compiled lesson is format version ${version}; this Junction reads version 1. Build it again with \`npx junction lessons build\`.`,
  'embed.compiled-damaged': ({ at }) =>
    `This compiled lesson is damaged${at ? ` (at ${at})` : ''}. Build it again with \`npx junction lessons build\`.`,
};
