/** Catalogue section: the app's chrome — buttons, labels, notices of the lesson, lab and diagram views. */
import type { Message } from './message.js';
import type { PluralForms, Section } from './section.js';
import { EN_ROWS, ROWS } from './words.js';

type None = Record<never, never>;

const COLUMNS: PluralForms = { one: 'столбец', few: 'столбца', many: 'столбцов', other: 'столбца' };
const CHARS: PluralForms = { one: 'символ', few: 'символа', many: 'символов', other: 'символа' };
/** «символ» after «до»: до 1 символа, до 5 символов. */
const CHARS_GENITIVE: PluralForms = { one: 'символа', few: 'символов', many: 'символов', other: 'символа' };
const BYTES: PluralForms = { one: 'байт', few: 'байта', many: 'байт', other: 'байта' };

export interface UiParams {
  'ui.run': None;
  'ui.running': None;
  'ui.run-keys': None;
  'ui.nothing-to-run': None;
  'ui.playground': None;
  'ui.playground-hint': None;
  'ui.diagram': None;
  'ui.schema': None;
  'ui.rows': None;
  'ui.sqlalchemy': None;
  'ui.course': None;
  'ui.previous': None;
  'ui.next': None;
  'ui.check': None;
  'ui.hint': None;
  'ui.next-hint': None;
  'ui.no-more-hints': None;
  'ui.show-solution': None;
  'ui.confirm-solution': None;
  'ui.solved': None;
  'ui.not-solved': None;
  'ui.checking': None;
  'ui.passed': None;
  'ui.expected': None;
  'ui.your-result': None;
  'ui.exercise': None;
  'ui.reset-lesson': None;
  'ui.reset-course': None;
  'ui.confirm-reset-lesson': None;
  'ui.confirm-reset-course': None;
  'ui.open-lesson': None;
  'ui.drop-lesson': None;
  'ui.open-failed': None;
  'ui.create-tables': None;
  'ui.show-sql': None;
  'ui.hide-sql': None;
  'ui.copy': None;
  'ui.copied': None;
  'ui.theme': None;
  'ui.language': None;
  'ui.menu': None;
  'ui.loading': None;
  'ui.lesson-warnings': None;
  'ui.empty-diagram': None;
  'ui.physical': None;
  'ui.logical': None;
  'ui.fit': None;
  'ui.export-svg': None;
  'ui.export-png': None;
  'ui.error-on-line': { line: number };
  'ui.duration': { ms: number };
  'ui.row-count': { n: number };
  /** The engine stopped counting at `n` rows: there are at least that many. */
  'ui.row-count-at-least': { n: number };
  'ui.rows-cut': { shown: number; total: number | null };
  /** The engine shortened `count` values to `limit` characters (or blob bytes) before sending them. */
  'ui.values-shortened': { count: number; limit: number };
  'ui.columns-cut': { shown: number; total: number };
  'ui.cells-cut': { limit: number };
  'ui.result-table': { rows: number; columns: number };
  'ui.show-cell': None;
  'ui.cell-title': { row: number; column: string };
  'ui.cell-length': { chars: number };
  'ui.cell-part': { shown: number; total: number; expr: string };
  'ui.blob-part': { shown: number; total: number; expr: string };
  'ui.close': None;
  'ui.solved-count': { n: number; total: number };
  'ui.null-title': None;
  'ui.blob-title': { bytes: number };
  'ui.sql-example': { line: number };
  'ui.finish-course': None;
  'ui.course-complete': None;
  'ui.course-progress': None;
  'ui.course-summary': { solved: number; total: number };
  'ui.reading': None;
  'ui.next-steps': None;
  'ui.next-playground': None;
  'ui.next-own-lesson': None;
  'ui.edit-python': None;
  'ui.python-editor': None;
  'ui.result': None;
  'ui.go-to-result': None;
  'ui.verdict': None;
  'ui.go-to-verdict': None;
  'ui.skip-to-lesson': None;
  'ui.check-applies': None;
  'ui.applied': None;
  'ui.not-applied': None;
  'ui.lesson-warning': { line: number; warning: Message };
  'ui.model-warning': { line: number; warning: Message };
  'ui.already-there': { tables: string[] };
  'ui.zoom-in': None;
  'ui.zoom-out': None;
  'ui.diagram-views': None;
  'ui.diagram-tools': None;
  'ui.diagram-title': None;
  'ui.save-svg': None;
  'ui.save-png': None;
  'ui.warnings': None;
  'ui.out-of-view': { tables: string[] };
  'ui.warnings-toggle': { n: number };
  'ui.resize-split': None;
  'ui.panes': None;
  'ui.pane-lesson': None;
  'ui.pane-lab': None;
  'ui.pane-lab-changed': None;
  'ui.many-to-many': None;
  'ui.instance-empty': None;
  'ui.too-many-rows': { n: number; table: string; limit: number };
  'ui.too-many-links': { n: number; table: string; limit: number };
  'ui.rows-failed': { reason: string };
  'ui.instance-summary': { left: number; leftTable: string; right: number; rightTable: string; links: number };
  'ui.unmatched-rows': { n: number; table: string };
  'ui.theme-state': { dark: boolean };
  'ui.no-lesson-address': None;
  'ui.no-lessons': None;
  'ui.unexpected-error': { reason: string };
  'ui.setup-failed': { line: number; error: Message };
}

