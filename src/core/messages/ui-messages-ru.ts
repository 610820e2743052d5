/** The chrome's words in Russian (ui-messages.ts): loaded alone by an embed that speaks Russian. */
import type { PluralForms, Section } from './section.js';
import type { UiParams } from './ui-messages.js';
import { ROWS } from './words.js';

const COLUMNS: PluralForms = { one: 'столбец', few: 'столбца', many: 'столбцов', other: 'столбца' };
const CHARS: PluralForms = { one: 'символ', few: 'символа', many: 'символов', other: 'символа' };
/** «символ» after «до»: до 1 символа, до 5 символов. */
const CHARS_GENITIVE: PluralForms = { one: 'символа', few: 'символов', many: 'символов', other: 'символа' };
const BYTES: PluralForms = { one: 'байт', few: 'байта', many: 'байт', other: 'байта' };

export const uiRussian: Section<UiParams>['ru'] = {
  'ui.run': () => 'Выполнить',
  'ui.running': () => 'Выполняется…',
  'ui.run-keys': () => 'Ctrl+Enter — выполнить оператор, Shift+Ctrl+Enter — всё; Esc, затем Tab — выйти из редактора',
  'ui.nothing-to-run': () =>
    'Нечего выполнять: в редакторе нет ни одного SQL-оператора, только пробелы или комментарии. Напишите запрос и нажмите «Выполнить».',
  'ui.playground': () => 'Песочница',
  'ui.playground-hint': () => 'Пробуйте что угодно: запросы идут в ту же базу, что и урок.',
  'ui.diagram': () => 'Диаграмма',
  'ui.schema': () => 'Схема',
  'ui.rows': () => 'Строки',
  'ui.sqlalchemy': () => 'SQLAlchemy',
  'ui.course': () => 'Курс',
  'ui.previous': () => '← Назад',
  'ui.next': () => 'Дальше →',
  'ui.check': () => 'Проверить',
  'ui.hint': () => 'Подсказка',
  'ui.next-hint': () => 'Ещё подсказка',
  'ui.no-more-hints': () => 'Подсказок больше нет',
  'ui.show-solution': () => 'Показать решение',
  'ui.confirm-solution': () => 'Показать решение сейчас? Ещё одна попытка обычно учит большему.',
  'ui.solved': () => 'Решено',
  'ui.not-solved': () => 'Ещё не решено',
  'ui.checking': () => 'Проверяем…',
  'ui.passed': () => 'Верно — отлично!',
  'ui.expected': () => 'Ожидалось',
  'ui.your-result': () => 'Ваш результат',
  'ui.exercise': () => 'Упражнение',
  'ui.reset-lesson': () => 'Сбросить урок',
  'ui.reset-course': () => 'Сбросить курс',
  'ui.confirm-reset-lesson': () => 'Сбросить этот урок? Отметки о решении, тексты в редакторах и его база данных будут удалены.',
  'ui.confirm-reset-course': () => 'Сбросить весь курс? Прогресс во всех уроках будет удалён.',
  'ui.open-lesson': () => 'Открыть файл урока…',
  'ui.drop-lesson': () => 'Перетащите урок (.md), чтобы открыть его',
  'ui.open-failed': () => 'Не удалось открыть урок',
  'ui.create-tables': () => 'Создать таблицы',
  'ui.show-sql': () => 'Показать SQL',
  'ui.hide-sql': () => 'Скрыть SQL',
  'ui.copy': () => 'Копировать',
  'ui.copied': () => 'Скопировано',
  'ui.theme': () => 'Тема',
  'ui.language': () => 'Язык',
  'ui.menu': () => 'Уроки',
  'ui.loading': () => 'Загружаем SQLite…',
  'ui.lesson-warnings': () => 'В файле урока есть ошибки',
  'ui.empty-diagram': () => 'Таблиц пока нет. Выполните CREATE TABLE — и диаграмма нарисуется сама.',
  'ui.physical': () => 'Физическая',
  'ui.logical': () => 'Логическая',
  'ui.fit': () => 'Вписать',
  'ui.export-svg': () => 'SVG',
  'ui.export-png': () => 'PNG',
  'ui.error-on-line': ({ line }) => `Ошибка в операторе на строке ${line}`,
  'ui.duration': ({ ms }, s) => `${ms < 10 ? ms.toFixed(1).replace('.', ',') : s.number(Math.round(ms))} мс`,
  'ui.row-count': ({ n }, s) => s.count(n, ROWS),
  'ui.row-count-at-least': ({ n }, s) =>
    `не меньше ${s.count(n, { one: 'строки', few: 'строк', many: 'строк', other: 'строки' })} (дальше не считали)`,
  'ui.rows-cut': ({ shown, total }, s) => {
    const first = `${s.plural(shown, { one: 'Показана только первая', other: 'Показаны только первые' })} ${s.count(shown, ROWS)}`;
    const how = `Чтобы увидеть остальные, листайте их с помощью ORDER BY, LIMIT и OFFSET (например, … ORDER BY 1 LIMIT ${shown} OFFSET ${shown}).`;
    return total === null ? `${first}, а их больше. ${how}` : `${first} из ${s.number(total)}. ${how}`;
  },
  'ui.values-shortened': ({ count, limit }, s) =>
    `${s.count(count, { one: 'значение длиннее', few: 'значения длиннее', many: 'значений длиннее', other: 'значения длиннее' })} ${s.count(limit, CHARS_GENITIVE)} и ${s.plural(count, { one: 'показано обрезанным', other: 'показаны обрезанными' })} до этой длины: остальное прочитайте через substr(столбец, ${s.number(limit + 1)}, ${s.number(limit)}).`,
  'ui.columns-cut': ({ shown, total }, s) =>
    `${s.plural(shown, { one: 'Показан только первый', other: 'Показаны только первые' })} ${s.count(shown, COLUMNS)} из ${s.number(total)}: перечислите в SELECT те, что нужны.`,
  'ui.cells-cut': ({ limit }, s) =>
    `Значения, которые не помещаются в столбец, обрезаны: нажмите … в ячейке, чтобы увидеть значение целиком (до ${s.count(limit, CHARS_GENITIVE)}; любую часть можно прочитать через substr()).`,
  'ui.result-table': ({ rows, columns }, s) => `Результат: ${s.count(rows, ROWS)}, ${s.count(columns, COLUMNS)}`,
  'ui.show-cell': () => 'Показать значение целиком',
  'ui.cell-title': ({ row, column }, s) => `Строка ${s.number(row)}, столбец ${column}`,
  'ui.cell-length': ({ chars }, s) => s.count(chars, CHARS),
  'ui.cell-part': ({ shown, total, expr }, s) =>
    `${s.plural(shown, { one: 'Показан только первый', other: 'Показаны только первые' })} ${s.count(shown, CHARS)} из ${s.number(total)}. Чтобы читать дальше, выберите ${expr}.`,
  'ui.blob-part': ({ shown, total, expr }, s) =>
    `${s.plural(shown, { one: 'Показан только первый', other: 'Показаны только первые' })} ${s.count(shown, BYTES)} из ${s.number(total)}. Чтобы читать дальше, выберите ${expr}.`,
  'ui.close': () => 'Закрыть',
  'ui.solved-count': ({ n, total }) => `решено ${n} из ${total}`,
  'ui.null-title': () => 'NULL (нет значения)',
  'ui.blob-title': ({ bytes }, s) => s.count(bytes, { one: 'байт', few: 'байта', many: 'байт', other: 'байта' }),
  'ui.sql-example': ({ line }) => `Пример SQL на строке ${line}`,
  'ui.finish-course': () => 'Завершить курс →',
  'ui.course-complete': () => 'Курс пройден',
  'ui.course-progress': () => 'Ваш прогресс в курсе',
  'ui.course-summary': ({ solved, total }, s) => {
    const of = s.count(total, { one: 'упражнения', few: 'упражнений', many: 'упражнений', other: 'упражнения' });
    return solved >= total
      ? `Вы решили все упражнения курса — ${s.count(total, { one: 'упражнение', few: 'упражнения', many: 'упражнений', other: 'упражнения' })}. Отличная работа!`
      : `Вы решили ${s.number(solved)} из ${of}; в списке ниже видно, какие уроки ещё не закончены.`;
  },
  'ui.reading': () => 'текст для чтения',
  'ui.next-steps': () => 'Что дальше',
  'ui.next-playground': () => 'Экспериментируйте в песочнице любого урока: это настоящая база SQLite, и диаграмма рядом.',
  'ui.next-own-lesson': () =>
    'Напишите собственный урок в том же формате markdown (docs/lesson-format.md в репозитории) и откройте его через «Открыть файл урока…».',
  'ui.edit-python': () => 'Код на Python: щёлкните или нажмите Enter, чтобы его изменить',
  'ui.python-editor': () => 'Код на Python',
  'ui.result': () => 'Результат',
  'ui.go-to-result': () => 'К результату',
  'ui.verdict': () => 'Проверка',
  'ui.go-to-verdict': () => 'К итогу проверки',
  'ui.skip-to-lesson': () => 'Перейти к уроку',
  'ui.check-applies': () => 'Если ответ верен, «Проверить» выполнит его и на вашей базе.',
  'ui.applied': () => 'Ваш код выполнен и на вашей базе.',
  'ui.not-applied': () => 'Ваша база осталась как была: ваш код не выполняется на ней без ошибок (возможно, вы уже его запускали).',
  'ui.lesson-warning': ({ line, warning }, s) => `Строка ${line}: ${s.render(warning)}`,
  'ui.model-warning': ({ line, warning }, s) => `Строка ${line}: ${s.render(warning)}`,
  'ui.already-there': ({ tables }) => `Уже есть, пропущено (create_all() делает так же): ${tables.join(', ')}.`,
  'ui.zoom-in': () => 'Крупнее',
  'ui.zoom-out': () => 'Мельче',
  'ui.diagram-views': () => 'Вид диаграммы',
  'ui.diagram-tools': () => 'Инструменты диаграммы',
  'ui.diagram-title': () => 'ER-диаграмма базы данных',
  'ui.save-svg': () => 'Скачать диаграмму в SVG',
  'ui.save-png': () => 'Скачать диаграмму в PNG',
  'ui.warnings': () => 'Предупреждения',
  'ui.out-of-view': ({ tables }, s) =>
    tables.length <= 3
      ? `Новое: ${s.list(tables)} — за краем. Показать всё`
      : `За краем ${s.count(tables.length, { one: 'новая таблица', few: 'новые таблицы', many: 'новых таблиц', other: 'новой таблицы' })}. Показать всё`,
  'ui.fit-left-out': ({ tables }, s) =>
    tables.length <= 3
      ? `За краем: ${s.list(tables)}. Показать всё`
      : `За краем ${s.count(tables.length, { one: 'таблица', few: 'таблицы', many: 'таблиц', other: 'таблицы' })}. Показать всё`,
  'ui.warnings-toggle': ({ n }, s) =>
    `⚠ ${s.count(n, { one: 'предупреждение', few: 'предупреждения', many: 'предупреждений', other: 'предупреждения' })}`,
  'ui.resize-split': () => 'Изменить размеры песочницы и диаграммы',
  'ui.panes': () => 'Показать урок или лабораторию',
  'ui.pane-lesson': () => 'Урок',
  'ui.pane-lab': () => 'Лаборатория',
  'ui.pane-lab-changed': () => 'изменилась, пока вы читали урок',
  'ui.many-to-many': () => 'Многие-ко-многим',
  'ui.instance-empty': () =>
    'Связей многие-ко-многим пока нет. Создайте связующую таблицу с внешними ключами на две таблицы — и её строки появятся здесь.',
  'ui.too-many-rows': ({ n, table, limit }, s) =>
    `Слишком много строк для рисунка (${s.number(n)} в ${table}; предел — ${s.number(limit)}).`,
  'ui.too-many-links': ({ n, table, limit }, s) =>
    `Слишком много связей для рисунка (${s.count(n, ROWS)} в ${table}; предел — ${s.number(limit)}).`,
  'ui.rows-failed': ({ reason }) => `Не удалось прочитать строки («${reason}»).`,
  'ui.instance-summary': ({ left, leftTable, right, rightTable, links }, s) =>
    `${leftTable}: ${s.number(left)} · ${rightTable}: ${s.number(right)} · ${s.count(links, { one: 'связь', few: 'связи', many: 'связей', other: 'связи' })}`,
  'ui.unmatched-rows': ({ n, table }, s) =>
    `${s.count(n, ROWS)} из ${table} не ${s.plural(n, { one: 'связывает', other: 'связывают' })} существующие строки и не ${s.plural(n, { one: 'нарисована', other: 'нарисованы' })}.`,
  'ui.theme-state': ({ dark }) => `Тема: ${dark ? 'тёмная' : 'светлая'}`,
  'ui.no-lesson-address': () => 'Не указан адрес урока (#/open?src=…).',
  'ui.no-lessons': () => 'В курсе нет уроков.',
  'ui.unexpected-error': ({ reason }) => `Что-то пошло не так («${reason}»).`,
  'ui.setup-failed': ({ line, error }, s) => `Подготовка урока (setup) не выполнилась, строка ${line}: ${s.render(error)}`,
};
