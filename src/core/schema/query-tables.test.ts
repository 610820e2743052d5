import { describe, expect, it } from 'vitest';
import { queryObjects } from '../engine.js';
import { inferRelationships } from '../relations/infer.js';
import type { Relations } from '../relations/types.js';
import { introspectSchema } from './introspect.js';
import { junctionPaths, tablesUsedBy, tablesUsedByEach } from './query-tables.js';
import { databaseWith } from '../../../test/helpers/schema-fixture.js';

const UNIVERSITY = `
CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE enrollments (student_id INTEGER NOT NULL REFERENCES students, course_id INTEGER NOT NULL REFERENCES courses,
  PRIMARY KEY (student_id, course_id));
CREATE INDEX enrollments_course ON enrollments (course_id);
CREATE TABLE teachers (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE "Lecture Halls" (id INTEGER PRIMARY KEY, name TEXT);
CREATE VIEW roster AS SELECT s.name, c.title FROM students s
  JOIN enrollments e ON e.student_id = s.id JOIN courses c ON c.id = e.course_id;
INSERT INTO students VALUES (1, 'Ada');
`;

describe('tablesUsedBy', () => {
  it.each([
    ['a plain SELECT', 'SELECT name FROM students', ['students']],
    [
      'a join through the junction with aliases',
      `SELECT s.name FROM students AS s JOIN enrollments e ON e.student_id = s.id JOIN courses c ON c.id = e.course_id`,
      ['students', 'courses', 'enrollments'],
    ],
    ['a covering-index scan', 'SELECT count(*) FROM enrollments', ['enrollments']],
    ['an index search', 'SELECT * FROM enrollments WHERE course_id = 3', ['enrollments']],
    ['a view, through to its tables', 'SELECT * FROM roster', ['students', 'courses', 'enrollments']],
    ['a CTE over a table', 'WITH x AS (SELECT * FROM teachers) SELECT * FROM x, x AS y', ['teachers']],
    ['a scalar subquery', 'SELECT (SELECT count(*) FROM courses)', ['courses']],
    ['a quoted name with a space', 'SELECT * FROM "Lecture Halls" h', ['Lecture Halls']],
    ['a name in another letter case', 'SELECT * FROM STUDENTS', ['students']],
    ['an INSERT with VALUES, which has no plan', "INSERT INTO teachers VALUES (1, 'Grace')", ['teachers']],
    ['an INSERT … SELECT', 'INSERT INTO enrollments SELECT id, 1 FROM students', ['students', 'enrollments']],
    [
      'an UPDATE with a subquery',
      'UPDATE OR IGNORE students SET name = 1 WHERE id IN (SELECT student_id FROM enrollments)',
      ['students', 'enrollments'],
    ],
    ['a DELETE, with the junction SQLite checks for child rows', 'DELETE FROM main.courses WHERE id = 1', ['courses', 'enrollments']],
    ['a DELETE from a table nothing refers to', 'DELETE FROM teachers', ['teachers']],
    ['DDL the planner names nothing for', 'CREATE INDEX teachers_name ON teachers (name)', ['teachers']],
    ['a statement the planner rejects', 'SELECT nope FROM courses', ['courses']],
    ['a string literal that spells a table name', "SELECT 'students' FROM teachers", ['teachers']],
    ['a comment that names a table', 'SELECT 1 -- from students', []],
    ['several statements', 'SELECT * FROM teachers; SELECT * FROM courses;', ['courses', 'teachers']],
    ['nothing at all', '  -- only a comment\n', []],
  ])('finds the tables of %s', async (_, sql, expected) => {
    const engine = await databaseWith(UNIVERSITY);
    expect(await tablesUsedBy(engine, 'fixture', sql)).toEqual(
      // The result follows schema order, whatever order the statement names them in.
      ['students', 'courses', 'enrollments', 'teachers', 'Lecture Halls'].filter((t) => expected.includes(t)),
    );
  });

  it('never runs the statements it explains, even a sneaky second one', async () => {
    const engine = await databaseWith(UNIVERSITY);
    const tables = await tablesUsedBy(engine, 'fixture', "SELECT 1; DELETE FROM students; INSERT INTO teachers VALUES (9, ';')");
    // Deleting students makes SQLite look for their enrollments (foreign keys are on).
    expect(tables).toEqual(['students', 'enrollments', 'teachers']);
    expect(await queryObjects(engine, 'fixture', 'SELECT count(*) AS n FROM students')).toEqual([{ n: 1 }]);
    expect(await queryObjects(engine, 'fixture', 'SELECT count(*) AS n FROM teachers')).toEqual([{ n: 0 }]);
  });

  it('uses a schema it is given instead of reading one', async () => {
    const engine = await databaseWith(UNIVERSITY);
    const schema = await introspectSchema(engine, 'fixture');
    const partial = { ...schema, tables: schema.tables.filter((t) => t.name !== 'teachers') };
    expect(await tablesUsedBy(engine, 'fixture', 'SELECT * FROM teachers JOIN courses', partial)).toEqual(['courses']);
  });
});

describe('tablesUsedByEach', () => {
  it('returns the tables of each statement apart, in one list per statement', async () => {
    const engine = await databaseWith(UNIVERSITY);
    const each = await tablesUsedByEach(engine, 'fixture', [
      'SELECT * FROM students',
      'SELECT 1',
      'SELECT * FROM enrollments e JOIN courses c ON c.id = e.course_id',
    ]);
    expect(each).toEqual([['students'], [], ['courses', 'enrollments']]);
  });

  it('goes on past a statement the planner rejects, which falls back to the names written in it', async () => {
    const engine = await databaseWith(UNIVERSITY);
    const each = await tablesUsedByEach(engine, 'fixture', [
      'SELECT * FROM teachers',
      'SELECT nope FROM courses',
      'SELECT * FROM students',
    ]);
    expect(each).toEqual([['teachers'], ['courses'], ['students']]);
  });
});

describe('junctionPaths', () => {
  const relations: Relations = {
    relationships: [
      { kind: 'many-to-one', from: 'enrollments', fromColumns: ['student_id'], to: 'students', toColumns: ['id'] },
      { kind: 'many-to-many', junction: 'enrollments', between: ['students', 'courses'], pattern: 'pure' },
      { kind: 'many-to-many', junction: 'follows', between: ['students', 'students'], pattern: 'pure' },
      { kind: 'n-ary', junction: 'timetable', between: ['students', 'courses', 'rooms'] },
    ],
    warnings: [],
  };

  it.each([
    ['both ends and the junction', ['Students', 'enrollments', 'courses'], ['enrollments']],
    ['a self-referential junction with its one table', ['students', 'follows'], ['follows']],
    ['a junction without one of its ends', ['students', 'enrollments'], []],
    ['both ends without the junction', ['students', 'courses'], []],
    ['an n-ary junction (not a many-to-many)', ['students', 'courses', 'rooms', 'timetable'], []],
  ])('returns the path for %s', (_, tables, junctions) => {
    expect(junctionPaths(tables, relations).map((r) => r.junction)).toEqual(junctions);
  });

  it('finds the path of a real query through the junction', async () => {
    const engine = await databaseWith(UNIVERSITY);
    const schema = await introspectSchema(engine, 'fixture');
    const tables = await tablesUsedBy(engine, 'fixture', 'SELECT * FROM roster', schema);
    expect(junctionPaths(tables, inferRelationships(schema))).toEqual([
      { kind: 'many-to-many', junction: 'enrollments', between: ['students', 'courses'], pattern: 'pure' },
    ]);
  });
});
