import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue.js';
import { LANGUAGES } from './language.js';
import { type Message, type MessageCode, type MessageParams, msg } from './message.js';
import { renderMessage, say } from './render.js';

/** SQLite's own text of an error, as the messages about a lesson's SQL carry it. */
const SQL_TEXT = msg('engine.sqlite-error', { text: 'tbl_sqlite_text' });

const nested = msg('ui.run');

/**
 * Parameters for every code, typed so that a new code without a sample does not compile. Identifiers
 * are written as `tbl_*`/`col_*` so the test can tell them from words of the sentence.
 */
const SAMPLES: { [K in MessageCode]: MessageParams[K][] } = {
  'check.no-solution': [{}],
  'check.timeout': [{}],
  'check.code-error': [
    { line: 2, error: 'tbl_sqlite_text.', explanation: nested },
    { line: 1, error: 'tbl_sqlite_text', explanation: null },
  ],
  'check.check-query-error': [{ sql: 'SELECT col_x FROM tbl_t', error: 'tbl_sqlite_text', explanation: null }],
  'check.no-rows': [{}],
  'check.column-count': [
    { actual: 1, expected: 2 },
    { actual: 5, expected: 3 },
  ],
  'check.column-names': [{ expected: ['col_a', 'col_b'], actual: ['col_c', 'col_d'] }],
  'check.order': [{}],
  'check.rows': [
    { missing: 1, extra: 0 },
    { missing: 0, extra: 2 },
    { missing: 5, extra: 21 },
  ],
  'check.data-differs': [{ difference: msg('check.rows', { missing: 1, extra: 1 }) }],
  'check.accidental-match': [{ difference: msg('check.order') }],
  'check.passed-data': [{}],
  'check.passed-result': [{}],
  'check.foreign-keys-off': [{ verdict: msg('check.rows', { missing: 1, extra: 0 }) }],
  'check.lesson-fault': [
    { part: 'setup', line: 3, error: SQL_TEXT },
    { part: 'setup', line: 3, error: msg('engine.stopped', { limitMs: 3000 }) },
    { part: 'variant', line: 3, error: msg('engine.crashed', { afterMs: 1200 }) },
    { part: 'variant', line: 3, error: SQL_TEXT },
    { part: 'solution', line: 3, error: SQL_TEXT },
    { part: 'reference-check', line: 3, error: SQL_TEXT },
    { part: 'earlier-solution', exercise: 'tbl_exercise', line: 3, error: SQL_TEXT },
  ],
  'check.diff-counts': [
    { missing: 1, extra: 1 },
    { missing: 2, extra: 5 },
  ],
  'check.trap-mismatch': [
    { trap: 'no-pairs', difference: msg('check.rows', { missing: 1, extra: 1 }) },
    { trap: 'many-pairs', difference: msg('check.order') },
    { trap: 'misaligned-ids', difference: msg('check.order') },
    { trap: 'duplicate-values', difference: msg('check.order') },
    { trap: 'nulls', difference: msg('check.order') },
    { trap: 'self-pairs', difference: msg('check.order') },
    { trap: 'ties', difference: msg('check.order') },
  ],
  'counterexample.lead': [
    { rows: 1, actual: [], actualMore: 0, expected: ['tbl_ada'], expectedMore: 0 },
    { rows: 3, actual: ['tbl_ada', '(tbl_x, 2)'], actualMore: 0, expected: [], expectedMore: 0 },
    { rows: 5, actual: ['tbl_a', 'tbl_b', 'tbl_c'], actualMore: 2, expected: ['tbl_a'], expectedMore: 0 },
    { rows: 21, actual: ['tbl_a'], actualMore: 0, expected: ['tbl_b'], expectedMore: 1 },
  ],
  'counterexample.database': [{}],
  'counterexample.yours': [{}],
  'counterexample.expected': [{}],
  'counterexample.empty': [{}],
  'lesson.bad-traps': [{ value: 'tbl_lots', allowed: ['tbl_no_pairs', 'tbl_ties'] }],
  'lesson.bad-rules': [{ value: 'tbl_unique', allowed: ['tbl_pair_unique', 'tbl_on_delete'] }],
  'rule.pair-unique': [{ table: 'tbl_enrollments', columns: ['col_a', 'col_b'] }],
  'rule.pair-unique-hint': [{ table: 'tbl_enrollments', columns: ['col_a', 'col_b'] }],
  'rule.fks-not-null': [{ table: 'tbl_enrollments', column: 'col_a' }],
  'rule.fks-not-null-hint': [{ column: 'col_a' }],
  'rule.fk-targets': [
    { table: 'tbl_enrollments', column: 'col_a', target: 'tbl_students(col_id)', actual: null },
    { table: 'tbl_enrollments', column: 'col_a', target: 'tbl_students(col_id)', actual: 'tbl_courses(col_id)' },
  ],
  'rule.fk-targets-hint': [{ column: 'col_a', target: 'tbl_students(col_id)' }],
  'rule.on-delete': [{ table: 'tbl_enrollments', column: 'col_a', target: 'tbl_students', expected: 'CASCADE', actual: 'NO ACTION' }],
  'rule.on-delete-hint': [{ column: 'col_a', target: 'tbl_students(col_id)', expected: 'CASCADE' }],
  'rule.no-self-pair': [{ table: 'tbl_friends', columns: ['col_a', 'col_b'] }],
  'rule.no-self-pair-hint': [{ columns: ['col_a', 'col_b'] }],
  'rule.reverse-index': [{ table: 'tbl_enrollments', column: 'col_b' }],
  'rule.reverse-index-hint': [{ table: 'tbl_enrollments', column: 'col_b' }],
  'mistake.missing-junction': [{ junction: 'tbl_enrollments', between: ['tbl_students', 'tbl_courses'] }],
  'mistake.wrong-join-columns': [{ column: 'tbl_e.col_student_id', references: 'tbl_students.col_id', pairedWith: 'tbl_courses.col_id' }],
  'mistake.count-star-outer-join': [{ column: 'tbl_e.col_course_id' }],
  'mistake.group-missing': [{ column: 'tbl_s.col_id' }],
  'mistake.group-extra': [{ column: 'tbl_c.col_title' }],
  'mistake.order-missing': [{ column: 'tbl_c.col_title' }],
  'lesson.frontmatter-unclosed': [{}],
  'lesson.bad-yaml': [{ error: 'tbl_yaml_text.' }, { error: 'tbl_yaml_text' }],
  'lesson.frontmatter-not-mapping': [{}],
  'lesson.unknown-frontmatter-key': [{ key: 'col_varient', near: 'variant' }],
  'lesson.invalid-id': [{ id: 'tbl_Bad_Id' }],
  'lesson.no-id': [{}],
  'lesson.empty-title': [{}],
  'lesson.no-title': [{}],
  'lesson.unknown-lang': [{ lang: 'tbl_de' }],
  'lesson.no-derived-id': [{}],
  'lesson.untitled': [{}],
  'lesson.not-text': [{ key: 'summary' }, { key: 'setup' }, { key: 'variant' }],
  'lesson.bad-info-string': [
    { problem: { kind: 'unclosed-quote', text: 'tbl_info' } },
    { problem: { kind: 'unexpected-quote', word: 'tbl_word' } },
    { problem: { kind: 'nameless-value', text: 'tbl_info' } },
    { problem: { kind: 'unclosed-value', key: 'col_title' } },
    { problem: { kind: 'empty-value', key: 'col_id' } },
  ],
  'lesson.bad-container-line': [
    { problem: { kind: 'unclosed-quote', text: 'tbl_info' } },
    { problem: { kind: 'unexpected-quote', word: 'tbl_word' } },
    { problem: { kind: 'nameless-value', text: 'tbl_info' } },
    { problem: { kind: 'unclosed-value', key: 'col_title' } },
    { problem: { kind: 'empty-value', key: 'col_id' } },
  ],
  'lesson.duplicate-attribute': [{ key: 'col_id', block: 'sql exercise' }],
  'lesson.unknown-attribute': [
    { key: 'col_colour', block: 'sql exercise', allowed: ['id', 'order', 'columns', 'title'] },
    { key: 'col_colour', block: 'python', allowed: [] },
  ],
  'lesson.python-extra-word': [{ word: 'tbl_word' }],
  'lesson.sql-extra-word': [{ word: 'tbl_word', info: 'tbl_info' }],
  'lesson.unknown-sql-role': [{ role: 'tbl_answer' }],
  'lesson.part-without-target': [{ role: 'solution' }, { role: 'check' }, { role: 'wrong' }],
  'lesson.exercise-without-id': [{}],
  'lesson.invalid-exercise-id': [{ id: 'tbl_bad_id' }],
  'lesson.bad-order': [{ value: 'tbl_sorted' }],
  'lesson.bad-columns': [{ value: 'tbl_all' }],
  'lesson.hint-extra': [{ extra: 'tbl_word' }, { extra: 'col_key=' }],
  'lesson.aside-extra': [
    { extra: 'tbl_word', tone: 'tip' },
    { extra: 'col_key=', tone: 'warning' },
    { extra: 'tbl_word', tone: 'note' },
  ],
  'lesson.hint-without-target': [{}],
  'lesson.container-without-name': [{}],
  'lesson.unknown-container': [{ name: 'tbl_danger' }],
  'lesson.container-unclosed': [{}],
  'lesson.fence-unclosed': [{ fence: '```' }, { fence: '~~~~' }],
  'lesson.empty-file': [{}],
  'lesson.nested-part': [{ role: 'check' }],
  'lesson.duplicate-exercise': [{ id: 'tbl_enroll', firstLine: 5 }],
  'lesson.unknown-exercise': [
    { part: 'solution', exercise: 'tbl_enroll' },
    { part: 'check', exercise: 'tbl_enroll' },
    { part: 'wrong', exercise: 'tbl_enroll' },
    { part: 'hint', exercise: 'tbl_enroll' },
  ],
  'lesson.no-solution': [{ exercise: 'tbl_enroll' }],
  'lesson.second-solution': [{ exercise: 'tbl_enroll', firstLine: 7 }],
  'lesson.wrong-without-hint': [{ exercise: 'tbl_enroll' }],
  'author.serving': [{ dir: 'tbl_lessons', url: 'http://127.0.0.1:4321/' }],
  'author.exposed': [{ host: '0.0.0.0' }],
  'author.not-built': [{ path: '/tbl_junction/dist/index.html' }],
  'author.not-a-folder': [{ dir: 'tbl_lessons' }],
  'author.port-in-use': [{ port: 4321 }],
  'author.panel': [{ dir: 'tbl_lessons' }],
  'author.no-lessons': [{ dir: 'tbl_lessons' }],
  'author.live': [{}],
  'author.checking': [{}],
  'author.lost': [{}],
  'author.reloaded': [{ file: 'tbl_lessons/01-tbl_intro.md' }],
  'author.problems': [{ n: 1 }, { n: 3 }, { n: 5 }],
  'author.no-problems': [{}],
  'lesson.check-unreadable': [{ reason: 'tbl_reason' }],
  'lesson.check-no-files': [{}],
  'lesson.check-sql-fails': [
    { part: 'setup', error: SQL_TEXT },
    { part: 'setup', error: msg('engine.stopped', { limitMs: 2500 }) },
    { part: 'variant', error: SQL_TEXT },
  ],
  'lesson.check-solution-fails': [{ exercise: 'tbl_enroll', reason: msg('check.order') }],
  'lesson.check-wrong-passes': [{ exercise: 'tbl_enroll' }],
  'lesson.check-hint-shadowed': [{ exercise: 'tbl_enroll' }],
  'lesson.check-translation-id': [{ id: 'tbl_tiny_ru', referenceId: 'tbl_tiny', reference: 'tbl_path' }],
  'lesson.check-translation-extra': [{ exercise: 'tbl_imena', reference: 'tbl_path' }],
  'lesson.check-translation-missing': [{ exercise: 'tbl_names', reference: 'tbl_path' }],
  'lesson.check-translation-order': [{ reference: 'tbl_path', order: ['tbl_a', 'tbl_b'] }],
  'lesson.check-summary': [
    { lessons: 1, exercises: 1, errors: 0 },
    { lessons: 4, exercises: 10, errors: 2 },
    { lessons: 21, exercises: 5, errors: 1 },
    { lessons: 2, exercises: 22, errors: 5 },
  ],
  'lesson.build-summary': [
    { lessons: 1, warnings: 0 },
    { lessons: 22, warnings: 3 },
  ],
  'engine.timeout': [{ limitMs: 3000 }, { limitMs: 2500 }],
  'engine.crash': [{ afterMs: 1200 }],
  'engine.sqlite-error': [{ text: 'tbl_sqlite_text' }],
  'engine.stopped': [{ limitMs: 3000 }, { limitMs: 2500 }],
  'engine.crashed': [{ afterMs: 1200 }],
  'engine.unreadable-character': [
    { reason: 'nul', line: 2, column: 1, sql: 'SELECT col_x FROM tbl_t;' },
    { reason: 'unpaired-surrogate', line: 14, column: 23, sql: 'SELECT col_x FROM tbl_t;' },
  ],
  'engine.too-big-to-check': [
    { rows: 12_001, by: 'maxRows', limit: 10_000 },
    { rows: 3, by: 'maxCells', limit: 1_000_000 },
    { rows: 22, by: 'maxChars', limit: 20_000_000 },
    { rows: 1, by: 'maxCellChars', limit: 100_000 },
  ],
  'statement.created': [
    { kind: 'table', name: 'tbl_t' },
    { kind: 'index', name: 'tbl_i' },
    { kind: 'view', name: 'tbl_v' },
    { kind: 'trigger', name: 'tbl_g' },
  ],
  'statement.dropped': [
    { kind: 'table', name: 'tbl_t', ifExists: true },
    { kind: 'view', name: 'tbl_v', ifExists: false },
  ],
  'statement.altered': [{ name: 'tbl_t' }],
  'statement.rows': [
    { verb: 'inserted', n: 1 },
    { verb: 'updated', n: 3 },
    { verb: 'deleted', n: 5 },
  ],
  'statement.transaction-started': [{}],
  'statement.transaction-committed': [{}],
  'statement.transaction-rolled-back': [{}],
  'statement.savepoint-set': [{}],
  'statement.savepoint-released': [{}],
  'statement.pragma-set': [{}],
  'statement.pragma-no-rows': [{}],
  'statement.maintenance': [{ command: 'VACUUM' }],
  'statement.no-rows': [{}],
  'statement.done': [{}],
  'embed.no-source': [{}],
  'embed.unknown-exercise': [
    { exercise: 'tbl_ex', lesson: 'tbl_lesson', known: ['tbl_a', 'tbl_b'] },
    { exercise: 'tbl_ex', lesson: 'tbl_lesson', known: [] },
  ],
  'embed.compiled-too-large': [{}],
  'embed.compiled-not-json': [{}],
  'embed.compiled-not-lesson': [{}],
  'embed.compiled-version': [{ version: '2' }],
  'embed.compiled-damaged': [{ at: 'lesson.blocks.3.kind' }, { at: '' }],
  'open.invalid-address': [{ src: 'tbl_src' }],
  'open.bad-protocol': [{ protocol: 'tbl_ftp:' }],
  'open.unreachable': [{ url: 'tbl_url' }],
  'open.http-status': [{ url: 'tbl_url', status: 404, statusText: 'tbl_status' }],
  'open.wrong-type': [{ url: 'tbl_url', type: 'tbl_type' }],
  'open.not-markdown-file': [{ name: 'tbl_name' }],
  'open.too-large': [{ name: 'tbl_name' }],
  'open.binary': [{ name: 'tbl_name' }],
  'open.html-page': [{ name: 'tbl_name' }],
  'open.timeout': [
    { url: 'tbl_url', seconds: 1 },
    { url: 'tbl_url', seconds: 3 },
    { url: 'tbl_url', seconds: 15 },
  ],
  'open.failed-lesson-kept': [{ detail: msg('open.http-status', { url: 'tbl_url', status: 404, statusText: 'tbl_status' }) }],
  'files.toolbar': [{}],
  'files.export': [{}],
  'files.export-sqlite': [{}],
  'files.export-sql': [{}],
  'files.import': [{}],
  'files.copy-link': [{}],
  'files.drop-database': [{}],
  'files.exported': [{ name: 'tbl_lab.sqlite' }],
  'files.imported': [
    { name: 'tbl_lab.sql', tables: 1 },
    { name: 'tbl_lab.sql', tables: 3 },
    { name: 'tbl_lab.sql', tables: 5 },
  ],
  'files.import-failed': [
    { name: 'tbl_x.sqlite', kind: 'not-sqlite', detail: 'tbl_sqlite_text', line: null },
    { name: 'tbl_x.db', kind: 'damaged', detail: null, line: null },
    { name: 'tbl_x.sql', kind: 'not-text', detail: null, line: null },
    { name: 'tbl_x.sql', kind: 'script-failed', detail: 'tbl_sqlite_text', line: 3 },
    { name: 'tbl_x.sql', kind: 'script-failed', detail: null, line: null },
    { name: 'tbl_x.csv', kind: 'unknown-type', detail: null, line: null },
    { name: 'tbl_x.sqlite', kind: 'too-large', detail: null, line: null },
  ],
  'files.export-failed': [{ detail: 'tbl_sqlite_text' }],
  'files.link-copied': [{}],
  'files.link-not-copied': [{}],
  'files.link-opened': [{}],
  'files.link-unreadable': [{}],
  'storage.record-damaged': [{}],
  'storage.record-unreadable': [{}],
  'storage.db-damaged': [{ reason: 'tbl_sqlite_text' }, { reason: null }],
  'storage.journal-damaged': [{}],
  'storage.index-damaged': [{}],
  'storage.route-damaged': [{}],
  'storage.store-recreated': [{}],
  'storage.save-failed': [{ kind: 'quota' }, { kind: 'unavailable' }],
  'storage.file-not-kept': [{ name: 'tbl_lesson.md' }],
  'storage.reset': [{}],
  'storage.dismiss': [{}],
  'erd.title': [{ view: 'physical' }, { view: 'logical' }],
  'erd.summary': [{ tables: 3, relationships: 1 }],
  'erd.instance-title': [{ left: 'tbl_students', right: 'tbl_courses', junction: 'tbl_enrollments' }],
  'erd.instance-desc': [{ left: 1, leftTable: 'tbl_students', right: 5, rightTable: 'tbl_courses', links: 2 }],
  'erd.no-rows': [{}],
  'diagram.table': [
    { table: 'tbl_students', columns: 1, relationships: 0 },
    { table: 'tbl_students', columns: 2, relationships: 1 },
    { table: 'tbl_students', columns: 5, relationships: 22 },
  ],
  'diagram.junction': [
    { table: 'tbl_enrollments', link: { kind: 'many-to-many', between: ['tbl_students', 'tbl_courses'] }, columns: 2, relationships: 2 },
    { table: 'tbl_follows', link: { kind: 'many-to-many', between: ['tbl_users', 'tbl_users'] }, columns: 3, relationships: 2 },
    { table: 'tbl_assignments', link: { kind: 'n-ary', between: ['tbl_a', 'tbl_b', 'tbl_c'] }, columns: 5, relationships: 3 },
  ],
  'diagram.hub': [{ junction: 'tbl_assignments', between: ['tbl_a', 'tbl_b', 'tbl_c'] }],
  'diagram.foreign-key': [
    { kind: 'many-to-one', from: 'tbl_enrollments', fromColumns: ['col_student_id'], to: 'tbl_students' },
    { kind: 'one-to-one', from: 'tbl_passports', fromColumns: ['col_a', 'col_b'], to: 'tbl_people' },
  ],
  'diagram.many-to-many': [
    { junction: 'tbl_enrollments', between: ['tbl_students', 'tbl_courses'] },
    { junction: 'tbl_follows', between: ['tbl_users', 'tbl_users'] },
  ],
  'diagram.arm': [{ junction: 'tbl_assignments', between: ['tbl_a', 'tbl_b', 'tbl_c'], table: 'tbl_b' }],
  'diagram.added': [
    { table: 'tbl_enrollments', link: { kind: 'many-to-many', between: ['tbl_students', 'tbl_courses'] }, references: ['tbl_students'] },
    { table: 'tbl_assignments', link: { kind: 'n-ary', between: ['tbl_a', 'tbl_b', 'tbl_c'] }, references: [] },
    { table: 'tbl_teachers', link: null, references: ['tbl_courses', 'tbl_rooms'] },
    { table: 'tbl_students', link: null, references: [] },
  ],
  'diagram.removed': [{ table: 'tbl_enrollments' }],
  'diagram.changed': [
    { table: 'tbl_enrollments', link: { kind: 'many-to-many', between: ['tbl_students', 'tbl_courses'] }, references: [] },
    { table: 'tbl_teachers', link: null, references: ['tbl_courses'] },
    { table: 'tbl_students', link: null, references: [] },
  ],
  'diagram.statement': [{ index: 2, count: 3, line: 4, sql: 'SELECT * FROM tbl_students' }],
  'diagram.previous-statement': [{}],
  'diagram.next-statement': [{}],
  'diagram.keys': [{}],
  'ui.run': [{}],
  'ui.running': [{}],
  'ui.run-keys': [{}],
  'ui.nothing-to-run': [{}],
  'ui.playground': [{}],
  'ui.playground-hint': [{}],
  'ui.diagram': [{}],
  'ui.schema': [{}],
  'ui.rows': [{}],
  'ui.sqlalchemy': [{}],
  'ui.course': [{}],
  'ui.previous': [{}],
  'ui.next': [{}],
  'ui.check': [{}],
  'ui.hint': [{}],
  'ui.next-hint': [{}],
  'ui.no-more-hints': [{}],
  'ui.show-solution': [{}],
  'ui.confirm-solution': [{}],
  'ui.solved': [{}],
  'ui.not-solved': [{}],
  'ui.checking': [{}],
  'ui.passed': [{}],
  'ui.expected': [{}],
  'ui.your-result': [{}],
  'ui.exercise': [{}],
  'ui.reset-lesson': [{}],
  'ui.reset-course': [{}],
  'ui.confirm-reset-lesson': [{}],
  'ui.confirm-reset-course': [{}],
  'ui.open-lesson': [{}],
  'ui.drop-lesson': [{}],
  'ui.open-failed': [{}],
  'ui.create-tables': [{}],
  'ui.show-sql': [{}],
  'ui.hide-sql': [{}],
  'ui.copy': [{}],
  'ui.copied': [{}],
  'ui.theme': [{}],
  'ui.language': [{}],
  'ui.menu': [{}],
  'ui.loading': [{}],
  'ui.lesson-warnings': [{}],
  'ui.empty-diagram': [{}],
  'ui.physical': [{}],
  'ui.logical': [{}],
  'ui.fit': [{}],
  'ui.export-svg': [{}],
  'ui.export-png': [{}],
  'ui.error-on-line': [{ line: 3 }],
  'ui.duration': [{ ms: 1.25 }, { ms: 1234 }],
  'ui.row-count-at-least': [{ n: 100000 }, { n: 1 }],
  'ui.row-count': [{ n: 1 }, { n: 2 }, { n: 5 }, { n: 21 }, { n: 1234 }],
  'ui.values-shortened': [
    { count: 1, limit: 10000 },
    { count: 3, limit: 10000 },
  ],
  'ui.rows-cut': [
    { shown: 1, total: 2 },
    { shown: 3, total: 5 },
    { shown: 1000, total: 10000000 },
    { shown: 1000, total: null },
    { shown: 1, total: null },
  ],
  'ui.columns-cut': [
    { shown: 2000, total: 3000 },
    { shown: 1, total: 2 },
  ],
  'ui.cells-cut': [{ limit: 100000 }, { limit: 21 }],
  'ui.result-table': [
    { rows: 1, columns: 1 },
    { rows: 3, columns: 22 },
    { rows: 1000, columns: 1000 },
  ],
  'ui.show-cell': [{}],
  'ui.cell-title': [{ row: 3, column: 'col_body' }],
  'ui.cell-length': [{ chars: 1 }, { chars: 4 }, { chars: 50000000 }],
  'ui.cell-part': [
    { shown: 100000, total: 50000000, expr: 'substr(col_body, 100001, 100000)' },
    { shown: 1, total: 2, expr: 'substr(col_body, 2, 1)' },
  ],
  'ui.blob-part': [
    { shown: 50000, total: 1000000, expr: 'hex(substr(col_data, 50001, 50000))' },
    { shown: 1, total: 3, expr: 'hex(substr(col_data, 2, 1))' },
  ],
  'ui.close': [{}],
  'ui.solved-count': [{ n: 2, total: 5 }],
  'ui.null-title': [{}],
  'ui.blob-title': [{ bytes: 1 }, { bytes: 3 }, { bytes: 16 }],
  'ui.sql-example': [{ line: 12 }],
  'ui.finish-course': [{}],
  'ui.course-complete': [{}],
  'ui.course-progress': [{}],
  'ui.course-summary': [
    { solved: 3, total: 25 },
    { solved: 21, total: 21 },
    { solved: 0, total: 1 },
  ],
  'ui.reading': [{}],
  'ui.next-steps': [{}],
  'ui.next-playground': [{}],
  'ui.next-own-lesson': [{}],
  'ui.edit-python': [{}],
  'ui.python-editor': [{}],
  'ui.result': [{}],
  'ui.go-to-result': [{}],
  'ui.verdict': [{}],
  'ui.go-to-verdict': [{}],
  'ui.skip-to-lesson': [{}],
  'ui.check-applies': [{}],
  'ui.applied': [{}],
  'ui.not-applied': [{}],
  'ui.lesson-warning': [{ line: 4, warning: msg('lesson.no-solution', { exercise: 'tbl_enroll' }) }],
  'ui.model-warning': [{ line: 4, warning: nested }],
  'ui.already-there': [{ tables: ['tbl_students', 'tbl_courses'] }],
  'ui.zoom-in': [{}],
  'ui.zoom-out': [{}],
  'ui.diagram-views': [{}],
  'ui.diagram-tools': [{}],
  'ui.diagram-title': [{}],
  'ui.save-svg': [{}],
  'ui.save-png': [{}],
  'ui.warnings': [{}],
  'ui.out-of-view': [{ tables: ['tbl_enrollments'] }, { tables: ['tbl_a', 'tbl_b', 'tbl_c', 'tbl_d'] }],
  'ui.fit-left-out': [{ tables: ['tbl_courses'] }, { tables: ['tbl_a', 'tbl_b', 'tbl_c', 'tbl_d', 'tbl_e'] }],
  'ui.warnings-toggle': [{ n: 1 }, { n: 3 }, { n: 5 }],
  'ui.resize-split': [{}],
  'ui.panes': [{}],
  'ui.pane-lesson': [{}],
  'ui.pane-lab': [{}],
  'ui.pane-lab-changed': [{}],
  'ui.many-to-many': [{}],
  'ui.instance-empty': [{}],
  'ui.too-many-rows': [{ n: 5000, table: 'tbl_students', limit: 200 }],
  'ui.too-many-links': [{ n: 5000, table: 'tbl_enrollments', limit: 2000 }],
  'ui.rows-failed': [{ reason: 'tbl_reason' }],
  'ui.instance-summary': [{ left: 3, leftTable: 'tbl_students', right: 2, rightTable: 'tbl_courses', links: 1 }],
  'ui.unmatched-rows': [
    { n: 1, table: 'tbl_enrollments' },
    { n: 3, table: 'tbl_enrollments' },
  ],
  'ui.theme-state': [{ dark: true }, { dark: false }],
  'ui.no-lesson-address': [{}],
  'ui.no-lessons': [{}],
  'ui.unexpected-error': [{ reason: 'tbl_reason' }],
  'ui.setup-failed': [
    { line: 2, error: SQL_TEXT },
    { line: 2, error: msg('engine.stopped', { limitMs: 3000 }) },
  ],
  'sql-error.unique-pair': [
    { table: 'tbl_enrollments', columns: ['col_student_id', 'col_course_id'], entities: ['tbl_student', 'tbl_courses'] },
  ],
  'sql-error.unique-id': [{ table: 'tbl_students', column: 'col_id' }],
  'sql-error.unique-value': [
    { table: 'tbl_students', columns: ['col_email'] },
    { table: 'tbl_students', columns: ['col_first', 'col_last'] },
  ],
  'sql-error.foreign-key': [{}],
  'sql-error.foreign-key-missing-parent': [
    { table: 'tbl_enrollments', missing: [{ column: 'col_course_id', value: 'val_9', entity: 'tbl_courses', parent: 'tbl_courses' }] },
    { table: 'tbl_enrollments', missing: [{ column: 'col_course_id', value: 'val_9', entity: 'tbl_course', parent: null }] },
    {
      table: 'tbl_enrollments',
      missing: [
        { column: 'col_student_id', value: 'val_9', entity: 'tbl_students', parent: 'tbl_students' },
        { column: 'col_course_id', value: 'val_2', entity: 'tbl_course', parent: null },
      ],
    },
  ],
  'sql-error.foreign-key-still-referenced': [
    { table: 'tbl_students', children: ['tbl_enrollments', 'tbl_grades'], statement: 'delete' },
    { table: 'tbl_students', children: [], statement: 'drop' },
  ],
  'sql-error.foreign-key-mismatch': [{ child: 'tbl_enrollments', parent: 'tbl_students' }],
  'sql-error.ambiguous-column': [
    { column: 'col_id', sources: ['tbl_s.col_id', 'tbl_c.col_id'] },
    { column: 'col_id', sources: [] },
  ],
  'sql-error.no-such-table': [
    { table: 'tbl_enrolments', suggestion: 'tbl_enrollments', tables: ['tbl_enrollments'] },
    { table: 'tbl_teachers', suggestion: null, tables: ['tbl_students', 'tbl_courses'] },
    { table: 'tbl_teachers', suggestion: null, tables: [] },
  ],
  'sql-error.not-null-key': [{ table: 'tbl_enrollments', column: 'col_course_id', entity: 'tbl_course' }],
  'sql-error.not-null': [{ table: 'tbl_students', column: 'col_name' }],
  'sql-error.no-such-column': [{ column: 'tbl_s.col_nme' }],
  'sql-error.table-exists': [{ table: 'tbl_students' }],
  'sql-error.syntax': [{ near: 'tbl_FORM' }],
  'sql-error.incomplete-input': [{}],
  'relations.foreign-keys-off': [{}],
  'relations.missing-target-table': [{ table: 'tbl_lectures', columns: ['col_course_id'], target: 'tbl_ghosts' }],
  'relations.non-unique-target': [
    { table: 'tbl_lectures', columns: ['col_title'], target: 'tbl_courses', targetColumns: ['col_title'] },
    { table: 'tbl_lectures', columns: ['col_course'], target: 'tbl_courses', targetColumns: [] },
  ],
  'relations.junction-without-key': [
    { table: 'tbl_enrollments', columns: ['col_student_id', 'col_course_id'], between: ['tbl_students', 'tbl_courses'] },
    { table: 'tbl_follows', columns: ['col_a', 'col_b'], between: ['tbl_users', 'tbl_users'] },
    { table: 'tbl_timetable', columns: ['col_a', 'col_b', 'col_c'], between: ['tbl_students', 'tbl_courses', 'tbl_rooms'] },
  ],
  'relations.nullable-junction-column': [{ table: 'tbl_enrollments', column: 'col_student_id', target: 'tbl_students' }],
  'relations.missing-reverse-index': [
    {
      table: 'tbl_enrollments',
      column: 'col_course_id',
      from: 'tbl_courses',
      to: 'tbl_students',
      statement: 'CREATE INDEX tbl_enrollments_course_id ON tbl_enrollments (col_course_id)',
    },
  ],
  'schema.no-tables': [{}],
  'schema.table': [
    { table: 'tbl_students', withoutRowid: false, strict: false },
    { table: 'tbl_pairs', withoutRowid: true, strict: true },
  ],
  'schema.primary-key': [{}],
  'schema.primary-key-part': [{ position: 2 }],
  'schema.not-null': [{}],
  'schema.unique': [{}],
  'schema.default': [{ value: 'col_current_date' }],
  'schema.generated': [{}],
  'schema.references': [
    { table: 'tbl_courses', column: 'col_id' },
    { table: 'tbl_courses', column: null },
  ],
  'schema.composite-primary-key': [{ columns: ['col_student_id', 'col_course_id'] }],
  'schema.composite-unique': [{ columns: ['col_student_id', 'col_course_id'] }],
  'schema.relationships': [{}],
  'schema.warnings': [{}],
  'schema.foreign-key': [
    { kind: 'many-to-one', from: 'tbl_enrollments', fromColumns: ['col_student_id'], to: 'tbl_students', toColumns: ['col_id'] },
    { kind: 'one-to-one', from: 'tbl_seats', fromColumns: ['col_a', 'col_b'], to: 'tbl_sections', toColumns: ['col_a', 'col_b'] },
  ],
  'schema.many-to-many': [
    { junction: 'tbl_enrollments', between: ['tbl_students', 'tbl_courses'], pattern: 'pure', payload: [] },
    { junction: 'tbl_follows', between: ['tbl_users', 'tbl_users'], pattern: 'surrogate-key', payload: [] },
    { junction: 'tbl_enrollments', between: ['tbl_students', 'tbl_courses'], pattern: 'association-object', payload: ['col_grade'] },
    { junction: 'tbl_enrollments', between: ['tbl_students', 'tbl_courses'], pattern: 'association-object', payload: ['col_a', 'col_b'] },
    { junction: 'tbl_enrollments', between: ['tbl_students', 'tbl_courses'], pattern: 'association-object', payload: [] },
  ],
  'schema.n-ary': [
    { junction: 'tbl_timetable', between: ['tbl_students', 'tbl_courses', 'tbl_rooms'] },
    { junction: 'tbl_roster', between: ['tbl_a', 'tbl_b', 'tbl_c', 'tbl_d', 'tbl_e'] },
  ],
  'orm.python-syntax-error': [{ near: 'tbl_near' }, { near: null }],
  'orm.table-without-name': [{}],
  'orm.column-without-name': [{}],
  'orm.index-without-table': [{ text: 'tbl_index_call' }],
  'orm.class-without-tablename': [
    { className: 'tbl_Student', reason: 'inheritance' },
    { className: 'tbl_Mixin', reason: 'mixin' },
  ],
  'orm.inherited-columns': [{ base: 'tbl_Mixin' }],
  'orm.table-attribute': [{}],
  'orm.unknown-call': [{ key: 'col_nick', callee: 'tbl_mapped_colum' }],
  'orm.unknown-expression': [{ key: 'col_nick', expression: 'tbl_expression' }],
  'orm.annotation-without-relationship': [{ className: 'tbl_Student', key: 'col_courses' }],
  'orm.not-boolean': [{ key: 'col_unique', value: 'tbl_yes' }],
  'orm.bad-referential-action': [
    { key: 'ondelete', value: 'tbl_value' },
    { key: 'onupdate', value: 'tbl_value' },
  ],
  'orm.unsupported-constraint-keyword': [{ key: 'col_deferrable', callee: 'tbl_ForeignKey' }],
  'orm.foreign-key-without-target': [{}],
  'orm.unknown-column-argument': [{ text: 'tbl_argument' }],
  'orm.unknown-server-default': [{ text: 'tbl_default' }],
  'orm.unknown-column-keyword': [{ key: 'col_colour' }],
  'orm.unknown-annotation-type': [{ name: 'tbl_Point' }],
  'orm.column-without-type': [{ column: 'col_name' }],
  'orm.not-a-type': [{ text: 'tbl_type' }],
  'orm.unknown-column-type': [{ text: 'tbl_Geometry' }],
  'orm.enum-class-unknown': [{ text: 'tbl_Enum_call' }],
  'orm.unsupported-type-keyword': [{ key: 'col_colour', type: 'tbl_String' }],
  'orm.bad-collation': [{ value: 'tbl_collation', type: 'tbl_String' }],
  'orm.not-a-column-name': [{ text: 'tbl_text' }],
  'orm.table-item-not-a-call': [{ text: 'tbl_text' }],
  'orm.unknown-table-item': [{ text: 'tbl_text' }],
  'orm.foreign-key-target-shape': [{ text: 'tbl_target' }],
  'orm.foreign-key-missing-table': [{ table: 'tbl_enrollments', target: 'tbl_ghosts' }],
  'orm.foreign-key-missing-column': [{ table: 'tbl_enrollments', targetTable: 'tbl_students', targetColumn: 'col_ghost' }],
  'orm.table-defined-twice': [{ table: 'tbl_students' }],
  'orm.no-primary-key': [{ className: 'tbl_Student' }],
  'orm.type-from-foreign-key': [{ table: 'tbl_enrollments', column: 'col_student_id' }],
  'orm.missing-column': [{ table: 'tbl_students', column: 'col_ghost' }],
  'orm.generated-module': [{}],
  'orm.surrogate-key-junction': [{ key: 'col_id' }],
  'orm.pair-kept-unique': [{ columns: ['col_student_id', 'col_course_id'] }],
  'orm.pair-not-unique': [{ columns: ['col_student_id', 'col_course_id'], fix: 'tbl_fix' }],
  'load.statement-skipped': [
    { statement: 'CREATE VIRTUAL TABLE tbl_docs USING fts5(col_body)', error: msg('engine.sqlite-error', { text: 'tbl_no_such_module' }) },
  ],
  'orm.reason-entity': [{ table: 'tbl_students', columns: ['col_id'] }],
  'orm.reason-mapper-key': [{ table: 'tbl_likes', columns: ['col_a_id', 'col_b_id'] }],
  'orm.reason-association-object': [
    { table: 'tbl_grades', between: ['tbl_students', 'tbl_courses'], payload: ['col_grade'], mapperKey: null },
    { table: 'tbl_grades', between: ['tbl_students', 'tbl_courses'], payload: ['col_grade', 'col_at'], mapperKey: ['col_a', 'col_b'] },
  ],
  'orm.reason-n-ary': [
    { table: 'tbl_bookings', between: ['tbl_a', 'tbl_b', 'tbl_c'], mapperKey: null },
    { table: 'tbl_bookings', between: ['tbl_a', 'tbl_b', 'tbl_c', 'tbl_d', 'tbl_e'], mapperKey: ['col_a', 'col_b'] },
  ],
  'orm.reason-junction': [
    { table: 'tbl_enrollments', between: ['tbl_students', 'tbl_courses'], pattern: 'pure' },
    { table: 'tbl_follows', between: ['tbl_users', 'tbl_users'], pattern: 'surrogate-key' },
  ],
  'orm.reason-no-key': [{ table: 'tbl_log' }],
  'orm.reason-virtual-table': [{ table: 'tbl_docs' }],
  'orm.reasons-heading': [{}],
};

