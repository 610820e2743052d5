/** The storage section in English (its codes and parameters: storage-messages.ts); part of catalogue-en.ts. */
import type { Section } from './section.js';
import type { StorageParams } from './storage-messages.js';

export const storageEnglish: Section<StorageParams>['en'] = {
  'storage.record-damaged': () => 'Part of your saved work on this lesson was damaged: it has been set aside and the rest restored.',
  'storage.record-unreadable': () => 'Your saved work on this lesson was damaged and has been set aside; the lesson starts afresh.',
  'storage.db-damaged': ({ reason }) =>
    `Your saved database for this lesson was damaged${reason ? ` (${reason})` : ''}: it has been set aside and the lesson's tables made afresh.`,
  'storage.journal-damaged': () => 'Your latest unsaved edits were damaged and have been set aside.',
  'storage.index-damaged': () =>
    'The list of your solved exercises was damaged: it has been set aside and rebuilt from your saved lessons.',
  'storage.route-damaged': () => 'The lesson you had open last could not be read back, so the course opens at its first lesson.',
  'storage.store-recreated': () =>
    "Junction's storage in this browser was incomplete and has been repaired; some work saved before may be missing.",
  'storage.save-failed': ({ kind }) =>
    `Your work can no longer be saved in this browser (${kind === 'quota' ? 'its storage is full' : 'storage is unavailable, as in private browsing'}): it stays on this page until you close it.`,
  'storage.file-not-kept': ({ name }) => `The lesson ${name} was opened from a file and is not kept in this browser: open the file again.`,
  'storage.reset': () => 'Start this lesson afresh',
  'storage.dismiss': () => 'Dismiss',
};
