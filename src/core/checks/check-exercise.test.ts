import { describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../db/node-engine.js';
import type { Engine } from '../engine.js';
import { parseLesson } from '../lessons/parse-lesson.js';
import type { Lesson } from '../lessons/types.js';
import type { Language } from '../messages/language.js';
import { renderMessage } from '../messages/render.js';
import { type CheckResult, checkExercise, isLessonFault, prepareCheck } from './check-exercise.js';

const SETUP = [
  'CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);',
  'CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT NOT NULL);',
  'CREATE TABLE enrollments (student_id INTEGER NOT NULL REFERENCES students(id), course_id INTEGER NOT NULL REFERENCES courses(id), PRIMARY KEY (student_id, course_id));',
  "INSERT INTO students VALUES (1, 'Ada'), (2, 'Bob');",
  "INSERT INTO courses VALUES (1, 'SQL'), (2, 'Go');",
  'INSERT INTO enrollments VALUES (1, 1), (1, 2), (2, 1);',
];

/** Builds a lesson from fenced blocks; `variant` adds a hidden second copy's extra data. */
function aLesson(blocks: string[], variant?: string): Lesson {
  const front = ['id: t', 'title: T', 'setup: |', ...SETUP.map((l) => `  ${l}`)];
  if (variant) front.push(`variant: "${variant}"`);
  const { lesson, warnings } = parseLesson(`---\n${front.join('\n')}\n---\n${blocks.join('\n\n')}\n`);
  expect(warnings).toEqual([]);
  return lesson;
}

const fence = (info: string, code: string) => `\`\`\`${info}\n${code}\n\`\`\``;
const query = (info: string, solution: string) => [fence(`sql exercise id=q ${info}`.trim(), ''), fence('sql solution for=q', solution)];

let engine: Engine;
/**
 * Grades `answer` and reads the verdict as a learner would: `message` and the error's `explanation`
 * rendered in `lang`, `code` the verdict's stable code.
 */
const grade = async (lesson: Lesson, answer: string, id = 'q', lang: Language = 'en') => {
  engine ??= await createNodeEngine();
  return rendered(await checkExercise(engine, lesson, id, answer), lang);
};

function rendered(result: CheckResult, lang: Language = 'en') {
  const error = result.error && { ...result.error, explanation: result.error.explanation && renderMessage(result.error.explanation, lang) };
  return { ...result, code: result.message.code, message: renderMessage(result.message, lang), ...(error ? { error } : {}) };
}

describe('checkExercise on queries', () => {
  it('accepts the same rows in another order when the solution does not sort', async () => {
    const lesson = aLesson(query('', 'SELECT name FROM students;'));
    const result = await grade(lesson, 'SELECT name FROM students ORDER BY name DESC;');
    expect(result).toMatchObject({ passed: true, missing: [], extra: [], hint: null });
  });

  it('requires the exact order when the solution ends in a top-level ORDER BY', async () => {
    const lesson = aLesson(query('', 'SELECT name FROM students ORDER BY name;'));
    const result = await grade(lesson, 'SELECT name FROM students ORDER BY name DESC;');
    expect(result.passed).toBe(false);
    expect(result.message).toContain('different order');
    expect(result.missing).toEqual([]);
    expect(result.extra).toEqual([]);
    expect((await grade(lesson, 'SELECT name FROM students ORDER BY 1')).passed).toBe(true);
  });

  it('decides the order from the last row-returning statement of the solution, not its last statement', async () => {
    // Trap data would rightly reject `ORDER BY name DESC` (it matches `id DESC` by accident here).
    const lesson = aLesson(query('traps=off', 'SELECT name FROM students ORDER BY id DESC;\nCREATE TABLE z (x);'));
    const result = await grade(lesson, 'SELECT name FROM students ORDER BY id;');
    expect(result.passed).toBe(false);
    expect(result.message).toContain('different order');
    expect((await grade(lesson, 'SELECT name FROM students ORDER BY name DESC;')).passed).toBe(true);
  });

  it('ignores an ORDER BY inside a subquery of the solution', async () => {
    const lesson = aLesson(query('', 'SELECT name FROM (SELECT name FROM students ORDER BY name);'));
    expect((await grade(lesson, 'SELECT name FROM students ORDER BY name DESC;')).passed).toBe(true);
  });

  it('lets order=any override a sorted solution and order=exact demand one', async () => {
    const anyOrder = aLesson(query('order=any', 'SELECT name FROM students ORDER BY name;'));
    expect((await grade(anyOrder, 'SELECT name FROM students ORDER BY name DESC')).passed).toBe(true);
    const exactOrder = aLesson(query('order=exact', 'SELECT name FROM students WHERE id IN (1, 2);'));
    expect((await grade(exactOrder, 'SELECT name FROM students ORDER BY id DESC')).passed).toBe(false);
  });

  it('treats 1 and 1.0 as equal and NULL as equal to NULL', async () => {
    const lesson = aLesson(query('', 'SELECT 1, NULL;'));
    expect((await grade(lesson, 'SELECT 1.0, NULL')).passed).toBe(true);
    expect((await grade(lesson, "SELECT '1', NULL")).passed).toBe(false);
  });

  it('reports a column-count mismatch', async () => {
    const lesson = aLesson(query('', 'SELECT name FROM students;'));
    const result = await grade(lesson, 'SELECT id, name FROM students');
    expect(result.passed).toBe(false);
    expect(result.message).toBe('Your result has 2 columns; the expected result has 1 column.');
  });

  it('checks column names only with columns=names', async () => {
    const lesson = aLesson(query('columns=names', 'SELECT name AS student FROM students;'));
    expect((await grade(lesson, 'SELECT name FROM students')).message).toContain('should be named student');
    expect((await grade(lesson, 'SELECT name AS Student FROM students')).passed).toBe(true);
  });

  it('lists missing and extra rows with the expected and actual results', async () => {
    const lesson = aLesson(
      query('', 'SELECT s.name, c.title FROM enrollments e JOIN students s ON s.id = e.student_id JOIN courses c ON c.id = e.course_id;'),
    );
    const result = await grade(lesson, "SELECT name, 'SQL' FROM students UNION ALL SELECT 'Cy', 'Go'");
    expect(result.passed).toBe(false);
    expect(result.missing).toEqual([['Ada', 'Go']]);
    expect(result.extra).toEqual([['Cy', 'Go']]);
    expect(result.message).toBe('Your result has different rows: 1 expected row is missing and 1 row is extra.');
    expect(result.expected?.rows).toHaveLength(3);
    expect(result.actual?.rows).toEqual([
      ['Ada', 'SQL'],
      ['Bob', 'SQL'],
      ['Cy', 'Go'],
    ]);
  });

  it('compares the last row-returning statement of the answer', async () => {
    const lesson = aLesson(query('', 'SELECT count(*) FROM students;'));
    expect((await grade(lesson, 'SELECT 99;\nSELECT count(*) FROM students;\nCREATE TEMP TABLE x(y);')).passed).toBe(true);
    expect((await grade(lesson, "UPDATE students SET name = 'x';")).message).toContain('no statement in it returned rows');
  });

  it('catches an accidental match with the variant data', async () => {
    const solution = 'SELECT s.name, count(e.course_id) FROM students s LEFT JOIN enrollments e ON e.student_id = s.id GROUP BY s.id;';
    const lesson = aLesson(query('', solution), "INSERT INTO students VALUES (3, 'Cy');");
    const inner = 'SELECT s.name, count(*) FROM students s JOIN enrollments e ON e.student_id = s.id GROUP BY s.id;';
    const result = await grade(lesson, inner);
    expect(result.passed).toBe(false);
    expect(result.message).toContain('matches by accident');
    expect(result.missing).toEqual([['Cy', 0]]);
    expect((await grade(lesson, solution)).passed).toBe(true);
  });

  it('gives the hint of the wrong block whose outcome equals the answer', async () => {
    const lesson = aLesson([
      ...query('', 'SELECT name FROM students WHERE id IN (SELECT student_id FROM enrollments WHERE course_id = 2);'),
      fence(
        'sql wrong for=q',
        '-- hint: Those are the students *not* in Go.\nSELECT name FROM students WHERE id NOT IN (SELECT student_id FROM enrollments WHERE course_id = 2);',
      ),
      fence('sql wrong for=q', '-- hint: That lists every student.\nSELECT name FROM students;'),
    ]);
    expect((await grade(lesson, 'SELECT name FROM students ORDER BY id DESC')).hint).toBe('That lists every student.');
    expect((await grade(lesson, "SELECT 'Bob'")).hint).toBe('Those are the students *not* in Go.');
    expect((await grade(lesson, "SELECT 'Cy'")).hint).toBeNull();
    expect((await grade(lesson, "SELECT 'Ada'")).hint).toBeNull();
  });
});

describe('checkExercise with check blocks', () => {
  const ddl = () =>
    aLesson([
      fence('sql exercise id=make', ''),
      fence('sql solution for=make', 'CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE);'),
      fence('sql check for=make', `SELECT name, pk, "notnull" FROM pragma_table_info('tags');`),
      fence('sql exercise id=fill', ''),
      fence('sql solution for=fill', "INSERT INTO tags (label) VALUES ('sql'), ('orm');"),
      fence('sql check for=fill', 'SELECT label FROM tags;\nSELECT count(*) FROM tags;'),
      fence('sql wrong for=fill', "-- hint: Add **both** tags.\nINSERT INTO tags (label) VALUES ('sql');"),
    ]);

  it('passes DDL that gives the same pragma results, whatever the spelling', async () => {
    const result = await grade(ddl(), 'create table tags(\n  id integer primary key,\n  label text unique not null\n);', 'make');
    expect(result).toMatchObject({ passed: true, message: 'Correct: after your code the database is exactly as expected.' });
  });

  it('fails DDL whose pragma results differ, naming the missing row', async () => {
    const result = await grade(ddl(), 'CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT);', 'make');
    expect(result.passed).toBe(false);
    expect(result.missing).toEqual([['label', 0, 1]]);
    expect(result.extra).toEqual([['label', 0, 0]]);
  });

  it('builds on the solutions of earlier exercises', async () => {
    expect((await grade(ddl(), "INSERT INTO tags (label) VALUES ('orm'), ('sql');", 'fill')).passed).toBe(true);
    const wrong = await grade(ddl(), "INSERT INTO tags (label) VALUES ('sql')", 'fill');
    expect(wrong).toMatchObject({ passed: false, hint: 'Add **both** tags.' });
  });

  it('explains a SQL error in the answer in plain words', async () => {
    const result = await grade(ddl(), "INSERT INTO tags (label) VALUES ('sql'), ('sql');", 'fill');
    expect(result.passed).toBe(false);
    expect(result.error).toMatchObject({ source: 'answer', message: 'UNIQUE constraint failed: tags.label', line: 1 });
    expect(result.message).toContain('Your code stopped with an error on line 1');
  });

  it('explains a duplicate enrollment with the junction wording', async () => {
    const lesson = aLesson([
      fence('sql exercise id=e', ''),
      fence('sql solution for=e', 'INSERT INTO enrollments VALUES (2, 2);'),
      fence('sql check for=e', 'SELECT * FROM enrollments;'),
    ]);
    const result = await grade(lesson, 'INSERT INTO enrollments VALUES (1, 1);', 'e');
    expect(result.error?.explanation).toContain('This student is already enrolled in this course');
  });
});

describe('checkExercise explaining errors with the schema', () => {
  const enrol = () =>
    aLesson([
      fence('sql exercise id=e', ''),
      fence('sql solution for=e', 'INSERT INTO enrollments VALUES (2, 2);'),
      fence('sql check for=e', 'SELECT * FROM enrollments;'),
    ]);

  it('names the missing parent of an INSERT without a column list, reading the columns from the schema', async () => {
    const result = await grade(enrol(), 'INSERT INTO enrollments VALUES (9, 1);', 'e');
    expect(result.error).toMatchObject({ source: 'answer', message: 'FOREIGN KEY constraint failed' });
    expect(result.error?.explanation).toContain('no student with id 9');
  });

  it("uses the learner's copy, with the tables the answer created", async () => {
    const result = await grade(enrol(), 'CREATE TABLE clubs (id INTEGER PRIMARY KEY);\nSELECT * FROM club;', 'e');
    expect(result.error?.explanation).toBe('There is no table called club in this database. Did you mean clubs?');
  });
});

describe('checkExercise and its databases', () => {
  it('never touches the playground and closes its scratch copies', async () => {
    engine ??= await createNodeEngine();
    await engine.open('main');
    await engine.run('main', 'CREATE TABLE mine (x); INSERT INTO mine VALUES (42);');
    const lesson = aLesson(query('', 'SELECT 1;'));
    await grade(lesson, 'DROP TABLE IF EXISTS mine; SELECT 1;');
    const still = await engine.run('main', 'SELECT x FROM mine');
    expect(still.ok && still.results[0]!.rows).toEqual([[42]]);
    await expect(engine.run('check:learner', 'SELECT 1')).rejects.toThrow();
    await engine.close('main');
  });

  it('runs concurrent checks one after another', async () => {
    // `SELECT 2` is right only by accident; without trap data it passes, which this test relies on.
    const lesson = aLesson(query('traps=off', 'SELECT count(*) FROM students;'));
    const results = await Promise.all([
      grade(lesson, 'SELECT 2'),
      grade(lesson, 'SELECT 3'),
      grade(lesson, 'SELECT count(*) FROM courses'),
    ]);
    expect(results.map((r) => r.passed)).toEqual([true, false, true]);
  });

  it('blames the lesson when its own solution fails', async () => {
    const lesson = aLesson(query('', 'SELECT * FROM nowhere;'));
    const result = await grade(lesson, 'SELECT 1');
    expect(result).toMatchObject({ passed: false, error: { source: 'solution' } });
    expect(result.message).toContain('problem with the lesson');
  });

  it('blames the lesson when a check query fails on the reference copy', async () => {
    const lesson = aLesson([
      fence('sql exercise id=q', ''),
      fence('sql solution for=q', 'SELECT 1;'),
      fence('sql check for=q', 'SELECT * FROM nowhere;'),
    ]);
    const result = await grade(lesson, 'SELECT 1');
    expect(result).toMatchObject({ passed: false, error: { source: 'reference-check', message: 'no such table: nowhere' } });
    expect(result.error && isLessonFault(result.error)).toBe(true);
    expect(result.message).toContain('problem with the lesson');
  });

  it("blames the learner when a check query fails only on the learner's copy", async () => {
    const lesson = aLesson([
      fence('sql exercise id=q', ''),
      fence('sql solution for=q', 'SELECT 1;'),
      fence('sql check for=q', 'SELECT count(*) FROM courses;'),
    ]);
    const result = await grade(lesson, 'DROP TABLE enrollments; DROP TABLE courses;');
    expect(result).toMatchObject({ passed: false, error: { source: 'answer-check', message: 'no such table: courses' } });
    expect(result.error && isLessonFault(result.error)).toBe(false);
    expect(result.message).toContain('After your code, the check query');
  });

  it.each([
    ['answer', false],
    ['answer-check', false],
    ['setup', true],
    ['variant', true],
    ['solution', true],
    ['reference-check', true],
  ] as const)("counts an error from %s as the lesson's fault: %s", (source, lessonFault) => {
    expect(isLessonFault({ source })).toBe(lessonFault);
  });

  it('throws for an exercise id the lesson does not have', async () => {
    await expect(grade(aLesson(query('', 'SELECT 1;')), 'SELECT 1', 'nope')).rejects.toThrow('has no exercise "nope"');
  });
});

/** An engine that records the code of every `run`, to see which scripts a check executed. */
async function recordingEngine(): Promise<{ engine: Engine; scripts: string[] }> {
  const inner = await createNodeEngine();
  const scripts: string[] = [];
  const recording: Engine = Object.create(inner);
  recording.run = (db, code, options) => {
    scripts.push(code);
    return inner.run(db, code, options);
  };
  return { engine: recording, scripts };
}

describe('the reference a check compares with', () => {
  const SOLUTION = 'SELECT s.name FROM students s JOIN enrollments e ON e.student_id = s.id WHERE e.course_id = 2;';
  const ALSO_RIGHT = 'SELECT name FROM students WHERE id IN (SELECT student_id FROM enrollments WHERE course_id = 2);';

  it('is built once per exercise: a second Check that passes runs only the answer', async () => {
    const { engine: recording, scripts } = await recordingEngine();
    const lesson = aLesson(query('', SOLUTION), 'INSERT INTO enrollments VALUES (2, 2);');
    const first = await checkExercise(recording, lesson, 'q', SOLUTION);
    expect(first.passed).toBe(true);
    const solutionRuns = scripts.filter((s) => s.includes(SOLUTION)).length;
    // The solution ran on setup, variant and trap data (each trap twice: once reversed for stability).
    expect(solutionRuns).toBeGreaterThan(2);
    scripts.length = 0;
    const again = await checkExercise(recording, lesson, 'q', ALSO_RIGHT);
    expect(again.passed).toBe(true);
    expect(scripts.filter((s) => s.includes(SOLUTION))).toEqual([]);
    // …on setup, variant and every trap database kept.
    expect(scripts.filter((s) => s === ALSO_RIGHT).length).toBeGreaterThan(2);
  });

  it('can be prepared ahead, and the Check then gives the same verdicts', async () => {
    const lesson = aLesson(query('', SOLUTION), 'INSERT INTO enrollments VALUES (2, 2);');
    const answers = [ALSO_RIGHT, "SELECT 'Ada'", 'SELECT name FROM students WHERE id = 1', 'SELECT nope'];
    const cold = [];
    for (const answer of answers) cold.push(rendered(await checkExercise(await createNodeEngine(), lesson, 'q', answer)));
    const { engine: recording, scripts } = await recordingEngine();
    await prepareCheck(recording, lesson, 'q');
    expect(scripts.some((s) => s.includes(SOLUTION))).toBe(true);
    scripts.length = 0;
    const prepared = [];
    for (const answer of answers) prepared.push(rendered(await checkExercise(recording, lesson, 'q', answer)));
    // Only a rejection runs the solution again: on the shrinking database of its counterexample.
    expect(scripts.slice(0, scripts.indexOf(answers[1]!)).filter((s) => s.includes(SOLUTION))).toEqual([]);
    expect(prepared).toEqual(cold);
    expect(prepared.map((r) => r.passed)).toEqual([true, false, false, false]);
  });

  it('follows the lesson: other data or another solution is a new reference', async () => {
    engine ??= await createNodeEngine();
    const counting = 'SELECT count(*) FROM enrollments;';
    const lesson = aLesson(query('traps=off', counting));
    expect((await grade(lesson, 'SELECT 3')).passed).toBe(true);
    const more = aLesson(query('traps=off', counting), 'INSERT INTO enrollments VALUES (2, 2);');
    expect((await grade(more, 'SELECT 3')).code).toBe('check.accidental-match');
    const other = aLesson(query('traps=off', 'SELECT count(*) FROM students;'));
    expect((await grade(other, 'SELECT 3')).passed).toBe(false);
    expect((await grade(other, 'SELECT 2')).passed).toBe(true);
  });

  it('leaves a lesson fault to the Check to report', async () => {
    const lesson = aLesson(query('', 'SELECT * FROM nowhere;'));
    engine ??= await createNodeEngine();
    await expect(prepareCheck(engine, lesson, 'q')).resolves.toBeUndefined();
    expect(await grade(lesson, 'SELECT 1')).toMatchObject({ passed: false, error: { source: 'solution' } });
  });
});

describe('a result past the caps', () => {
  const series = (n: number, columns: number) =>
    `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ${n}) SELECT ${Array.from({ length: columns }, (_, i) => `x + ${i}`).join(', ')} FROM c`;

  it('is compared whole when it is past a learner’s pane but within the checker’s caps', async () => {
    // 5,000 rows × 50 columns = 250,000 cells: more than a results pane keeps, well within the checker's.
    const lesson = aLesson(query('', `${series(5000, 50)};`));
    expect((await grade(lesson, `${series(5000, 50)};`)).passed).toBe(true);
    const result = await grade(lesson, `${series(5000, 50)} WHERE x <> 4321;`);
    expect(result).toMatchObject({ passed: false, code: 'check.rows' });
    expect(result.missing).toHaveLength(1);
  });

  it('is not compared when the checker had to cut it, and the learner is told why', async () => {
    const lesson = aLesson(query('', 'SELECT name FROM students;'));
    const result = await grade(lesson, `${series(12_000, 1)};`);
    expect(result).toMatchObject({ passed: false, code: 'engine.too-big-to-check' });
    expect(result.message).toBe(
      'The result is too big to check (12,000 rows, and the checker compares at most 10,000). Narrow the query, with WHERE or LIMIT, and check again.',
    );
    const long = await grade(lesson, "SELECT printf('%.*c', 200000, 'a');", 'q', 'ru');
    expect(long.message).toBe(
      'Результат слишком велик для проверки (значение длиннее 100\u202f000 символов). Сузьте запрос с помощью WHERE или LIMIT и проверьте снова.',
    );
  });
});

describe('an answer with a character SQLite cannot read', () => {
  it('is told where the character is, not that it ran too long, and it is not the lesson’s fault', async () => {
    const lesson = aLesson(query('', 'SELECT name FROM students;'));
    const result = await grade(lesson, 'SELECT 1;\nSELECT name\0 FROM students;');
    expect(result.passed).toBe(false);
    expect(result.code).toBe('engine.unreadable-character');
    expect(result.message).toBe(
      'Line 2, column 12 holds a NUL character (code 0), where SQLite stops reading, in the statement “SELECT name␀ FROM students;”. Nothing was run: delete that character and run again.',
    );
    expect(result.error).toMatchObject({ source: 'answer', line: 2, sql: 'SELECT name\0 FROM students;' });
    expect(result.error && isLessonFault(result.error)).toBe(false);
  });
});

describe('an answer the watchdog stops', () => {
  it('is told it ran too long, without the playground’s “your database is as it was” sentence', async () => {
    const inner = await createNodeEngine();
    // The browser's watchdog, stood in for: a script marked /*forever*/ comes back stopped.
    const stopping: Engine = {
      ...inner,
      open: (db, bytes) => inner.open(db, bytes),
      export: (db) => inner.export(db),
      close: (db) => inner.close(db),
      run: async (db, script, options) =>
        script.includes('/*forever*/')
          ? {
              ok: false,
              results: [],
              error: {
                kind: 'timeout',
                sql: script,
                start: 0,
                end: script.length,
                line: 1,
                limitMs: 3000,
              },
            }
          : inner.run(db, script, options),
    };
    const lesson = aLesson(query('', 'SELECT name FROM students;'));
    const result = rendered(await checkExercise(stopping, lesson, 'q', '/*forever*/ SELECT 1'));
    expect(result.passed).toBe(false);
    expect(result.message).toBe('Your code ran too long and was stopped (it may loop forever, e.g. a recursive query without an end).');
    expect(result.error && isLessonFault(result.error)).toBe(false);
    expect(result.error?.source).toBe('answer');
  });
});
