/**
 * Catalogue section: what the app says about the learner's saved work — a stored record that was
 * damaged and set aside, and storage that stopped accepting writes.
 * Its phrases, a file per language: storage-messages-en.ts, storage-messages-ru.ts.
 */

/** Why saving stopped: the browser's storage is full, or there is none to use (private browsing, blocked). */
export type StorageFailureKind = 'quota' | 'unavailable';

export interface StorageParams {
  'storage.record-damaged': Record<never, never>;
  'storage.record-unreadable': Record<never, never>;
  /** `reason` is SQLite's own text when it refused the file, else null (the file was cut short or empty). */
  'storage.db-damaged': { reason: string | null };
  'storage.journal-damaged': Record<never, never>;
  'storage.index-damaged': Record<never, never>;
  'storage.route-damaged': Record<never, never>;
  'storage.store-recreated': Record<never, never>;
  'storage.save-failed': { kind: StorageFailureKind };
  'storage.file-not-kept': { name: string };
  'storage.reset': Record<never, never>;
  'storage.dismiss': Record<never, never>;
}
