import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../db/node-engine.js';
import type { Engine } from '../engine.js';
import { parseLesson } from '../lessons/parse-lesson.js';
import { renderMessage } from '../messages/render.js';
import { introspectSchema } from '../schema/introspect.js';
import { checkExercise } from './check-exercise.js';
import { type Counterexample, counterexampleMessage, counterexampleSize, smallestCounterexample } from './counterexample.js';
import { TRAP_DATA_MAX_ROWS } from './trap-data.js';

const { lesson: querying } = parseLesson(readFileSync('test/fixtures/checker/querying.md', 'utf8'));
const { lesson: russian } = parseLesson(readFileSync('test/fixtures/checker/ru/querying.md', 'utf8'), {
  fileName: 'test/fixtures/checker/ru/querying.md',
});

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

/** True when every enrollment of the counterexample points at a student and a course it also holds. */
function foreignKeysHold(example: Counterexample): boolean {
  const ids = (name: string) => new Set(example.tables[name]!.rows.map((r) => r[0]));
  const [students, courses] = [ids('students'), ids('courses')];
  return example.tables.enrollments!.rows.every(([s, c]) => students.has(s!) && courses.has(c!));
}

describe('the smallest counterexample', () => {
  it('shrinks the issue\'s "WHERE id > 2" to a course or two, with both results', async () => {
    const result = await checkExercise(engine, querying, 'empty-courses', 'SELECT title FROM courses WHERE id > 2;');
    expect(result.passed).toBe(false);
    const example = result.counterexample!;
    expect(counterexampleSize(example)).toBeLessThanOrEqual(3);
    expect(foreignKeysHold(example)).toBe(true);
    expect(example.expected.rows).not.toEqual(example.actual.rows);
  });

  it('keeps the rows a difference needs and the rows they point at', async () => {
    const answer = 'SELECT c.title FROM courses c JOIN enrollments e ON e.course_id = c.id WHERE e.student_id = 1 ORDER BY c.title;';
    const example = (await checkExercise(engine, querying, 'ada-courses', answer)).counterexample!;
    // Another Ada and one of her courses: the pair, its student and its course.
    expect(example.tables.enrollments!.rows).toHaveLength(1);
    expect(example.tables.students!.rows).toEqual([[expect.any(Number), 'Ada']]);
    expect(example.tables.courses!.rows).toHaveLength(1);
    expect(example.actual.rows).toEqual([]);
    expect(foreignKeysHold(example)).toBe(true);
  });

  it('is null when the two queries agree on the database', async () => {
    await engine.open('cx:base');
    await engine.run('cx:base', 'CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2);');
    const schema = await introspectSchema(engine, 'cx:base');
    const bytes = await engine.export('cx:base');
    const rules = { order: 'any', columns: 'ignore' } as const;
    expect(await smallestCounterexample(engine, bytes, schema, 'SELECT x FROM t', 'SELECT x FROM t ORDER BY x DESC', rules)).toBeNull();
    const found = await smallestCounterexample(engine, bytes, schema, 'SELECT x FROM t WHERE x > 1', 'SELECT x FROM t', rules);
    expect(found).toEqual({
      tables: { t: { columns: ['x'], rows: [[1]] } },
      expected: { columns: ['x'], rows: [[1]] },
      actual: { columns: ['x'], rows: [] },
    });
  });

  it('takes a row away together with the rows pointing at it, when neither alone keeps the difference', async () => {
    await engine.open('cx:all');
    await engine.run(
      'cx:all',
      `CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
       CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
       CREATE TABLE enrollments (student_id INTEGER NOT NULL REFERENCES students(id), course_id INTEGER NOT NULL REFERENCES courses(id), PRIMARY KEY (student_id, course_id));
       INSERT INTO students VALUES (1, 'Ann'), (2, 'Boris');
       INSERT INTO courses VALUES (1, 'SQL'), (2, 'Python'), (3, 'Networks'), (10, 'Compilers');
       INSERT INTO enrollments VALUES (1, 1), (1, 2), (1, 3), (1, 10), (2, 1);`,
    );
    const schema = await introspectSchema(engine, 'cx:all');
    const bytes = await engine.export('cx:all');
    const rules = { order: 'any', columns: 'ignore' } as const;
    // Students in every course, counted against the largest course id: deleting a course alone is
    // refused (enrollments point at it), and deleting one of Ann's enrollments alone ends the difference.
    const answer =
      'SELECT s.name FROM students s JOIN enrollments e ON e.student_id = s.id GROUP BY s.id HAVING count(*) = (SELECT max(id) FROM courses)';
    const solution =
      'SELECT s.name FROM students s JOIN enrollments e ON e.student_id = s.id GROUP BY s.id HAVING count(*) = (SELECT count(*) FROM courses)';
    const example = (await smallestCounterexample(engine, bytes, schema, answer, solution, rules))!;
    expect(counterexampleSize(example)).toBe(3);
    expect(example.tables.enrollments!.rows).toEqual([[1, 10]]);
    expect(example.expected.rows).toEqual([['Ann']]);
    expect(example.actual.rows).toEqual([]);
    expect(foreignKeysHold(example)).toBe(true);
  });

  it('is said in both languages: "On these N rows your query returns …, the expected result is …"', async () => {
    const answer = 'SELECT title FROM courses WHERE id > 2;';
    const en = (await checkExercise(engine, querying, 'empty-courses', answer)).counterexample!;
    expect(renderMessage(counterexampleMessage(en), 'en')).toMatch(
      /^On (this row|these \d rows) your query returns .+, the expected result is .+\.$/,
    );
    const ru = (await checkExercise(engine, russian, 'empty-courses', answer)).counterexample!;
    expect(renderMessage(counterexampleMessage(ru), 'ru')).toMatch(
      /^На (этой строке|этих \d строках?) ваш запрос (не )?возвращает .+, а ожидаемый результат .+\.$/,
    );
  });

  it('writes rows of several columns in parentheses and leaves long results short', () => {
    const example: Counterexample = {
      tables: { t: { columns: ['a'], rows: [[1]] } },
      expected: { columns: ['name', 'n'], rows: [['Ada', 2]] },
      actual: {
        columns: ['name', 'n'],
        rows: [
          ['Ada', 1],
          ['Bo', 1],
          ['Cy', null],
          ['Di', 0],
          ['Ed', 0],
        ],
      },
    };
    expect(renderMessage(counterexampleMessage(example), 'en')).toBe(
      'On this row your query returns (Ada, 1), (Bo, 1), (Cy, NULL) and 2 more, the expected result is (Ada, 2).',
    );
  });
});

describe('the smallest counterexample on large generated data', () => {
  it('is not searched for once the database holds more than TRAP_DATA_MAX_ROWS rows', async () => {
    await engine.open('big');
    await engine.run(
      'big',
      `CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
       WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${TRAP_DATA_MAX_ROWS + 1})
       INSERT INTO students SELECT i, 'Student ' || i FROM n;`,
    );
    const bytes = await engine.export('big');
    const schema = await introspectSchema(engine, 'big');
    const rules = { order: 'any', columns: 'ignore' } as const;
    const differing = ['SELECT name FROM students WHERE id > 1', 'SELECT name FROM students'] as const;
    expect(await smallestCounterexample(engine, bytes, schema, ...differing, rules)).toBeNull();
    // The same difference on a small copy is shrunk to one row.
    await engine.run('big', `DELETE FROM students WHERE id > 10;`);
    const small = await smallestCounterexample(engine, await engine.export('big'), schema, ...differing, rules);
    expect(small && counterexampleSize(small)).toBe(1);
  });
});
