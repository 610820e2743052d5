import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/helpers/memory-io.js';
import { ormCommand } from './orm-command.js';

const SCHEMA = `CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE enrollments (
  student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
  course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
  PRIMARY KEY (student_id, course_id));
`;

describe('junction orm', () => {
  it('prints models for a .sql schema with a secondary relationship on both sides', async () => {
    const { io, out } = memoryIo({ 'school.sql': SCHEMA });
    expect(await ormCommand.run(['school.sql'], io)).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('class Student(Base):');
    expect(out.stdout).toContain('enrollments = Table(');
    expect(out.stdout).toContain('courses: Mapped[List["Course"]] = relationship(secondary=enrollments, back_populates="students")');
  });

  it('skips a failing statement with file:line on stderr and models the rest', async () => {
    const { io, out } = memoryIo({ 'bad.sql': 'CREATE TABLE a (id INTEGER);\n\nCREATE TABLE a (id INTEGER);\n' });
    expect(await ormCommand.run(['bad.sql'], io)).toBe(0);
    expect(out.stderr).toBe(
      'bad.sql:3: skipped "CREATE TABLE a (id INTEGER);": SQLite here cannot run it (table a already exists); the rest of the schema was read without it\n',
    );
    expect(out.stdout).toContain('a = Table(');
  });

  it('models the rest of a schema with an fts5 table, in the language asked for', async () => {
    const { io, out } = memoryIo({
      'fts.sql':
        'CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT);\nCREATE TABLE tags (id INTEGER PRIMARY KEY);\nCREATE VIRTUAL TABLE posts_fts USING fts5(title, body);\nCREATE TABLE post_tags (post_id INTEGER NOT NULL REFERENCES posts(id), tag_id INTEGER NOT NULL REFERENCES tags(id), PRIMARY KEY (post_id, tag_id));\n',
    });
    expect(await ormCommand.run(['fts.sql', '--lang', 'ru'], io)).toBe(0);
    expect(out.stderr).toMatch(
      /^fts\.sql:3: пропущен оператор "CREATE VIRTUAL TABLE posts_fts USING fts5\(title, body\);": здешний SQLite не может его выполнить \(no such module: fts5\)/,
    );
    expect(out.stdout).toContain('tags: Mapped[List["Tag"]] = relationship(secondary=post_tags, back_populates="posts")');
  });

  it('writes the docstring and comments of the module in Russian with --lang ru', async () => {
    const { io, out } = memoryIo({ 'log.sql': 'CREATE TABLE log (line TEXT);\n' });
    expect(await ormCommand.run(['log.sql', '--lang', 'ru'], io)).toBe(0);
    expect(out.stdout).toMatch(/^"""Модели SQLAlchemy 2\.0, созданные Junction по живой схеме SQLite\."""\n/);
    expect(out.stdout).toContain(
      '# log: Table() — нет ни первичного ключа, ни UNIQUE по столбцам NOT NULL, поэтому SQLAlchemy не может отобразить на неё класс.\nlog = Table(',
    );
    expect(out.stdout).toContain('log = Table(');
  });

  it('writes them in English by default', async () => {
    const { io, out } = memoryIo({ 'log.sql': 'CREATE TABLE log (line TEXT);\n' });
    expect(await ormCommand.run(['log.sql'], io)).toBe(0);
    expect(out.stdout).toContain(
      '# log: a Table — it has no primary key and no UNIQUE set of NOT NULL columns, so SQLAlchemy cannot map a class to it.\nlog = Table(',
    );
  });

  it('writes the module to the file given with -o', async () => {
    const { io, out } = memoryIo({ 'school.sql': SCHEMA });
    expect(await ormCommand.run(['school.sql', '--output', 'models.py'], io)).toBe(0);
    expect(out.written['models.py']).toContain('class Course(Base):');
  });

  it.each([
    [[], 'missing FILE'],
    [['-x'], 'unknown option -x'],
    [['school.sql', '--lang', 'de'], 'unknown language "de" for --lang (expected en or ru)'],
  ])('exits 2 for arguments %j', async (args, message) => {
    const { io, out } = memoryIo({});
    expect(await ormCommand.run(args, io)).toBe(2);
    expect(out.stderr).toContain(message);
  });
});
