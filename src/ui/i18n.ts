/** UI strings in the course languages. Lesson text is translated by lesson files, not here. */

export type UiLanguage = 'en' | 'ru';

const en = {
  run: 'Run',
  running: 'Running…',
  runKeys: 'Ctrl+Enter runs the statement, Shift+Ctrl+Enter all',
  playground: 'Playground',
  playgroundHint: 'Try anything here: it runs on the same database as the lesson.',
  diagram: 'Diagram',
  schema: 'Schema',
  rows: 'Rows',
  sqlalchemy: 'SQLAlchemy',
  course: 'Course',
  previous: '← Previous',
  next: 'Next →',
  check: 'Check',
  hint: 'Hint',
  nextHint: 'Next hint',
  noMoreHints: 'No more hints',
  showSolution: 'Show solution',
  confirmSolution: 'See the solution now? Trying a little longer usually teaches more.',
  solved: 'Solved',
  notSolved: 'Not solved yet',
  checking: 'Checking…',
  passed: 'Correct — well done!',
  expected: 'Expected',
  yourResult: 'Your result',
  missingRows: 'rows missing',
  extraRows: 'extra rows',
  exercise: 'Exercise',
  resetLesson: 'Reset lesson',
  resetCourse: 'Reset course',
  confirmResetLesson: 'Reset this lesson? Your solved marks, editor texts and database for it will be cleared.',
  confirmResetCourse: 'Reset the whole course? All progress in every lesson will be cleared.',
  openLesson: 'Open a lesson file…',
  dropLesson: 'Drop a lesson (.md) to open it',
  openFailed: 'Could not open the lesson',
  createTables: 'Create tables',
  showSql: 'Show SQL',
  hideSql: 'Hide SQL',
  copy: 'Copy',
  copied: 'Copied',
  theme: 'Theme',
  language: 'Language',
  menu: 'Lessons',
  loading: 'Loading SQLite…',
  lessonWarnings: 'This lesson file has problems',
  solvedCount: '{n} of {total} solved',
  emptyDiagram: 'No tables yet. Run a CREATE TABLE and watch the diagram draw itself.',
  physical: 'Physical',
  logical: 'Logical',
  fit: 'Fit',
  exportSvg: 'SVG',
  exportPng: 'PNG',
} as const;

export type UiString = keyof typeof en;

const ru: Record<UiString, string> = {
  run: 'Выполнить',
  running: 'Выполняется…',
  runKeys: 'Ctrl+Enter — выполнить оператор, Shift+Ctrl+Enter — всё',
  playground: 'Песочница',
  playgroundHint: 'Пробуйте что угодно: запросы идут в ту же базу, что и урок.',
  diagram: 'Диаграмма',
  schema: 'Схема',
  rows: 'Строки',
  sqlalchemy: 'SQLAlchemy',
  course: 'Курс',
  previous: '← Назад',
  next: 'Дальше →',
  check: 'Проверить',
  hint: 'Подсказка',
  nextHint: 'Ещё подсказка',
  noMoreHints: 'Подсказок больше нет',
  showSolution: 'Показать решение',
  confirmSolution: 'Показать решение сейчас? Ещё одна попытка обычно учит большему.',
  solved: 'Решено',
  notSolved: 'Ещё не решено',
  checking: 'Проверяем…',
  passed: 'Верно — отлично!',
  expected: 'Ожидалось',
  yourResult: 'Ваш результат',
  missingRows: 'строк не хватает',
  extraRows: 'лишних строк',
  exercise: 'Упражнение',
  resetLesson: 'Сбросить урок',
  resetCourse: 'Сбросить курс',
  confirmResetLesson: 'Сбросить этот урок? Отметки о решении, тексты в редакторах и его база данных будут удалены.',
  confirmResetCourse: 'Сбросить весь курс? Прогресс во всех уроках будет удалён.',
  openLesson: 'Открыть файл урока…',
  dropLesson: 'Перетащите урок (.md), чтобы открыть его',
  openFailed: 'Не удалось открыть урок',
  createTables: 'Создать таблицы',
  showSql: 'Показать SQL',
  hideSql: 'Скрыть SQL',
  copy: 'Копировать',
  copied: 'Скопировано',
  theme: 'Тема',
  language: 'Язык',
  menu: 'Уроки',
  loading: 'Загружаем SQLite…',
  lessonWarnings: 'В файле урока есть ошибки',
  solvedCount: 'решено {n} из {total}',
  emptyDiagram: 'Таблиц пока нет. Выполните CREATE TABLE — и диаграмма нарисуется сама.',
  physical: 'Физическая',
  logical: 'Логическая',
  fit: 'Вписать',
  exportSvg: 'SVG',
  exportPng: 'PNG',
};

const tables: Record<UiLanguage, Record<UiString, string>> = { en, ru };
let current: UiLanguage = 'en';

export function setUiLanguage(lang: UiLanguage): void {
  current = lang;
}

export function uiLanguage(): UiLanguage {
  return current;
}

/** The UI string `key` in the current language, with `{name}` placeholders filled. */
export function t(key: UiString, vars: Record<string, string | number> = {}): string {
  return tables[current][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
