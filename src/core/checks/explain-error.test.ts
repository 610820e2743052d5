import { describe, expect, it } from 'vitest';
import type { Schema, Table } from '../schema/types.js';
import { singular } from '../naming/english.js';
import type { Language } from '../messages/language.js';
import type { MessageCode } from '../messages/message.js';
import { renderMessage } from '../messages/render.js';
import { explainSqlError } from './explain-error.js';
import { insertedRows } from './insert-values.js';

function aTable(name: string, columns: string[], foreignKeys: [string, string][] = []): Table {
  return {
    name,
    withoutRowid: false,
    strict: false,
    columns: columns.map((c) => ({
      name: c,
      type: 'INTEGER',
      notNull: false,
      defaultValue: null,
      pkPosition: c === 'id' ? 1 : 0,
      kind: 'normal',
    })),
    primaryKey: columns.includes('id') ? ['id'] : [],
    uniques: [],
    foreignKeys: foreignKeys.map(([column, table], id) => ({
      id,
      columns: [column],
      table,
      toColumns: ['id'],
      toPrimaryKey: false,
      onDelete: 'NO ACTION',
      onUpdate: 'NO ACTION',
    })),
    indexes: [],
    sql: '',
  };
}

const schema: Schema = {
  tables: [
    aTable('students', ['id', 'name']),
    aTable('courses', ['id', 'title']),
    aTable(
      'enrollments',
      ['learner', 'course_id'],
      [
        ['learner', 'students'],
        ['course_id', 'courses'],
      ],
    ),
  ],
  views: [],
  foreignKeysEnabled: true,
};

/** The explanation of `message` in `lang`, or null when there is none. */
function explained(lang: Language, message: string, sql?: string, withSchema?: Schema): string | null {
  const explanation = explainSqlError(message, sql, withSchema);
  return explanation && renderMessage(explanation, lang);
}

const PAIR_EN = 'enrollments keeps each (student_id, course_id) pair only once, so the same pair cannot be added twice.';
const FK_GENERAL_EN =
  'A foreign key check failed: a row would point at a parent row that does not exist, or a parent row that other rows still point at would disappear.';
const NEW_ROW_EN = 'so the new enrollment row would point at nothing. Add that row first, or use an id that exists.';
const SEVERAL_EN = '(SQLite does not say which). Add the missing row first, or use ids that exist.';
const AMBIGUOUS_EN =
  'More than one table in this query has a column called id, so SQLite does not know which you mean. Put the table name or alias in front of it';
const STILL_POINT_EN =
  'so it cannot be removed while they exist. Delete those rows first, or declare the foreign key with ON DELETE CASCADE.';

