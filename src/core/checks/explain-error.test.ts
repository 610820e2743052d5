import { describe, expect, it } from 'vitest';
import type { Schema, Table } from '../schema/types.js';
import { singular } from '../naming/english.js';
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

describe('explainSqlError', () => {
  it.each<[string, string, string | undefined, Schema | undefined, string]>([
    [
      'a duplicate junction pair',
      'UNIQUE constraint failed: enrollments.student_id, enrollments.course_id',
      undefined,
      undefined,
      'This student is already enrolled in this course',
    ],
    [
      'a duplicate pair in a table not named after a verb',
      'UNIQUE constraint failed: student_courses.students_id, student_courses.courses_id',
      undefined,
      undefined,
      'This student is already linked to this course',
    ],
    [
      'a duplicate pair whose column names come from the schema',
      'UNIQUE constraint failed: enrollments.learner, enrollments.course_id',
      undefined,
      schema,
      'This student is already enrolled in this course',
    ],
    [
      'a missing parent named by the only key an update sets',
      'FOREIGN KEY constraint failed',
      'UPDATE enrollments SET course_id = 7 WHERE student_id = 1',
      undefined,
      'There is no course with id 7',
    ],
    [
      'a missing parent in a single-key insert',
      'FOREIGN KEY constraint failed',
      'INSERT INTO enrollments (student_id) VALUES (9);',
      undefined,
      'There is no student with id 9',
    ],
    [
      'a missing parent in a two-key insert',
      'FOREIGN KEY constraint failed',
      'INSERT INTO enrollments (student_id, course_id) VALUES (9, 2)',
      undefined,
      'there is no student with id 9, or no course with id 2 (SQLite does not say which)',
    ],
    [
      'a missing parent in an insert without a column list, with the schema',
      'FOREIGN KEY constraint failed',
      'INSERT INTO enrollments VALUES (9, 2)',
      schema,
      'no student with id 9, or no course with id 2',
    ],
    [
      'a parent that is still referenced',
      'FOREIGN KEY constraint failed',
      'DELETE FROM students WHERE id = 1',
      schema,
      'Rows in enrollments still point at this student',
    ],
    ['a foreign key without statement', 'FOREIGN KEY constraint failed', undefined, undefined, 'A foreign key check failed'],
    [
      'a foreign key mismatch',
      'foreign key mismatch - "enrollments" referencing "students"',
      undefined,
      undefined,
      'REFERENCES students(id)',
    ],
    [
      'an ambiguous id',
      'ambiguous column name: id',
      'SELECT id FROM students s JOIN enrollments e ON e.student_id = s.id JOIN courses c ON c.id = e.course_id',
      schema,
      's.id or c.id',
    ],
    ['an ambiguous id without a statement', 'ambiguous column name: id', undefined, undefined, 'like students.id'],
    ['a misspelt table', 'no such table: enrolments', undefined, schema, 'Did you mean enrollments?'],
    ['a singular table name', 'no such table: student', undefined, schema, 'Did you mean students?'],
    ['an unknown table', 'no such table: teachers', undefined, schema, 'The tables here are: students, courses, enrollments.'],
    [
      'a NULL junction column',
      'NOT NULL constraint failed: enrollments.course_id',
      undefined,
      undefined,
      'Every row of enrollments needs a course: course_id cannot be NULL',
    ],
    ['a NULL ordinary column', 'NOT NULL constraint failed: students.name', undefined, undefined, 'students.name cannot be NULL'],
  ])('explains %s', (_what, message, sql, withSchema, expected) => {
    expect(explainSqlError(message, sql, withSchema)).toContain(expected);
  });

  it('returns null for messages it does not know', () => {
    expect(explainSqlError('database disk image is malformed')).toBeNull();
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
