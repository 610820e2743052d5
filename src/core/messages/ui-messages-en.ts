/** The chrome's words in English (ui-messages.ts): loaded alone by an embed that speaks English. */
import type { Section } from './section.js';
import type { UiParams } from './ui-messages.js';
import { EN_ROWS } from './words.js';

export const uiEnglish: Section<UiParams>['en'] = {
  'ui.run': () => 'Run',
  'ui.running': () => 'Running…',
  'ui.run-keys': () => 'Ctrl+Enter runs the statement, Shift+Ctrl+Enter all; Esc, then Tab leaves the editor',
  'ui.nothing-to-run': () => 'Nothing to run: the editor holds no SQL statement, only blanks or comments. Type a query, then Run.',
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
  'ui.out-of-view': ({ tables }, s) =>
    tables.length <= 3
      ? `New: ${s.list(tables)} — out of view. Show all`
      : `${s.count(tables.length, { one: 'new table', other: 'new tables' })} out of view. Show all`,
  'ui.fit-left-out': ({ tables }, s) =>
    tables.length <= 3
      ? `Out of view: ${s.list(tables)}. Show all`
      : `${s.count(tables.length, { one: 'table', other: 'tables' })} out of view. Show all`,
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
};
