import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLesson } from '../core/lessons/parse-lesson.js';
import { startInProcessEngine } from '../../test/helpers/memory-io.js';
import type { CliIo } from './command.js';
import { lessonsCheckCommand, lessonsGradeCommand } from './lessons-command.js';

const FIXTURES = new URL('../../test/fixtures/lessons/', import.meta.url).pathname;
const LESSONS = new URL('../../lessons/', import.meta.url).pathname;

/** A file-backed io that captures what the command prints. */
function fakeIo() {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, data) => writeFile(path, data),
    listFiles: async function list(path, extension): Promise<string[]> {
      if (!(await stat(path)).isDirectory()) return [path];
      const files: string[] = [];
      for (const entry of (await readdir(path)).sort()) {
        const full = join(path, entry);
        if ((await stat(full)).isDirectory()) files.push(...(await list(full, extension)));
        else if (entry.endsWith(extension)) files.push(full);
      }
      return files;
    },
    startEngine: startInProcessEngine,
  };
  return { io, out };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'junction-lessons-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const LESSON = `---
id: tiny
title: Tiny
setup: |
  CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT);
  INSERT INTO students VALUES (1, 'Ada'), (2, 'Bob');
---

\`\`\`sql exercise id=names
\`\`\`

\`\`\`sql solution for=names
SELECT name FROM students;
\`\`\`

\`\`\`sql wrong for=names
-- hint: Only Ada? Drop the WHERE.
SELECT name FROM students WHERE id = 1;
\`\`\`
`;

