/**
 * Catalogue section: the learner's files — exporting the lab database, importing one back, and
 * links that carry the playground's SQL.
 * Its phrases, a file per language: files-messages-en.ts, files-messages-ru.ts.
 */

/** Why a file could not be imported: not SQLite at all, damaged inside, not text, or a script that failed. */
export type ImportFailureKind = 'not-sqlite' | 'damaged' | 'not-text' | 'script-failed' | 'unknown-type' | 'too-large';

export interface FilesParams {
  'files.toolbar': Record<never, never>;
  'files.export': Record<never, never>;
  'files.export-sqlite': Record<never, never>;
  'files.export-sql': Record<never, never>;
  'files.import': Record<never, never>;
  'files.copy-link': Record<never, never>;
  'files.drop-database': Record<never, never>;
  'files.exported': { name: string };
  /** `tables`: how many tables the imported database has. */
  'files.imported': { name: string; tables: number };
  /** `detail` is SQLite's own text (or null); `line` is the failing statement's line in a script. */
  'files.import-failed': { name: string; kind: ImportFailureKind; detail: string | null; line: number | null };
  'files.export-failed': { detail: string };
  'files.link-copied': Record<never, never>;
  'files.link-not-copied': Record<never, never>;
  'files.link-opened': Record<never, never>;
  'files.link-unreadable': Record<never, never>;
}
