/**
 * Catalogue section: what the app says about the learner's saved work — a stored record that was
 * damaged and set aside, and storage that stopped accepting writes.
 */
import type { Section } from './section.js';

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

export const storageMessages: Section<StorageParams> = {
  en: {
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
    'storage.file-not-kept': ({ name }) =>
      `The lesson ${name} was opened from a file and is not kept in this browser: open the file again.`,
    'storage.reset': () => 'Start this lesson afresh',
    'storage.dismiss': () => 'Dismiss',
  },
  ru: {
    'storage.record-damaged': () => 'Часть сохранённой работы по этому уроку повреждена: она отложена в сторону, остальное восстановлено.',
    'storage.record-unreadable': () => 'Сохранённая работа по этому уроку повреждена и отложена в сторону; урок начат заново.',
    'storage.db-damaged': ({ reason }) =>
      `Сохранённая база данных этого урока повреждена${reason ? ` («${reason}»)` : ''}: она отложена в сторону, а таблицы урока созданы заново.`,
    'storage.journal-damaged': () => 'Последние несохранённые правки повреждены и отложены в сторону.',
    'storage.index-damaged': () => 'Список решённых упражнений был повреждён: он отложен в сторону и восстановлен по сохранённым урокам.',
    'storage.route-damaged': () => 'Не удалось прочитать, какой урок был открыт последним, поэтому курс открыт с первого урока.',
    'storage.store-recreated': () =>
      'Хранилище Junction в этом браузере было неполным и восстановлено; часть сохранённой ранее работы может отсутствовать.',
    'storage.save-failed': ({ kind }) =>
      `Работу больше не удаётся сохранять в этом браузере (${kind === 'quota' ? 'хранилище переполнено' : 'хранилище недоступно, например в приватном режиме'}): она остаётся на этой странице, пока вы её не закроете.`,
    'storage.file-not-kept': ({ name }) => `Урок ${name} был открыт из файла и не хранится в браузере: откройте файл ещё раз.`,
    'storage.reset': () => 'Начать урок заново',
    'storage.dismiss': () => 'Закрыть',
  },
};