describe('junction lessons check', () => {
  // The whole course runs every solution and wrong answer (lesson 10 generates 100,000 rows): slow.
  it('passes on the course in lessons/, counting every lesson and exercise', { timeout: 120_000 }, async () => {
    const files = (await readdir(LESSONS, { recursive: true })).filter((f) => f.endsWith('.md'));
    let exercises = 0;
    for (const file of files) exercises += parseLesson(await readFile(join(LESSONS, file), 'utf8')).lesson.exercises.length;
    const { io, out } = fakeIo();
    expect(await lessonsCheckCommand.run([LESSONS], io)).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe(`Checked ${files.length} lessons and ${exercises} exercises: all valid.\n`);
  });

  it('passes on the complete example in docs/lesson-format.md', async () => {
    const doc = await readFile(new URL('../../docs/lesson-format.md', import.meta.url), 'utf8');
    const example = /^````markdown\n([\s\S]*?)^````$/m.exec(doc)?.[1];
    expect(example).toContain('id: enrolling');
    const path = join(dir, 'example.md');
    await writeFile(path, example ?? '');
    const { io, out } = fakeIo();
    expect(await lessonsCheckCommand.run([path], io)).toBe(0);
    expect(out.stdout).toBe('Checked 1 lesson and 2 exercises: all valid.\n');
  });

  it('reports a solution that fails and a wrong answer that passes, with file:line', async () => {
    const { io, out } = fakeIo();
    const path = join(FIXTURES, 'broken-exercises.md');
    expect(await lessonsCheckCommand.run([path], io)).toBe(1);
    expect(out.stderr).toContain(`${path}:16: this wrong answer for "sum" passes the checks.`);
    expect(out.stderr).toContain(`${path}:24: the solution of "count" does not pass its own checks`);
    expect(out.stdout).toBe('Checked 1 lesson and 2 exercises: 2 errors.\n');
  });

  it('treats parser warnings as errors', async () => {
    const { io, out } = fakeIo();
    const path = join(FIXTURES, 'bad-format.md');
    expect(await lessonsCheckCommand.run([path], io)).toBe(1);
    expect(out.stderr).toContain(`${path}:2: The id "Bad Id" is invalid`);
    expect(out.stderr).toContain(`${path}:6: Unknown attribute "colour"`);
    expect(out.stderr).toContain(`${path}:9: The check block is for "b", but there is no exercise with that id.`);
  });

  it('reports a setup that fails at its file line', async () => {
    const path = join(dir, 'bad-setup.md');
    await writeFile(path, '---\nid: s\ntitle: S\nsetup: |\n  CREATE TABLE a (x);\n  CREAT TABLE b (y);\n---\nText\n');
    const { io, out } = fakeIo();
    expect(await lessonsCheckCommand.run([path], io)).toBe(1);
    expect(out.stderr).toContain(`${path}:6: the setup SQL fails: near "CREAT": syntax error`);
  });

  it('finds translations that disagree on ids and exercises', async () => {
    await mkdir(join(dir, 'course', 'en'), { recursive: true });
    await mkdir(join(dir, 'course', 'ru'), { recursive: true });
    await writeFile(join(dir, 'course', 'en', '01-x.md'), LESSON);
    const ru = LESSON.replace('id: tiny', 'id: tiny-ru').replaceAll('names', 'imena');
    await writeFile(join(dir, 'course', 'ru', '01-x.md'), ru);
    const { io, out } = fakeIo();
    expect(await lessonsCheckCommand.run([join(dir, 'course')], io)).toBe(1);
    const ruPath = join(dir, 'course', 'ru', '01-x.md');
    expect(out.stderr).toContain(`${ruPath}:2: the id "tiny-ru" differs from "tiny"`);
    expect(out.stderr).toContain(`${ruPath}:9: exercise "imena" is not in`);
    expect(out.stderr).toContain(`${ruPath}:1: exercise "names" of`);
  });

  it('counts an unreadable path as an error', async () => {
    const { io, out } = fakeIo();
    expect(await lessonsCheckCommand.run([join(dir, 'nope')], io)).toBe(1);
    expect(out.stderr).toContain('nope: cannot read');
  });

  it.each([[['--lang', 'ru']], [['--lang=ru']]])('speaks Russian with %j: parser warnings, failed checks and the summary', async (flag) => {
    const bad = join(FIXTURES, 'bad-format.md');
    const broken = join(FIXTURES, 'broken-exercises.md');
    const { io, out } = fakeIo();
    expect(await lessonsCheckCommand.run([bad, broken, ...flag], io)).toBe(1);
    expect(out.stderr).toContain(`${bad}:2: Недопустимый id "Bad Id": используйте строчные латинские буквы, цифры и "-".`);
    expect(out.stderr).toContain(
      `${bad}:6: Неизвестный атрибут "colour" у блока "sql exercise" (допустимы: id, order, columns, title, traps, rules).`,
    );
    expect(out.stderr).toContain(`${bad}:6: У упражнения "a" нет блока "sql solution for=a", поэтому его нельзя проверить.`);
    expect(out.stderr).toContain(`${bad}:9: Блок "sql check" относится к упражнению "b", но упражнения с таким id нет.`);
    expect(out.stderr).toContain(`${broken}:16: этот неверный ответ к упражнению "sum" проходит проверки.`);
    expect(out.stderr).toMatch(new RegExp(`${broken}:24: решение упражнения "count" не проходит его собственные проверки: [А-ЯЁ]`));
    expect(out.stderr).not.toMatch(/[A-Za-z]{3,} (the|is|has|no) /);
    expect(out.stdout).toBe('Проверено: 2 урока и 3 упражнения; найдено 6 ошибок.\n');
  });

  it('writes the summary of a valid course in Russian with the right word forms', async () => {
    const folder = join(dir, 'valid-course');
    await mkdir(folder, { recursive: true });
    for (const name of ['a.md', 'b.md']) await writeFile(join(folder, name), LESSON);
    const { io, out } = fakeIo();
    expect(await lessonsCheckCommand.run([folder, '--lang', 'ru'], io)).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe('Проверено: 2 урока и 2 упражнения; ошибок нет.\n');
  });

  it('reports a failing setup and disagreeing translations in Russian', async () => {
    const setup = join(dir, 'bad-setup-ru.md');
    await writeFile(setup, '---\nid: s\ntitle: S\nsetup: |\n  CREAT TABLE b (y);\n---\nText\n');
    await mkdir(join(dir, 'course-ru', 'en'), { recursive: true });
    await mkdir(join(dir, 'course-ru', 'ru'), { recursive: true });
    const en = join(dir, 'course-ru', 'en', '01-x.md');
    const ru = join(dir, 'course-ru', 'ru', '01-x.md');
    await writeFile(en, LESSON);
    await writeFile(ru, LESSON.replace('id: tiny', 'id: tiny-ru').replaceAll('names', 'imena'));
    const { io, out } = fakeIo();
    expect(await lessonsCheckCommand.run(['--lang', 'ru', setup, join(dir, 'course-ru')], io)).toBe(1);
    expect(out.stderr).toContain(
      `${setup}:5: подготовительный SQL урока (setup) завершается ошибкой (SQLite: «near "CREAT": syntax error»)`,
    );
    expect(out.stderr).toContain(`${ru}:2: id "tiny-ru" отличается от "tiny" в ${en}.`);
    expect(out.stderr).toContain(`${ru}:9: упражнения "imena" нет в ${en}.`);
    expect(out.stderr).toContain(`${ru}:1: нет упражнения "names" из ${en}.`);
    expect(out.stdout).toBe('Проверено: 3 урока и 2 упражнения; найдено 4 ошибки.\n');
  });

  it('rejects an unknown --lang with status 2', async () => {
    const { io, out } = fakeIo();
    expect(await lessonsCheckCommand.run([LESSONS, '--lang', 'de'], io)).toBe(2);
    expect(out.stderr).toContain('junction lessons check: unknown language "de" for --lang');
  });

  it('rejects unknown options with status 2 and has full help', async () => {
    expect(await lessonsCheckCommand.run(['--fast'], fakeIo().io)).toBe(2);
    expect(lessonsCheckCommand.help).toContain('Usage: junction lessons check');
    expect(lessonsGradeCommand.help).toContain('Exit status: 0 when the answer passes');
  });
});

