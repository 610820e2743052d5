import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeEngine } from '../db/node-engine.js';
import { memoryIo } from '../../test/helpers/memory-io.js';
import { relationsCommand } from './relations-command.js';

const dir = mkdtempSync(join(tmpdir(), 'junction-relations-'));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { io, out } = memoryIo();
  const code = await relationsCommand.run(args, io);
  return { code, stdout: out.stdout, stderr: out.stderr };
}

const SOURCE_NOTE = `-- the source note's two styles
CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT);
CREATE TABLE student_courses (
  id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students (id),
  course_id INTEGER NOT NULL REFERENCES courses (id),
  UNIQUE (student_id, course_id)
);
CREATE INDEX student_courses_course ON student_courses (course_id);
`;

describe('junction relations', () => {
  it('prints tables, relationships and warnings of a .sql file as indented JSON', async () => {
    const out = await run([file('note.sql', SOURCE_NOTE)]);
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(out.stdout).toMatch(/^\{\n {2}"tables": \[\n {4}"students",/);
    expect(JSON.parse(out.stdout)).toEqual({
      tables: ['students', 'courses', 'student_courses'],
      relationships: [
        { kind: 'many-to-one', from: 'student_courses', fromColumns: ['student_id'], to: 'students', toColumns: ['id'] },
        { kind: 'many-to-one', from: 'student_courses', fromColumns: ['course_id'], to: 'courses', toColumns: ['id'] },
        { kind: 'many-to-many', junction: 'student_courses', between: ['students', 'courses'], pattern: 'surrogate-key' },
      ],
      warnings: [],
    });
  });

  it('includes warnings with table, code and message', async () => {
    const out = await run([
      file('warn.sql', 'CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (x INTEGER REFERENCES ghosts, y TEXT);\n'),
    ]);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).warnings).toEqual([
      {
        table: 'b',
        code: 'missing-target-table',
        message: 'b (x) refers to table ghosts, which does not exist, so with foreign keys on every insert into b fails.',
      },
    ]);
  });

  it.each([
    ['--lang ru', ['--lang', 'ru']],
    ['--lang=ru', ['--lang=ru']],
  ])('writes the warning messages in Russian with %s, codes unchanged', async (_, option) => {
    const path = file('warn-ru.sql', 'CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (x INTEGER REFERENCES ghosts, y TEXT);\n');
    const out = await run([...option, path]);
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(out.stdout).warnings).toEqual([
      {
        table: 'b',
        code: 'missing-target-table',
        message:
          'b (x) ссылается на таблицу ghosts, которой нет, поэтому при включённых внешних ключах любая вставка в b завершится ошибкой.',
      },
    ]);
  });

  it('takes --lang en as the default language, after the file too', async () => {
    const path = file('warn-en.sql', 'CREATE TABLE b (x INTEGER REFERENCES ghosts);\n');
    const [explicit, implicit] = [await run([path, '--lang', 'en']), await run([path])];
    expect(explicit).toEqual(implicit);
    expect(JSON.parse(explicit.stdout).warnings[0].message).toContain('refers to table ghosts, which does not exist');
  });

  it('reads a SQLite database file by its header, whatever its extension', async () => {
    const engine = await createNodeEngine();
    await engine.open('x');
    await engine.run('x', SOURCE_NOTE);
    const out = await run([file('university.data', await engine.export('x'))]);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).tables).toEqual(['students', 'courses', 'student_courses']);
  });

  it('gives the relationships of the rest when a statement cannot run in sql.js, naming it and its line', async () => {
    const path = file(
      'fts5.sql',
      'CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT);\nCREATE TABLE tags (id INTEGER PRIMARY KEY);\nCREATE VIRTUAL TABLE posts_fts USING fts5(title, body);\nCREATE TABLE post_tags (post_id INTEGER NOT NULL REFERENCES posts(id), tag_id INTEGER NOT NULL REFERENCES tags(id), PRIMARY KEY (post_id, tag_id));\n',
    );
    const out = await run([path]);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe(
      `${path}:3: skipped "CREATE VIRTUAL TABLE posts_fts USING fts5(title, body);": SQLite here cannot run it (no such module: fts5); the rest of the schema was read without it\n`,
    );
    expect(JSON.parse(out.stdout).tables).toEqual(['posts', 'tags', 'post_tags']);
    expect(JSON.parse(out.stdout).relationships).toContainEqual({
      kind: 'many-to-many',
      junction: 'post_tags',
      between: ['posts', 'tags'],
      pattern: 'pure',
    });
  });

  it('explains a damaged database file and exits 1', async () => {
    const out = await run([file('broken.sqlite', 'definitely not sqlite')]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('not a SQLite database');
  });

  it.each([
    ['no file', [], 'missing FILE'],
    ['two files', ['a.sql', 'b.sql'], 'expected one FILE'],
    ['an unknown option', ['--json', 'a.sql'], 'unknown option --json'],
    ['a missing file', [join(dir, 'absent.sql')], 'cannot read file (no such file)'],
    ['an unknown language', ['--lang', 'de', 'a.sql'], 'unknown language "de" for --lang (expected en or ru)'],
    ['--lang without a language', ['a.sql', '--lang'], '--lang needs a language (expected en or ru)'],
    ['an empty --lang=', ['--lang=', 'a.sql'], '--lang needs a language (expected en or ru)'],
  ])('exits 2 with a message for %s', async (_, args, message) => {
    const out = await run(args);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(message);
  });
});
