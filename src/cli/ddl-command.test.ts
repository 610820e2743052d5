import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/helpers/memory-io.js';
import { ddlCommand } from './ddl-command.js';

const MODELS = `class Student(Base):
    __tablename__ = "students"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    nick = mapped_colum(String(5))
`;

describe('junction ddl', () => {
  it('prints the DDL and reports warnings as file:line on stderr', async () => {
    const { io, out } = memoryIo({ 'models.py': MODELS });
    expect(await ddlCommand.run(['models.py'], io)).toBe(0);
    expect(out.stdout).toBe('CREATE TABLE students (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(50) NOT NULL, \n\tPRIMARY KEY (id)\n);\n\n');
    expect(out.stderr).toBe('models.py:5: nick = mapped_colum(...) is not understood and was skipped\n');
  });

  it.each([[['--lang', 'ru', 'models.py']], [['models.py', '--lang=ru']]])('prints the warnings in Russian with %j', async (args) => {
    const { io, out } = memoryIo({ 'models.py': MODELS });
    expect(await ddlCommand.run(args, io)).toBe(0);
    expect(out.stdout).toContain('CREATE TABLE students');
    expect(out.stderr).toBe('models.py:5: nick = mapped_colum(...) не распознано и пропущено\n');
  });

  it('prints the warnings in English with --lang en', async () => {
    const { io, out } = memoryIo({ 'models.py': MODELS });
    expect(await ddlCommand.run(['models.py', '--lang', 'en'], io)).toBe(0);
    expect(out.stderr).toBe('models.py:5: nick = mapped_colum(...) is not understood and was skipped\n');
  });

  it('writes to the file given with -o', async () => {
    const { io, out } = memoryIo({ 'models.py': MODELS });
    expect(await ddlCommand.run(['models.py', '-o', 'out.sql'], io)).toBe(0);
    expect(out.stdout).toBe('');
    expect(out.written['out.sql']).toContain('CREATE TABLE students');
  });

  it.each([
    [[], 'missing FILE.py'],
    [['a.py', 'b.py'], 'expected one FILE.py'],
    [['--bogus', 'a.py'], 'unknown option --bogus'],
    [['a.py', '--lang'], '--lang needs a language'],
    [['a.py', '--lang', 'fr'], 'unknown language "fr" for --lang (expected en or ru)'],
    [['a.py', '--lang='], '--lang needs a language'],
  ])('exits 2 for arguments %j', async (args, message) => {
    const { io, out } = memoryIo({});
    expect(await ddlCommand.run(args, io)).toBe(2);
    expect(out.stderr).toContain(message);
  });

  it('exits 2 when the file cannot be read', async () => {
    const { io, out } = memoryIo({});
    expect(await ddlCommand.run(['missing.py'], io)).toBe(2);
    expect(out.stderr).toBe('missing.py: cannot read file\n');
  });
});