describe('explainSqlError in English', () => {
  it.each<[string, string, string | undefined, Schema | undefined, MessageCode, string]>([
    [
      'a duplicate junction pair',
      'UNIQUE constraint failed: enrollments.student_id, enrollments.course_id',
      undefined,
      undefined,
      'sql-error.unique-pair',
      `This student is already enrolled in this course: ${PAIR_EN}`,
    ],
    [
      'a duplicate pair in a table not named after a verb',
      'UNIQUE constraint failed: student_courses.students_id, student_courses.courses_id',
      undefined,
      undefined,
      'sql-error.unique-pair',
      'This student is already linked to this course: student_courses keeps each (students_id, courses_id) pair only once, so the same pair cannot be added twice.',
    ],
    [
      'a duplicate pair whose column names come from the schema',
      'UNIQUE constraint failed: enrollments.learner, enrollments.course_id',
      undefined,
      schema,
      'sql-error.unique-pair',
      'This student is already enrolled in this course: enrollments keeps each (learner, course_id) pair only once, so the same pair cannot be added twice.',
    ],
    [
      'a duplicate pair in an assignment table',
      'UNIQUE constraint failed: assignments.task_id, assignments.person_id',
      undefined,
      undefined,
      'sql-error.unique-pair',
      'This task is already assigned to this person: assignments keeps each (task_id, person_id) pair only once, so the same pair cannot be added twice.',
    ],
    [
      'a taken id',
      'UNIQUE constraint failed: students.id',
      undefined,
      undefined,
      'sql-error.unique-id',
      'A student with this id already exists: ids in students must be unique. Leave id out to let SQLite pick the next one.',
    ],
    [
      'a taken unique value',
      'UNIQUE constraint failed: students.email',
      undefined,
      undefined,
      'sql-error.unique-value',
      'A student with the same email already exists in students, and that value must be unique.',
    ],
    [
      'a missing parent named by the only key an update sets',
      'FOREIGN KEY constraint failed',
      'UPDATE enrollments SET course_id = 7 WHERE student_id = 1',
      undefined,
      'sql-error.foreign-key-missing-parent',
      `There is no course with id 7, ${NEW_ROW_EN}`,
    ],
    [
      'a missing parent in a single-key insert',
      'FOREIGN KEY constraint failed',
      'INSERT INTO enrollments (student_id) VALUES (9);',
      undefined,
      'sql-error.foreign-key-missing-parent',
      `There is no student with id 9, ${NEW_ROW_EN}`,
    ],
    [
      'a missing parent in a two-key insert',
      'FOREIGN KEY constraint failed',
      'INSERT INTO enrollments (student_id, course_id) VALUES (9, 2)',
      undefined,
      'sql-error.foreign-key-missing-parent',
      `One of the ids points at nothing: there is no student with id 9, or no course with id 2 ${SEVERAL_EN}`,
    ],
    [
      'a missing parent in an insert without a column list, with the schema',
      'FOREIGN KEY constraint failed',
      'INSERT INTO enrollments VALUES (9, 2)',
      schema,
      'sql-error.foreign-key-missing-parent',
      `One of the ids points at nothing: there is no student with id 9, or no course with id 2 ${SEVERAL_EN}`,
    ],
    [
      'at most four missing parents of a many-row insert',
      'FOREIGN KEY constraint failed',
      'INSERT INTO enrollments (learner, course_id) VALUES (9, 2), (9, 3), (8, 2), (7, 5)',
      schema,
      'sql-error.foreign-key-missing-parent',
      `One of the ids points at nothing: there is no student with id 9, or no course with id 2, or no course with id 3, or no student with id 8 ${SEVERAL_EN}`,
    ],
    [
      'a parent that is still referenced',
      'FOREIGN KEY constraint failed',
      'DELETE FROM students WHERE id = 1',
      schema,
      'sql-error.foreign-key-still-referenced',
      `Rows in enrollments still point at this student, ${STILL_POINT_EN}`,
    ],
    [
      'a parent still referenced from a table the schema does not show',
      'FOREIGN KEY constraint failed',
      'DELETE FROM students WHERE id = 1',
      undefined,
      'sql-error.foreign-key-still-referenced',
      `Rows in another table still point at this student, ${STILL_POINT_EN}`,
    ],
    ['a foreign key without statement', 'FOREIGN KEY constraint failed', undefined, undefined, 'sql-error.foreign-key', FK_GENERAL_EN],
    [
      'a foreign key mismatch',
      'foreign key mismatch - "enrollments" referencing "students"',
      undefined,
      undefined,
      'sql-error.foreign-key-mismatch',
      "The foreign key in enrollments points at columns of students that are neither its primary key nor UNIQUE (or do not exist), so SQLite cannot use it. Reference students's primary key, e.g. REFERENCES students(id), or make the referenced column UNIQUE.",
    ],
    [
      'an ambiguous id',
      'ambiguous column name: id',
      'SELECT id FROM students s JOIN enrollments e ON e.student_id = s.id JOIN courses c ON c.id = e.course_id',
      schema,
      'sql-error.ambiguous-column',
      `${AMBIGUOUS_EN} — s.id or c.id.`,
    ],
    [
      'an ambiguous id without a statement',
      'ambiguous column name: id',
      undefined,
      undefined,
      'sql-error.ambiguous-column',
      `${AMBIGUOUS_EN}, like students.id.`,
    ],
    [
      'a misspelt table',
      'no such table: enrolments',
      undefined,
      schema,
      'sql-error.no-such-table',
      'There is no table called enrolments in this database. Did you mean enrollments?',
    ],
    [
      'a singular table name',
      'no such table: student',
      undefined,
      schema,
      'sql-error.no-such-table',
      'There is no table called student in this database. Did you mean students?',
    ],
    [
      'an unknown table',
      'no such table: teachers',
      undefined,
      schema,
      'sql-error.no-such-table',
      'There is no table called teachers in this database. The tables here are: students, courses, enrollments.',
    ],
    [
      'an unknown table in an empty database',
      'no such table: main.teachers',
      undefined,
      undefined,
      'sql-error.no-such-table',
      'There is no table called teachers in this database. Has the lesson setup (or your CREATE TABLE) run yet?',
    ],
    [
      'a NULL junction column',
      'NOT NULL constraint failed: enrollments.course_id',
      undefined,
      undefined,
      'sql-error.not-null-key',
      'Every row of enrollments needs a course: course_id cannot be NULL. A junction row links one row to another, so both of its ids must be given.',
    ],
    [
      'a NULL ordinary column',
      'NOT NULL constraint failed: students.name',
      undefined,
      undefined,
      'sql-error.not-null',
      'students.name cannot be NULL: give it a value.',
    ],
    [
      'an unknown column',
      'no such column: s.nme',
      undefined,
      undefined,
      'sql-error.no-such-column',
      'There is no column called s.nme in the tables this statement reads. Check the spelling, and that the table (or alias) before the dot is one the statement names in FROM or JOIN.',
    ],
    [
      'a table created twice',
      'table students already exists',
      undefined,
      undefined,
      'sql-error.table-exists',
      'A table called students already exists in this database. Drop it first (DROP TABLE students) or write CREATE TABLE IF NOT EXISTS.',
    ],
    [
      'a syntax error',
      'near "FORM": syntax error',
      undefined,
      undefined,
      'sql-error.syntax',
      'SQLite could not read the statement just before or at "FORM": look there for a typo, a missing comma or parenthesis, or a misplaced keyword.',
    ],
    [
      'a statement cut short',
      'Error: incomplete input',
      undefined,
      undefined,
      'sql-error.incomplete-input',
      'The statement stops too early: a closing parenthesis, quote or the rest of a clause is missing.',
    ],
  ])('explains %s', (_what, message, sql, withSchema, code, expected) => {
    expect(explainSqlError(message, sql, withSchema)?.code).toBe(code);
    expect(explained('en', message, sql, withSchema)).toBe(expected);
  });

  it('returns null for messages it does not know', () => {
    expect(explainSqlError('database disk image is malformed')).toBeNull();
  });
});

