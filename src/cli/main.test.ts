import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/helpers/memory-io.js';
import { main } from './main.js';

const COMMANDS = [['relations'], ['diagram'], ['ddl'], ['orm'], ['lessons', 'check'], ['lessons', 'grade'], ['lessons', 'serve']];

describe('the junction CLI', () => {
  it('lists every command in its help', async () => {
    const { io, out } = memoryIo();
    expect(await main(['--help'], io)).toBe(0);
    for (const name of COMMANDS) expect(out.stdout).toContain(`junction ${name.join(' ')}`);
  });

  it.each(COMMANDS)('prints the full help of %s with --help and -h', async (...name) => {
    for (const flag of ['--help', '-h']) {
      const { io, out } = memoryIo();
      expect(await main([...name, flag], io)).toBe(0);
      expect(out.stdout).toMatch(new RegExp(`Usage: junction ${name.join(' ')}\\b`));
      expect(out.stderr).toBe('');
    }
  });

  it.each([['ddl'], ['orm']])('mentions --lang in the help of %s', async (name) => {
    const { io, out } = memoryIo();
    expect(await main([name, '--help'], io)).toBe(0);
    expect(out.stdout).toContain('--lang en|ru');
  });

  it('lists the lessons commands with `junction lessons --help`, and exits 2 on `junction lessons` alone', async () => {
    const { io, out } = memoryIo();
    expect(await main(['lessons', '--help'], io)).toBe(0);
    expect(out.stdout).toMatch(/^Usage: junction lessons <command>/);
    for (const name of ['check', 'grade', 'serve']) expect(out.stdout).toContain(`junction lessons ${name}`);
    expect(out.stdout).not.toContain('junction relations');
    expect(await main(['lessons'], memoryIo().io)).toBe(2);
  });

  it('rejects an unknown command with exit status 2 and the command list', async () => {
    const { io, out } = memoryIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(out.stderr).toContain('unknown command "frobnicate"');
    expect(out.stderr).toContain('junction relations');
  });

  it.each([
    [['relations'], 'missing FILE'],
    [['diagram', 'a.sql', 'b.sql'], 'expected one FILE'],
    [['ddl', '--bogus', 'x.py'], 'unknown option --bogus'],
    [['orm', 'x.sql', '-o'], '-o needs a file name'],
    [['ddl', '--lang', 'de', 'x.py'], 'unknown language "de" for --lang (expected en or ru)'],
  ])('says what is wrong with %j and exits 2', async (args, message) => {
    const { io, out } = memoryIo();
    expect(await main(args, io)).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stderr).toContain('Usage: junction');
  });
});