describe('junction lessons grade', () => {
  const grade = async (answer: string, exercise = 'names', lessonText = LESSON) => {
    const lesson = join(dir, 'tiny.md');
    const answerPath = join(dir, 'answer.sql');
    await writeFile(lesson, lessonText);
    await writeFile(answerPath, answer);
    const { io, out } = fakeIo();
    const status = await lessonsGradeCommand.run([lesson, exercise, answerPath], io);
    return { status, out };
  };

  it('prints a passing verdict as JSON with status 0', async () => {
    const { status, out } = await grade('SELECT name FROM students ORDER BY name DESC;');
    expect(status).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({
      passed: true,
      lang: 'en',
      code: 'check.passed-result',
      message: 'Correct: your result matches the expected one.',
      hint: null,
      diff: null,
      error: null,
      missing: [],
      extra: [],
      advice: null,
      counterexample: null,
    });
  });

  it('prints the wrong-answer hint and the missing rows with status 1', async () => {
    const { status, out } = await grade("SELECT name FROM students WHERE name = 'Ada'");
    expect(status).toBe(1);
    expect(JSON.parse(out.stdout)).toMatchObject({ passed: false, hint: 'Only Ada? Drop the WHERE.', missing: [['Bob']], extra: [] });
  });

  it('carries the smallest counterexample: the few rows of each table and both results on them', async () => {
    const { status, out } = await grade("SELECT name FROM students WHERE name = 'Ada'");
    expect(status).toBe(1);
    // Bob alone is enough: the solution lists him, the answer lists nobody.
    expect(JSON.parse(out.stdout).counterexample).toEqual({
      tables: { students: [{ id: 2, name: 'Bob' }] },
      expected: [['Bob']],
      actual: [],
    });
  });

  it('gives the kind of mistake as advice when no wrong block matches', async () => {
    const lessonText = LESSON.replace('SELECT name FROM students;', 'SELECT name FROM students ORDER BY name;');
    const { status, out } = await grade('SELECT name FROM students ORDER BY id DESC;', 'names', lessonText);
    expect(status).toBe(1);
    expect(JSON.parse(out.stdout)).toMatchObject({
      hint: null,
      advice: { code: 'mistake.order-missing', message: expect.stringContaining('students.name') },
    });
  });

  it.each([
    ['a failing setup', LESSON.replace('CREATE TABLE students', 'CREAT TABLE students'), 'setup'],
    ['a failing variant', LESSON.replace('---\n\n', 'variant: INSERT INTO nowhere VALUES (1);\n---\n\n'), 'variant'],
    ['a failing reference solution', LESSON.replace('SELECT name FROM students;', 'SELECT name FROM nowhere;'), 'solution'],
    [
      'a check query that fails on the reference copy',
      LESSON.replace('```sql wrong for=names', '```sql check for=names\nSELECT * FROM nowhere;\n```\n\n```sql wrong for=names'),
      'reference-check',
    ],
  ])('returns 2 when the lesson is broken: %s', async (_what, lessonText, source) => {
    const { status, out } = await grade('SELECT name FROM students;', 'names', lessonText);
    expect(status).toBe(2);
    expect(JSON.parse(out.stdout)).toMatchObject({ passed: false, message: expect.stringContaining('problem with the lesson') });
    expect(out.stderr).toContain(`the lesson is broken (${source})`);
  });

  it("returns 1 when a check query fails only on the learner's copy", async () => {
    const withCheck = LESSON.replace(
      '```sql wrong for=names',
      '```sql check for=names\nSELECT name FROM students;\n```\n\n```sql wrong for=names',
    );
    const { status, out } = await grade('DROP TABLE students;', 'names', withCheck);
    expect(status).toBe(1);
    expect(JSON.parse(out.stdout)).toMatchObject({ passed: false, message: expect.stringContaining('After your code, the check query') });
    expect(out.stderr).toBe('');
  });

  it('speaks the language of a lesson in a ru folder, with a stable code beside every message', async () => {
    await mkdir(join(dir, 'ru'), { recursive: true });
    const lesson = join(dir, 'ru', 'tiny.md');
    const answerPath = join(dir, 'answer.sql');
    await writeFile(lesson, LESSON);
    await writeFile(answerPath, "SELECT name FROM students WHERE name = 'Ada'");
    const { io, out } = fakeIo();
    expect(await lessonsGradeCommand.run([lesson, 'names', answerPath], io)).toBe(1);
    const verdict = JSON.parse(out.stdout);
    expect(verdict).toMatchObject({
      lang: 'ru',
      code: 'check.rows',
      message: 'В вашем результате другие строки: не хватает 1 ожидаемой строки.',
      diff: { code: 'check.diff-counts', message: 'не хватает 1 строки, 0 лишних строк' },
    });
    const english = fakeIo();
    expect(await lessonsGradeCommand.run([lesson, 'names', answerPath, '--lang', 'en'], english.io)).toBe(1);
    expect(JSON.parse(english.out.stdout)).toMatchObject({
      lang: 'en',
      code: 'check.rows',
      message: expect.stringMatching(/^Your result has/),
    });
  });

  it('takes the language from the frontmatter, and renders SQL error explanations with their code', async () => {
    const { status, out } = await grade('SELECT name FROM studnts;', 'names', LESSON.replace('---\n\n', 'lang: ru\n---\n\n'));
    expect(status).toBe(1);
    const verdict = JSON.parse(out.stdout);
    expect(verdict).toMatchObject({
      lang: 'ru',
      code: 'check.code-error',
      error: { source: 'answer', kind: 'sql', sqlite: 'no such table: studnts' },
    });
    expect(verdict.message).toMatch(/^Ваш код остановился с ошибкой на строке 1/);
    expect(verdict.error.explanation).toMatchObject({ code: 'sql-error.no-such-table', message: expect.stringContaining('students') });
    expect(verdict.error.explanation.message).toMatch(/^В этой базе нет таблицы studnts/);
  });

  it("prints the parser's warnings on stderr in the grade's language", async () => {
    const noHint = LESSON.replace('-- hint: Only Ada? Drop the WHERE.\n', '');
    const english = await grade('SELECT name FROM students;', 'names', noHint);
    expect(english.status).toBe(0);
    expect(english.out.stderr).toMatch(
      /tiny\.md:16: This wrong answer for "names" has no leading "-- hint:" line to show the learner\.\n$/,
    );
    const russian = await grade('SELECT name FROM students;', 'names', noHint.replace('---\n\n', 'lang: ru\n---\n\n'));
    expect(russian.status).toBe(0);
    expect(russian.out.stderr).toMatch(
      /tiny\.md:17: В начале этого неверного ответа к упражнению "names" нет строки "-- hint:" с подсказкой для ученика\.\n$/,
    );
  });

  it('returns 2 for an unknown exercise, a missing file or wrong arguments', async () => {
    const unknown = await grade('SELECT 1', 'nope');
    expect(unknown.status).toBe(2);
    expect(unknown.out.stderr).toContain('has no exercise "nope" (exercises: names)');
    const { io, out } = fakeIo();
    expect(await lessonsGradeCommand.run([join(dir, 'missing.md'), 'names', join(dir, 'answer.sql')], io)).toBe(2);
    expect(out.stderr).toContain('cannot read');
    expect(await lessonsGradeCommand.run(['only-one'], fakeIo().io)).toBe(2);
  });
});
