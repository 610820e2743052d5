/** The message catalogue in both languages, for Node (the CLI, tests); the page loads one at a time (renderer.ts). */
import { ENGLISH } from './catalogue-en.js';
import { RUSSIAN } from './catalogue-ru.js';
import type { MessageParams } from './message.js';
import type { Section } from './section.js';

export const CATALOGUE: Section<MessageParams> = { en: ENGLISH, ru: RUSSIAN };