export const uiMessages: Section<UiParams> = {
  en: {
    'ui.run': () => 'Run',
    'ui.running': () => 'Running…',
    'ui.run-keys': () => 'Ctrl+Enter runs the statement, Shift+Ctrl+Enter all; Esc, then Tab leaves the editor',
    'ui.nothing-to-run': () => 'Nothing to run.',
    'ui.playground': () => 'Playground',
    'ui.playground-hint': () => 'Try anything here: it runs on the same database as the lesson.',
    'ui.diagram': () => 'Diagram',
    'ui.schema': () => 'Schema',
    'ui.rows': () => 'Rows',
    'ui.sqlalchemy': () => 'SQLAlchemy',
    'ui.course': () => 'Course',
    'ui.previous': () => '← Previous',
    'ui.next': () => 'Next →',
    'ui.check': () => 'Check',
    'ui.hint': () => 'Hint',
    'ui.next-hint': () => 'Next hint',
    'ui.no-more-hints': () => 'No more hints',
    'ui.show-solution': () => 'Show solution',
    'ui.confirm-solution': () => 'See the solution now? Trying a little longer usually teaches more.',
    'ui.solved': () => 'Solved',
    'ui.not-solved': () => 'Not solved yet',
    'ui.checking': () => 'Checking…',
    'ui.passed': () => 'Correct — well done!',
    'ui.expected': () => 'Expected',
    'ui.your-result': () => 'Your result',
    'ui.exercise': () => 'Exercise',
    'ui.reset-lesson': () => 'Reset lesson',
    'ui.reset-course': () => 'Reset course',
    'ui.confirm-reset-lesson': () => 'Reset this lesson? Your solved marks, editor texts and database for it will be cleared.',
    'ui.confirm-reset-course': () => 'Reset the whole course? All progress in every lesson will be cleared.',
    'ui.open-lesson': () => 'Open a lesson file…',
    'ui.drop-lesson': () => 'Drop a lesson (.md) to open it',
    'ui.open-failed': () => 'Could not open the lesson',
    'ui.create-tables': () => 'Create tables',
    'ui.show-sql': () => 'Show SQL',
    'ui.hide-sql': () => 'Hide SQL',
    'ui.copy': () => 'Copy',
    'ui.copied': () => 'Copied',
    'ui.theme': () => 'Theme',
    'ui.language': () => 'Language',
    'ui.menu': () => 'Lessons',
    'ui.loading': () => 'Loading SQLite…',
    'ui.lesson-warnings': () => 'This lesson file has problems',
    'ui.empty-diagram': () => 'No tables yet. Run a CREATE TABLE and watch the diagram draw itself.',
    'ui.physical': () => 'Physical',
    'ui.logical': () => 'Logical',
    'ui.fit': () => 'Fit',
    'ui.export-svg': () => 'SVG',
    'ui.export-png': () => 'PNG',
    'ui.error-on-line': ({ line }) => `Error in the statement on line ${line}`,
    'ui.duration': ({ ms }, s) => `${ms < 10 ? ms.toFixed(1) : s.number(Math.round(ms))} ms`,
    'ui.row-count': ({ n }, s) => s.count(n, EN_ROWS),
    'ui.row-count-at-least': ({ n }, s) => `${s.number(n)}+ rows (counting stopped there)`,
    'ui.rows-cut': ({ shown, total }, s) => {
      const how = `To see the others, page through them with ORDER BY, LIMIT and OFFSET (for example … ORDER BY 1 LIMIT ${shown} OFFSET ${shown}).`;
      return total === null
        ? `Only the first ${s.count(shown, EN_ROWS)} ${shown === 1 ? 'is' : 'are'} shown; there are more. ${how}`
        : `Only the first ${s.count(shown, EN_ROWS)} of ${s.number(total)} ${shown === 1 ? 'is' : 'are'} shown. ${how}`;
    },
    'ui.values-shortened': ({ count, limit }, s) =>
      `${s.count(count, { one: 'value was', other: 'values were' })} longer than ${s.number(limit)} characters and ${count === 1 ? 'is' : 'are'} shown shortened to that: read the rest with substr(column, ${s.number(limit + 1)}, ${s.number(limit)}).`,
    'ui.columns-cut': ({ shown, total }, s) =>
      `Only the first ${s.number(shown)} of ${s.number(total)} columns ${shown === 1 ? 'is' : 'are'} shown: name the columns you need in SELECT.`,
    'ui.cells-cut': ({ limit }, s) =>
      `Values too long for their column are cut: press … in a cell to see it whole (up to ${s.number(limit)} characters; substr() reads any part).`,
    'ui.result-table': ({ rows, columns }, s) =>
      `Result: ${s.count(rows, EN_ROWS)}, ${s.count(columns, { one: 'column', other: 'columns' })}`,
    'ui.show-cell': () => 'Show the whole value',
    'ui.cell-title': ({ row, column }, s) => `Row ${s.number(row)}, column ${column}`,
    'ui.cell-length': ({ chars }, s) => s.count(chars, { one: 'character', other: 'characters' }),
    'ui.cell-part': ({ shown, total, expr }, s) =>
      `Only the first ${s.number(shown)} of ${s.count(total, { one: 'character', other: 'characters' })} ${shown === 1 ? 'is' : 'are'} shown. To read further, select ${expr}.`,
    'ui.blob-part': ({ shown, total, expr }, s) =>
      `Only the first ${s.number(shown)} of ${s.count(total, { one: 'byte', other: 'bytes' })} ${shown === 1 ? 'is' : 'are'} shown. To read further, select ${expr}.`,
    'ui.close': () => 'Close',
    'ui.solved-count': ({ n, total }) => `${n} of ${total} solved`,
    'ui.null-title': () => 'NULL (no value)',
    'ui.blob-title': ({ bytes }, s) => s.count(bytes, { one: 'byte', other: 'bytes' }),
    'ui.sql-example': ({ line }) => `SQL example on line ${line}`,
    'ui.finish-course': () => 'Finish the course →',
    'ui.course-complete': () => 'Course complete',
    'ui.course-progress': () => 'Your progress in the course',
    'ui.course-summary': ({ solved, total }, s) =>
      solved >= total
        ? `You solved all ${s.count(total, { one: 'exercise', other: 'exercises' })} of the course. Well done!`
        : `You solved ${s.number(solved)} of ${s.count(total, { one: 'exercise', other: 'exercises' })}; the lessons below show which are still open.`,
    'ui.reading': () => 'a reading',
    'ui.next-steps': () => 'Where next',
    'ui.next-playground': () => 'Keep experimenting in a lesson’s playground: it is a real SQLite database, with the diagram beside it.',
    'ui.next-own-lesson': () =>
      'Write a lesson of your own in the same markdown (docs/lesson-format.md in the repository) and open it with “Open a lesson file…”.',
    'ui.edit-python': () => 'Python code: click or press Enter to edit it',
    'ui.python-editor': () => 'Python code',
    'ui.result': () => 'Result',
    'ui.go-to-result': () => 'Go to result',
    'ui.verdict': () => 'Verdict',
    'ui.go-to-verdict': () => 'Go to verdict',
    'ui.skip-to-lesson': () => 'Skip to lesson',
    'ui.check-applies': () => 'When your answer passes, Check also runs it on your database.',
    'ui.applied': () => 'Your code was also run on your database.',
    'ui.not-applied': () => 'Your database was left as it is: your code does not run on it cleanly (perhaps you already ran it).',
    'ui.lesson-warning': ({ line, warning }, s) => `Line ${line}: ${s.render(warning)}`,
    'ui.model-warning': ({ line, warning }, s) => `Line ${line}: ${s.render(warning)}`,
    'ui.already-there': ({ tables }) => `Already there, skipped (as create_all() does): ${tables.join(', ')}.`,
    'ui.zoom-in': () => 'Zoom in',
    'ui.zoom-out': () => 'Zoom out',
    'ui.diagram-views': () => 'Diagram view',
    'ui.diagram-tools': () => 'Diagram tools',
    'ui.diagram-title': () => 'Entity-relationship diagram of the lab database',
    'ui.save-svg': () => 'Download the diagram as SVG',
    'ui.save-png': () => 'Download the diagram as PNG',
    'ui.warnings': () => 'Warnings',
    'ui.out-of-view': ({ tables }) => `New: ${tables.join(', ')} — out of view. Show all`,
    'ui.warnings-toggle': ({ n }, s) => `⚠ ${s.count(n, { one: 'warning', other: 'warnings' })}`,
    'ui.resize-split': () => 'Resize the playground and the diagram',
    'ui.panes': () => 'Show the lesson or the lab',
    'ui.pane-lesson': () => 'Lesson',
    'ui.pane-lab': () => 'Lab',
    'ui.pane-lab-changed': () => 'changed while you read the lesson',
    'ui.many-to-many': () => 'Many-to-many',
    'ui.instance-empty': () =>
      'No many-to-many relationship yet. Create a junction table whose foreign keys point at two tables, and its rows show up here.',
    'ui.too-many-rows': ({ n, table, limit }, s) => `Too many rows to draw (${s.number(n)} ${table}; the limit is ${s.number(limit)}).`,
    'ui.too-many-links': ({ n, table, limit }, s) =>
      `Too many links to draw (${s.count(n, EN_ROWS)} in ${table}; the limit is ${s.number(limit)}).`,
    'ui.rows-failed': ({ reason }) => `Could not read the rows: ${reason}`,
    'ui.instance-summary': ({ left, leftTable, right, rightTable, links }, s) =>
      `${s.number(left)} ${leftTable} · ${s.number(right)} ${rightTable} · ${s.count(links, { one: 'link', other: 'links' })}`,
    'ui.unmatched-rows': ({ n, table }, s) =>
      `${s.count(n, EN_ROWS)} of ${table} ${n === 1 ? 'pairs' : 'pair'} no existing rows and ${n === 1 ? 'is' : 'are'} not drawn.`,
    'ui.theme-state': ({ dark }) => `Theme: ${dark ? 'dark' : 'light'}`,
    'ui.no-lesson-address': () => 'No lesson address was given (#/open?src=…).',
    'ui.no-lessons': () => 'The course has no lessons.',
    'ui.unexpected-error': ({ reason }) => `Something went wrong: ${reason}`,
    'ui.setup-failed': ({ line, error }, s) => `The lesson's setup failed on line ${line}: ${s.render(error)}`,
  },
  ru: {
    'ui.run': () => 'Выполнить',
    'ui.running': () => 'Выполняется…',
    'ui.run-keys': () => 'Ctrl+Enter — выполнить оператор, Shift+Ctrl+Enter — всё; Esc, затем Tab — выйти из редактора',
    'ui.nothing-to-run': () => 'Нечего выполнять.',
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
    'ui.out-of-view': ({ tables }) => `Новое: ${tables.join(', ')} — за краем. Показать всё`,
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
  },
};