/**
 * Latin words a Russian sentence may hold: SQL, product and Python names (the learner types them as
 * they are). Anything else Latin in a Russian rendering is English left untranslated.
 */
const LATIN_ALLOWED = new Set(
  [
    'SQL SQLite SQLAlchemy Python NULL NOT UNIQUE PRIMARY KEY FOREIGN REFERENCES CREATE TABLE INDEX VIEW TRIGGER DROP',
    'ALTER SELECT INSERT UPDATE DELETE FROM WHERE JOIN ORDER BY LIMIT OFFSET GROUP AS ON IF EXISTS CASCADE SET DEFAULT RESTRICT',
    'NO ACTION PRAGMA BEGIN COMMIT ROLLBACK SAVEPOINT RELEASE VACUUM ANALYZE REINDEX WITHOUT ROWID STRICT CHECK',
    'Ctrl Enter Shift Esc Tab SVG PNG ER id rowid setup variant http https markdown HTML YAML JSON sqlite sql db',
    'Enum Mapped True False collation Junction substr',
  ]
    .join(' ')
    .split(' '),
);

/** Every string found in `value` (parameters may nest arrays, objects and messages). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function everyMessage(): Message[] {
  return (Object.entries(SAMPLES) as [MessageCode, object[]][]).flatMap(([code, list]) =>
    list.map((params) => ({ code, params }) as Message),
  );
}

describe('the message catalogue', () => {
  it('has the same codes in every language, and a sample for each', () => {
    const codes = Object.keys(SAMPLES).sort();
    for (const lang of LANGUAGES) expect(Object.keys(CATALOGUE[lang]).sort()).toEqual(codes);
  });

  it.each(LANGUAGES)('renders every code in %s to a non-empty sentence without placeholders', (lang) => {
    for (const message of everyMessage()) {
      const text = renderMessage(message, lang);
      expect(text.trim(), message.code).not.toBe('');
      expect(text, message.code).not.toMatch(/undefined|NaN|\[object Object\]|\$\{/);
    }
  });

  it('leaves no English in a Russian rendering apart from SQL, names and quoted parameters', () => {
    for (const message of everyMessage()) {
      let text = renderMessage(message, 'ru');
      for (const value of strings(message.params)) text = text.split(value).join(' ');
      // Quoted code, URLs, routes (`#/open?src=…`) and file paths are not prose.
      text = text.replace(/`[^`]*`|"[^"]*"|«[A-Za-z_ ().,=\d]*»|#\/\S*|[\w-]+\/[\w./-]+|\.md\b/g, ' ');
      const english = (text.match(/[A-Za-z_][A-Za-z_\d]*(?:\(\))?/g) ?? []).filter(
        (word) => !LATIN_ALLOWED.has(word.replace(/\(\)$/, '')) && !/[_(]/.test(word),
      );
      expect(english, `${message.code}: ${renderMessage(message, 'ru')}`).toEqual([]);
    }
  });

  it('writes no Cyrillic in an English rendering', () => {
    for (const message of everyMessage()) {
      expect(renderMessage(message, 'en'), message.code).not.toMatch(/[а-яё]/i);
    }
  });
});

describe('plural forms', () => {
  it.each([
    [1, '1 строка'],
    [2, '2 строки'],
    [4, '4 строки'],
    [5, '5 строк'],
    [11, '11 строк'],
    [21, '21 строка'],
    [22, '22 строки'],
    [1000, '1\u202f000 строк'],
  ])('counts %i rows in Russian as «%s»', (n, text) => {
    expect(say('ru', 'ui.row-count', { n })).toBe(text);
  });

  it.each([
    [1, '1 row'],
    [2, '2 rows'],
    [0, '0 rows'],
    [1234, '1,234 rows'],
  ])('counts %i rows in English as "%s"', (n, text) => {
    expect(say('en', 'ui.row-count', { n })).toBe(text);
  });
});

describe('check verdicts', () => {
  it.each([
    [1, 0, 'В вашем результате другие строки: не хватает 1 ожидаемой строки.'],
    [2, 0, 'В вашем результате другие строки: не хватает 2 ожидаемых строк.'],
    [0, 1, 'В вашем результате другие строки: есть 1 лишняя строка.'],
    [1, 3, 'В вашем результате другие строки: не хватает 1 ожидаемой строки и есть 3 лишние строки.'],
    [0, 5, 'В вашем результате другие строки: есть 5 лишних строк.'],
  ])('say %i missing and %i extra rows in Russian with the right forms', (missing, extra, text) => {
    expect(say('ru', 'check.rows', { missing, extra })).toBe(text);
  });

  it('keep the English sentences the checker always wrote', () => {
    expect(say('en', 'check.rows', { missing: 1, extra: 2 })).toBe(
      'Your result has different rows: 1 expected row is missing and 2 rows are extra.',
    );
    expect(say('en', 'check.data-differs', { difference: msg('check.rows', { missing: 0, extra: 1 }) })).toBe(
      'After your code, the data is not as expected: your result has different rows: 1 row is extra.',
    );
  });
});

describe('nested messages', () => {
  it('render in the language of the message around them', () => {
    expect(say('ru', 'ui.model-warning', { line: 2, warning: nested })).toBe('Строка 2: Выполнить');
    expect(say('en', 'ui.model-warning', { line: 2, warning: nested })).toBe('Line 2: Run');
  });
});