describe('explainSqlError in Russian', () => {
  it.each<[string, string, string | undefined, Schema | undefined, string]>([
    [
      'a duplicate junction pair',
      'UNIQUE constraint failed: enrollments.student_id, enrollments.course_id',
      undefined,
      undefined,
      'Такая пара (student_id, course_id) уже есть в enrollments: каждая пара хранится в этой связующей таблице только один раз, поэтому добавить её второй раз нельзя.',
    ],
    [
      'a taken id',
      'UNIQUE constraint failed: students.id',
      undefined,
      undefined,
      'Строка с таким id уже есть в students: значения id в этой таблице должны быть уникальными. Не указывайте id, и SQLite сам выберет следующее.',
    ],
    [
      'a taken unique combination',
      'UNIQUE constraint failed: students.first, students.last',
      undefined,
      undefined,
      'В students уже есть строка с такими же значениями (first, last), а их сочетание должно быть уникальным.',
    ],
    [
      'a missing parent the schema names',
      'FOREIGN KEY constraint failed',
      'INSERT INTO enrollments (course_id) VALUES (9)',
      schema,
      'Нет строки в courses с id 9, поэтому новая строка enrollments указывала бы в никуда. Сначала добавьте эту строку или возьмите существующий id.',
    ],
    [
      'a missing parent known only by its column, in the table name as written',
      'FOREIGN KEY constraint failed',
      'INSERT INTO people_links (person_id) VALUES (9)',
      undefined,
      'Нет строки с id 9 для person_id, поэтому новая строка people_links указывала бы в никуда. Сначала добавьте эту строку или возьмите существующий id.',
    ],
    [
      'several missing parents',
      'FOREIGN KEY constraint failed',
      'INSERT INTO enrollments VALUES (9, 2)',
      schema,
      'Один из id указывает в никуда: нет строки в students с id 9 или нет строки в courses с id 2 (SQLite не сообщает, какой именно). Сначала добавьте недостающую строку или возьмите существующие id.',
    ],
    [
      'a deleted parent that is still referenced',
      'FOREIGN KEY constraint failed',
      'DELETE FROM students WHERE id = 1',
      schema,
      'Из students нельзя удалить эти строки: на них всё ещё ссылаются строки в enrollments. Сначала удалите ссылающиеся строки или объявите внешний ключ с ON DELETE CASCADE.',
    ],
    [
      'a dropped table that is still referenced',
      'FOREIGN KEY constraint failed',
      'DROP TABLE IF EXISTS courses',
      undefined,
      'Таблицу courses нельзя удалить: на её строки всё ещё ссылаются строки в другой таблице. Сначала удалите ссылающиеся строки или объявите внешний ключ с ON DELETE CASCADE.',
    ],
    [
      'a foreign key without statement',
      'FOREIGN KEY constraint failed',
      undefined,
      undefined,
      'Не прошла проверка внешнего ключа: строка ссылалась бы на несуществующую родительскую строку или исчезла бы родительская строка, на которую ещё ссылаются другие строки.',
    ],
    [
      'a foreign key mismatch',
      'foreign key mismatch - "enrollments" referencing "students"',
      undefined,
      undefined,
      'Внешний ключ в enrollments ссылается на столбцы таблицы students, которые не являются ни её первичным ключом, ни UNIQUE (или вовсе не существуют), поэтому SQLite не может им пользоваться. Сошлитесь на первичный ключ students, например REFERENCES students(id), или сделайте столбец, на который указывает ключ, UNIQUE.',
    ],
    [
      'an ambiguous id',
      'ambiguous column name: id',
      'SELECT id FROM students s JOIN enrollments e ON e.student_id = s.id JOIN courses c ON c.id = e.course_id',
      schema,
      'Столбец id есть больше чем в одной таблице этого запроса, поэтому SQLite не знает, какой из них вы имеете в виду. Поставьте перед ним имя таблицы или псевдоним — s.id или c.id.',
    ],
    [
      'an ambiguous id without a statement',
      'ambiguous column name: id',
      undefined,
      undefined,
      'Столбец id есть больше чем в одной таблице этого запроса, поэтому SQLite не знает, какой из них вы имеете в виду. Поставьте перед ним имя таблицы или псевдоним, например «students.id».',
    ],
    [
      'a misspelt table',
      'no such table: enrolments',
      undefined,
      schema,
      'В этой базе нет таблицы enrolments. Может быть, вы имели в виду enrollments?',
    ],
    [
      'an unknown table',
      'no such table: teachers',
      undefined,
      schema,
      'В этой базе нет таблицы teachers. Здесь есть таблицы: students, courses, enrollments.',
    ],
    [
      'an unknown table in an empty database',
      'no such table: teachers',
      undefined,
      undefined,
      'В этой базе нет таблицы teachers. Выполнена ли уже подготовка урока (или ваш CREATE TABLE)?',
    ],
    [
      'a NULL junction column',
      'NOT NULL constraint failed: enrollments.course_id',
      undefined,
      undefined,
      'В каждой строке enrollments должен быть задан course_id: этот столбец не может быть NULL. Строка связующей таблицы соединяет одну строку с другой, поэтому оба её id обязательны.',
    ],
    [
      'a NULL ordinary column',
      'NOT NULL constraint failed: students.name',
      undefined,
      undefined,
      'Столбец students.name не может быть NULL: задайте ему значение.',
    ],
    [
      'an unknown column',
      'no such column: s.nme',
      undefined,
      undefined,
      'Ни в одной из таблиц, которые читает этот запрос, нет столбца s.nme. Проверьте написание и то, что таблица (или псевдоним) перед точкой названа в FROM или JOIN этого запроса.',
    ],
    [
      'a table created twice',
      'table students already exists',
      undefined,
      undefined,
      'Таблица students в этой базе уже есть. Сначала удалите её (DROP TABLE students) или напишите CREATE TABLE IF NOT EXISTS.',
    ],
    [
      'a syntax error',
      'near "FORM": syntax error',
      undefined,
      undefined,
      'SQLite не удалось разобрать запрос в месте «FORM» или прямо перед ним: поищите там опечатку, пропущенную запятую или скобку либо ключевое слово не на своём месте.',
    ],
    [
      'a statement cut short',
      'incomplete input',
      undefined,
      undefined,
      'Запрос обрывается слишком рано: не хватает закрывающей скобки, кавычки или оставшейся части предложения.',
    ],
  ])('explains %s', (_what, message, sql, withSchema, expected) => {
    expect(explained('ru', message, sql, withSchema)).toBe(expected);
  });
});

describe('singular', () => {
  it.each([
    ['students', 'student'],
    ['courses', 'course'],
    ['categories', 'category'],
    ['addresses', 'address'],
    ['class', 'class'],
  ])('%s → %s', (plural, one) => expect(singular(plural)).toBe(one));
});

describe('insertedRows', () => {
  it('reads quoted strings with doubled quotes and NULLs', () => {
    expect(insertedRows("INSERT INTO t (a, b) VALUES ('it''s', NULL), (2, -3.5)")).toEqual({
      table: 't',
      columns: ['a', 'b'],
      rows: [
        ["it's", null],
        ['2', '-3.5'],
      ],
    });
  });

  it('gives up on expressions it cannot read', () => {
    expect(insertedRows('INSERT INTO t (a) VALUES (abs(1))')).toBeNull();
    expect(insertedRows('INSERT INTO t (a) SELECT 1')).toBeNull();
  });
});
