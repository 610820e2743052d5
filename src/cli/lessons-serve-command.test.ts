import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/helpers/memory-io.js';
import { DEFAULT_PORT, parseServeArgs } from './lessons-serve-command.js';
import { main } from './main.js';
import { builtAppFolder } from './served-files.js';

describe('junction lessons serve arguments', () => {
  it.each([
    [[], { dir: 'lessons', host: '127.0.0.1', port: DEFAULT_PORT, open: false, lang: 'en', timeoutMs: 3000 }],
    [['course', '--port', '0'], { dir: 'course', port: 0 }],
    [['--port=5000', '--host', '0.0.0.0', 'x'], { dir: 'x', port: 5000, host: '0.0.0.0' }],
    [['x', '--open', '--lang', 'ru'], { open: true, lang: 'ru' }],
    [['x', '--timeout-ms', '500'], { dir: 'x', timeoutMs: 500 }],
  ])('reads %j', (args, expected) => {
    expect(parseServeArgs(args)).toMatchObject({ ok: true, ...expected });
  });

  it.each([
    [['--port'], '--port needs a value'],
    [['--port', 'http'], '--port needs a number from 0 to 65535, not "http"'],
    [['--port', '70000'], '--port needs a number from 0 to 65535, not "70000"'],
    [['--host='], '--host needs a value'],
    [['a', 'b'], 'expected one DIR'],
    [['--watch'], 'unknown option --watch'],
    [['--lang', 'de'], 'unknown language "de" for --lang (expected en or ru)'],
    [['--timeout-ms', 'soon'], '--timeout-ms needs a whole number of milliseconds from 1 to 2147483647, not "soon"'],
  ])('refuses %j: %s', (args, message) => {
    expect(parseServeArgs(args)).toEqual({ ok: false, message });
  });

  it('says what is wrong and exits 2, before serving anything', async () => {
    const { io, out } = memoryIo();
    expect(await main(['lessons', 'serve', '--port', 'x'], io)).toBe(2);
    expect(out.stderr).toContain('Usage: junction lessons serve');
    const missing = memoryIo();
    expect(await main(['lessons', 'serve', join(tmpdir(), 'junction-no-such-folder'), '--lang', 'ru'], missing.io)).toBe(2);
    expect(missing.out.stderr).toContain('junction-no-such-folder — не папка.');
  });
});

describe('builtAppFolder', () => {
  it('finds dist/ of the package that holds the code, from the source or from the CLI bundle', async () => {
    const root = await mkdtemp(join(tmpdir(), 'junction-pkg-'));
    try {
      await mkdir(join(root, 'dist-cli'));
      await mkdir(join(root, 'src', 'cli'), { recursive: true });
      await writeFile(join(root, 'package.json'), '{}');
      expect(builtAppFolder(join(root, 'dist-cli', 'junction.mjs'))).toBe(join(root, 'dist'));
      expect(builtAppFolder(join(root, 'src', 'cli', 'lessons-serve-command.ts'))).toBe(join(root, 'dist'));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
