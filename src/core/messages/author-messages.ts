/**
 * Catalogue section: the authoring loop, `junction lessons serve` — what the terminal says and
 * what the page's authoring panel says about the lessons folder, its problems and the connection.
 * Its phrases, a file per language: author-messages-en.ts, author-messages-ru.ts.
 */

export interface AuthorParams {
  /** The terminal, once listening: `dir` as the instructor typed it, `url` to open. */
  'author.serving': { dir: string; url: string };
  /** Bound to an address other machines may reach. */
  'author.exposed': { host: string };
  /** The package's `dist/index.html` is missing: `path` is where it was looked for. */
  'author.not-built': { path: string };
  'author.not-a-folder': { dir: string };
  'author.port-in-use': { port: number };
  /** The panel's heading. */
  'author.panel': { dir: string };
  'author.no-lessons': { dir: string };
  'author.live': Record<never, never>;
  'author.checking': Record<never, never>;
  'author.lost': Record<never, never>;
  /** `file` was saved and the lesson on the page was read again. */
  'author.reloaded': { file: string };
  'author.problems': { n: number };
  'author.no-problems': Record<never, never>;
}
