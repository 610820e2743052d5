import { beforeAll, describe, expect, it } from 'vitest';
import { schemaOf } from '../../../test/helpers/schema-fixture.js';
import type { Schema } from '../schema/types.js';
import { mistakeHint } from './mistake-hints.js';
import { queryShape } from './query-shape.js';

const DDL = `CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE enrollments (student_id INTEGER NOT NULL REFERENCES students(id), course_id INTEGER NOT NULL REFERENCES courses(id), PRIMARY KEY (student_id, course_id));`;

let schema: Schema;
beforeAll(async () => {
  schema = await schemaOf(DDL);
});

const ADA = `SELECT c.title FROM courses c JOIN enrollments e ON e.course_id = c.id JOIN students s ON s.id = e.student_id
  WHERE s.name = 'Ada' ORDER BY c.title;`;
const COUNTS = `SELECT s.name AS student, count(e.course_id) AS courses FROM students s
  LEFT JOIN enrollments e ON e.student_id = s.id GROUP BY s.id, s.name;`;

describe('queryShape', () => {
  it('resolves aliases, quoted names and bare columns to schema tables', () => {
    const shape = queryShape(
      'SELECT "s"."name" FROM [students] AS s, enrollments e WHERE e.student_id = s.id GROUP BY name ORDER BY 1 LIMIT 2',
      schema,
    );
    expect(shape.tables).toEqual(['students', 'enrollments']);
    expect(shape.equalities).toEqual([
      [
        { table: 'enrollments', column: 'student_id' },
        { table: 'students', column: 'id' },
      ],
    ]);
    expect(shape.groupBy).toEqual([{ table: 'students', column: 'name' }]);
    expect(shape.orderBy).toEqual([{ table: 'students', column: 'name' }]);
    expect(shape.limited).toBe(true);
  });

  it('reads tables and conditions inside subqueries and CTEs, but clauses only from the outermost query', () => {
    const shape = queryShape(
      'WITH n AS (SELECT student_id, count(*) AS k FROM enrollments GROUP BY student_id) SELECT title FROM courses c WHERE EXISTS (SELECT 1 FROM enrollments e WHERE e.course_id = c.id) ORDER BY title',
      schema,
    );
    expect(shape.tables).toEqual(['enrollments', 'courses']);
    expect(shape.equalities).toEqual([
      [
        { table: 'enrollments', column: 'course_id' },
        { table: 'courses', column: 'id' },
      ],
    ]);
    expect(shape.groupBy).toEqual([]);
    expect(shape.countStar).toBe(false);
    expect(shape.orderBy).toEqual([{ table: 'courses', column: 'title' }]);
  });

  it('reads the last statement of a script, ignoring comments and the closing semicolon', () => {
    const shape = queryShape(
      'SELECT 1;\n-- the answer\nSELECT count(*) FROM students s LEFT JOIN enrollments e ON e.student_id = s.id GROUP BY s.id;',
      schema,
    );
    expect(shape).toMatchObject({ outerJoin: true, countStar: true, groupBy: [{ table: 'students', column: 'id' }] });
  });

  it('maps an ORDER BY alias to its select item', () => {
    expect(queryShape('SELECT s.name AS student FROM students s ORDER BY student', schema).orderBy).toEqual([
      { table: 'students', column: 'name' },
    ]);
  });
});

describe('mistakeHint names the kind of mistake', () => {
  it.each([
    [
      'the junction missing from FROM',
      ADA,
      'SELECT title FROM courses WHERE id IN (1, 2) ORDER BY title;',
      { code: 'mistake.missing-junction', params: { junction: 'enrollments', between: ['students', 'courses'] } },
    ],
    [
      'a join condition pairing the wrong columns',
      ADA,
      "SELECT c.title FROM courses c JOIN enrollments e ON e.student_id = c.id JOIN students s ON s.id = e.student_id WHERE s.name = 'Ada' ORDER BY c.title;",
      {
        code: 'mistake.wrong-join-columns',
        params: { column: 'enrollments.student_id', references: 'students.id', pairedWith: 'courses.id' },
      },
    ],
    [
      'the wrong columns in a correlated subquery',
      'SELECT title FROM courses c WHERE NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.course_id = c.id);',
      'SELECT title FROM courses c WHERE NOT EXISTS (SELECT 1 FROM enrollments e WHERE c.id = e.student_id);',
      {
        code: 'mistake.wrong-join-columns',
        params: { column: 'enrollments.student_id', references: 'students.id', pairedWith: 'courses.id' },
      },
    ],
    [
      'count(*) over an outer join',
      COUNTS,
      'SELECT s.name AS student, count(*) AS courses FROM students s LEFT JOIN enrollments e ON e.student_id = s.id GROUP BY s.id, s.name;',
      { code: 'mistake.count-star-outer-join', params: { column: 'enrollments.course_id' } },
    ],
    [
      'a grouping column missing',
      COUNTS,
      'SELECT s.name AS student, count(e.course_id) AS courses FROM students s LEFT JOIN enrollments e ON e.student_id = s.id GROUP BY s.name;',
      { code: 'mistake.group-missing', params: { column: 'students.id' } },
    ],
    [
      'a grouping column extra',
      COUNTS,
      'SELECT s.name AS student, count(e.course_id) AS courses FROM students s LEFT JOIN enrollments e ON e.student_id = s.id GROUP BY s.id, s.name, e.course_id;',
      { code: 'mistake.group-extra', params: { column: 'enrollments.course_id' } },
    ],
    [
      'an ORDER BY column missing',
      ADA,
      "SELECT c.title FROM courses c JOIN enrollments e ON e.course_id = c.id JOIN students s ON s.id = e.student_id WHERE s.name = 'Ada' ORDER BY c.id;",
      { code: 'mistake.order-missing', params: { column: 'courses.title' } },
    ],
  ])('%s', (_kind, solution, answer, hint) => {
    expect(mistakeHint(answer, solution, schema, true)).toEqual(hint);
  });

  it('says nothing for a correct alternative written differently', () => {
    const alternatives = [
      "SELECT c.title FROM students s JOIN enrollments e ON s.id = e.student_id JOIN courses c ON e.course_id = c.id WHERE s.name = 'Ada' ORDER BY 1;",
      "SELECT title FROM courses WHERE id IN (SELECT course_id FROM enrollments WHERE student_id IN (SELECT id FROM students WHERE name = 'Ada')) ORDER BY title;",
    ];
    for (const answer of alternatives) expect(mistakeHint(answer, ADA, schema, true), answer).toBeNull();
  });

  it('does not ask for a grouping column a grouped key already decides', () => {
    const answer =
      'SELECT s.name AS student, count(e.course_id) AS courses FROM students s LEFT JOIN enrollments e ON e.student_id = s.id GROUP BY s.id;';
    expect(mistakeHint(answer, COUNTS, schema, false)).toBeNull();
  });

  it('leaves ORDER BY alone when the order is not graded', () => {
    const answer =
      "SELECT c.title FROM courses c JOIN enrollments e ON e.course_id = c.id JOIN students s ON s.id = e.student_id WHERE s.name = 'Ada';";
    expect(mistakeHint(answer, ADA, schema, false)).toBeNull();
  });
});
