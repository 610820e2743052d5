/** The engine section in Russian (its codes and parameters: engine-messages.ts); part of catalogue-ru.ts. */
import type { UnreadableCharacter } from '../engine.js';
import type { Section } from './section.js';
import { excerpt, seconds } from './engine-messages.js';
import type { EngineParams } from './engine-messages.js';

const RU_CHARACTER: Record<UnreadableCharacter, string> = {
  nul: 'нулевой символ (код 0), на котором SQLite прекращает чтение',
  'unpaired-surrogate': 'испорченный символ (половина суррогатной пары), который SQLite не может прочитать',
};

const RU_GENITIVE_VALUES = { one: 'значения', few: 'значений', many: 'значений', other: 'значения' };

const RU_GENITIVE_CHARS = { one: 'символа', few: 'символов', many: 'символов', other: 'символа' };

export const engineRussian: Section<EngineParams>['ru'] = {
  'engine.timeout': ({ limitMs }) => `Остановлено через ${seconds(limitMs, ',')} с — база данных осталась такой, какой была до запуска.`,
  'engine.crash': ({ afterMs }) =>
    `Движок базы данных упал через ${seconds(afterMs, ',')} с — база данных осталась такой, какой была до запуска.`,
  'engine.sqlite-error': ({ text }) => text,
  'engine.stopped': ({ limitMs }) => `остановлено через ${seconds(limitMs, ',')} с — предел времени`,
  'engine.crashed': ({ afterMs }) => `движок базы данных упал через ${seconds(afterMs, ',')} с`,
  'engine.unreadable-character': ({ reason, line, column, sql }) =>
    `В строке ${line}, позиция ${column}, стоит ${RU_CHARACTER[reason]} — в инструкции «${excerpt(sql)}». Ничего не выполнено: удалите этот символ и запустите снова.`,
  'engine.too-big-to-check': ({ rows, by, limit }, s) => {
    const n = s.number(limit);
    const what = {
      maxRows: `${s.count(rows, { one: 'строка', few: 'строки', many: 'строк', other: 'строки' })}, а проверка сравнивает не больше ${n}`,
      maxCells: `больше ${n} ${s.plural(limit, RU_GENITIVE_VALUES)} в сумме`,
      maxChars: `больше ${n} ${s.plural(limit, RU_GENITIVE_CHARS)} текста в сумме`,
      maxCellChars: `значение длиннее ${n} ${s.plural(limit, RU_GENITIVE_CHARS)}`,
    }[by];
    return `Результат слишком велик для проверки (${what}). Сузьте запрос с помощью WHERE или LIMIT и проверьте снова.`;
  },
};
