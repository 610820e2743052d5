/**
 * Catalogue section: why an embedded lesson (`<junction-lesson>`, embed.html) cannot be shown.
 * Its phrases, a file per language: embed-messages-en.ts, embed-messages-ru.ts.
 */

type None = Record<never, never>;

export interface EmbedParams {
  'embed.no-source': None;
  /** `known`: the lesson's exercise ids, in file order, so the page's author sees what to write instead. */
  'embed.unknown-exercise': { exercise: string; lesson: string; known: string[] };
  'embed.compiled-too-large': None;
  'embed.compiled-not-json': None;
  'embed.compiled-not-lesson': None;
  'embed.compiled-version': { version: string };
  /** `at` is where the file first differs from the shape, a dotted path ('' for the whole file). */
  'embed.compiled-damaged': { at: string };
}
