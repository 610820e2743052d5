import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../db/node-engine.js';
import type { Engine } from '../engine.js';
import { parseLesson } from '../lessons/parse-lesson.js';
import type { Lesson } from '../lessons/types.js';
import { renderMessage } from '../messages/render.js';
import { checkExercise } from './check-exercise.js';

const SETUP = [
  'CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);',
  'CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT NOT NULL);',
  'CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL);',
  "INSERT INTO people VALUES (1, 'Ann');",
];

const fence = (info: string, code: string) => `\`\`\`${info}\n${code}\n\`\`\``;

/** A lesson whose one DDL exercise `ddl` asks for `rules`, with a row count as its check. */
function aDdlLesson(rules: string, solution: string, table: string, wrong?: string): Lesson {
  const front = ['id: rules', 'title: Rules', 'setup: |', ...SETUP.map((l) => `  ${l}`)].join('\n');
  const blocks = [
    fence(`sql exercise id=ddl rules=${rules}`, ''),
    fence('sql solution for=ddl', solution),
    fence('sql check for=ddl', `SELECT count(*) FROM ${table};`),
  ];
  if (wrong) blocks.push(fence('sql wrong for=ddl', wrong));
  const { lesson, warnings } = parseLesson(`---\n${front}\n---\n${blocks.join('\n\n')}\n`);
  expect(warnings).toEqual([]);
  return lesson;
}

const ENROLLMENTS = `CREATE TABLE enrollments (
  student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
  course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
  PRIMARY KEY (student_id, course_id)
);
CREATE INDEX enrollments_course ON enrollments (course_id);`;
const ALL = 'pair-unique,fks-not-null,fk-targets,on-delete=cascade,reverse-index';
const FOLLOWS = `CREATE TABLE follows (
  person_id INTEGER NOT NULL REFERENCES people(id),
  friend_id INTEGER NOT NULL REFERENCES people(id),
  PRIMARY KEY (person_id, friend_id),
  CHECK (person_id <> friend_id)
);`;

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

describe('junction rules for schema answers', () => {
  it('accept the reference solution', async () => {
    expect((await checkExercise(engine, aDdlLesson(ALL, ENROLLMENTS, 'enrollments'), 'ddl', ENROLLMENTS)).passed).toBe(true);
    expect((await checkExercise(engine, aDdlLesson('no-self-pair', FOLLOWS, 'follows'), 'ddl', FOLLOWS)).passed).toBe(true);
  });

  it.each([
    [
      'pair-unique',
      ENROLLMENTS.replace(',\n  PRIMARY KEY (student_id, course_id)', ''),
      'rule.pair-unique',
      'Nothing in enrollments stops the same pair (student_id, course_id) from being stored twice',
      'rule.pair-unique-hint',
    ],
    [
      'fks-not-null',
      ENROLLMENTS.replace('course_id INTEGER NOT NULL', 'course_id INTEGER'),
      'rule.fks-not-null',
      'The column enrollments.course_id accepts NULL',
      'rule.fks-not-null-hint',
    ],
    [
      'fk-targets',
      ENROLLMENTS.replace('REFERENCES courses(id)', 'REFERENCES students(id)'),
      'rule.fk-targets',
      'enrollments.course_id references students(id), but it should reference courses(id).',
      'rule.fk-targets-hint',
    ],
    [
      'fk-targets',
      ENROLLMENTS.replace(' REFERENCES courses(id) ON DELETE CASCADE', ''),
      'rule.fk-targets',
      'enrollments.course_id is not a foreign key: it should reference courses(id).',
      'rule.fk-targets-hint',
    ],
    [
      'on-delete=cascade',
      ENROLLMENTS.replace('REFERENCES students(id) ON DELETE CASCADE', 'REFERENCES students(id)'),
      'rule.on-delete',
      'should do ON DELETE CASCADE, but it does ON DELETE NO ACTION',
      'rule.on-delete-hint',
    ],
    [
      'reverse-index',
      ENROLLMENTS.replace('\nCREATE INDEX enrollments_course ON enrollments (course_id);', ''),
      'rule.reverse-index',
      'No index of enrollments starts with course_id',
      'rule.reverse-index-hint',
    ],
  ])('%s rejects its mistake with its own message and hint', async (rule, answer, code, sentence, hintCode) => {
    const result = await checkExercise(engine, aDdlLesson(rule, ENROLLMENTS, 'enrollments'), 'ddl', answer);
    expect(result.passed).toBe(false);
    expect(result.message.code).toBe(code);
    expect(renderMessage(result.message, 'en')).toContain(sentence);
    expect(result.advice?.code).toBe(hintCode);
    expect(renderMessage(result.advice!, 'ru')).toMatch(/[а-я]/);
  });

  it('no-self-pair tries a self-pair on a scratch copy, making a parent row when the table is empty', async () => {
    const answer = FOLLOWS.replace(',\n  CHECK (person_id <> friend_id)', '');
    const result = await checkExercise(engine, aDdlLesson('no-self-pair', FOLLOWS, 'follows'), 'ddl', answer);
    expect(result).toMatchObject({ passed: false, message: { code: 'rule.no-self-pair' }, advice: { code: 'rule.no-self-pair-hint' } });
    expect(renderMessage(result.advice!, 'en')).toBe('Add CHECK (person_id <> friend_id) to the table.');
    const students = `CREATE TABLE pairs (a INTEGER NOT NULL REFERENCES students(id), b INTEGER NOT NULL REFERENCES students(id), PRIMARY KEY (a, b), CHECK (a < b));`;
    const withoutCheck = students.replace(', CHECK (a < b)', '');
    const lesson = aDdlLesson('no-self-pair', students, 'pairs');
    expect((await checkExercise(engine, lesson, 'ddl', students)).passed).toBe(true);
    expect((await checkExercise(engine, lesson, 'ddl', withoutCheck)).message.code).toBe('rule.no-self-pair');
  });

  it('checks the rules in the order the exercise lists them', async () => {
    const answer = 'CREATE TABLE enrollments (student_id INTEGER, course_id INTEGER);';
    const lesson = aDdlLesson('fk-targets,pair-unique', ENROLLMENTS, 'enrollments');
    expect((await checkExercise(engine, lesson, 'ddl', answer)).message.code).toBe('rule.fk-targets');
  });

  it("leaves the hint to a matching wrong block, which keeps priority over the rule's", async () => {
    const noKey = ENROLLMENTS.replace(',\n  PRIMARY KEY (student_id, course_id)', '');
    const lesson = aDdlLesson('pair-unique', ENROLLMENTS, 'enrollments', `-- hint: Add the primary key.\n${noKey}`);
    const result = await checkExercise(engine, lesson, 'ddl', noKey);
    expect(result).toMatchObject({ passed: false, message: { code: 'rule.pair-unique' }, hint: 'Add the primary key.' });
    expect(result.advice).toBeUndefined();
  });
});
