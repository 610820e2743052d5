/** The storage section in Russian (its codes and parameters: storage-messages.ts); part of catalogue-ru.ts. */
import type { Section } from './section.js';
import type { StorageParams } from './storage-messages.js';

export const storageRussian: Section<StorageParams>['ru'] = {
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
};
