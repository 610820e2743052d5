import { describe, expect, it } from 'vitest';
import type { CliIo } from './command.js';
import { ormCommand } from './orm-command.js';

function fakeIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: CliIo = {
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    readFile: async (path) => {
      if (!(path in files)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return new TextEncoder().encode(files[path]);
    },
    writeFile: async (path, data) => {
      out.written[path] = typeof data === 'string' ? data : new TextDecoder().decode(data);
    },
    listFiles: async (path) => [path],
  };
  return { io, out };
}

const SCHEMA = `CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE enrollments (
  student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
  course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
  PRIMARY KEY (student_id, course_id));
`;

describe('junction orm', () => {
  it('prints models for a .sql schema with a secondary relationship on both sides', async () => {
    const { io, out } = fakeIo({ 'school.sql': SCHEMA });
    expect(await ormCommand.run(['school.sql'], io)).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('class Student(Base):');
    expect(out.stdout).toContain('enrollments = Table(');
    expect(out.stdout).toContain('courses: Mapped[List["Course"]] = relationship(secondary=enrollments, back_populates="students")');
  });

  it('reports a failing statement as file:line and exits 1', async () => {
    const { io, out } = fakeIo({ 'bad.sql': 'CREATE TABLE a (id INTEGER);\n\nCREATE TABLE a (id INTEGER);\n' });
    expect(await ormCommand.run(['bad.sql'], io)).toBe(1);
    expect(out.stderr).toBe('bad.sql:3: table a already exists\n');
  });

  it('writes the module to the file given with -o', async () => {
    const { io, out } = fakeIo({ 'school.sql': SCHEMA });
    expect(await ormCommand.run(['school.sql', '--output', 'models.py'], io)).toBe(0);
    expect(out.written['models.py']).toContain('class Course(Base):');
  });

  it.each([
    [[], 'missing FILE'],
    [['-x'], 'unknown option -x'],
  ])('exits 2 for arguments %j', async (args, message) => {
    const { io, out } = fakeIo({});
    expect(await ormCommand.run(args, io)).toBe(2);
    expect(out.stderr).toContain(message);
  });

});
