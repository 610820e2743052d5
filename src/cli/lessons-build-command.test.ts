import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/helpers/memory-io.js';
import { readCompiledFile } from '../core/lessons/compiled-file.js';
import { compiledPath, lessonsBuildCommand } from './lessons-build-command.js';

const LESSON = `---
id: tiny
title: Tiny
setup: CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT);
---

Some *prose*.

\`\`\`sql exercise id=names
SELECT 1;
\`\`\`

\`\`\`sql solution for=names
SELECT name FROM students;
\`\`\`
`;

describe('junction lessons build', () => {
  it('writes each lesson as JSON beside it, which reads back as the compiled lesson', async () => {
    const { io, out } = memoryIo({ 'site/tiny.md': LESSON });
    expect(await lessonsBuildCommand.run(['site/tiny.md'], io)).toBe(0);
    const read = readCompiledFile(out.written['site/tiny.json']!);
    expect(read.ok && read.compiled.lesson.exercises.map((e) => e.id)).toEqual(['names']);
    expect(read.ok && Object.values(read.compiled.html).join('')).toContain('<em>prose</em>');
    expect(read.ok && read.compiled.highlighted['SELECT 1;']).toEqual([
      ['SELECT', 'tok-keyword'],
      [' ', ''],
      ['1', 'tok-number'],
      [';', ''],
    ]);
    expect(out.stdout).toBe('site/tiny.json\nCompiled 1 lesson.\n');
  });

  it('keeps the folders below a folder argument under --out', async () => {
    const { io, out } = memoryIo({ 'lessons/en/01.md': LESSON, 'lessons/ru/01.md': LESSON });
    io.listFiles = async (path) => (path === 'lessons' ? ['lessons/en/01.md', 'lessons/ru/01.md'] : [path]);
    expect(await lessonsBuildCommand.run(['--out', 'site', '--lang', 'ru'], io)).toBe(0);
    expect(Object.keys(out.written)).toEqual(['site/en/01.json', 'site/ru/01.json']);
    expect(out.stdout).toContain('Собрано: 2 урока.');
  });

  it('says what to fix in a lesson, and still writes it', async () => {
    const { io, out } = memoryIo({ 'broken.md': LESSON.replace('id: tiny', 'id: Not An Id') });
    expect(await lessonsBuildCommand.run(['broken.md'], io)).toBe(1);
    expect(out.stderr).toMatch(/^broken\.md:2: /);
    expect(Object.keys(out.written)).toEqual(['broken.json']);
    expect(out.stdout).toContain('with 1 warning to fix');
  });

  it('refuses bad usage', async () => {
    const { io, out } = memoryIo();
    expect(await lessonsBuildCommand.run(['--out'], io)).toBe(2);
    expect(await lessonsBuildCommand.run(['--fast'], io)).toBe(2);
    expect(out.stderr).toContain('--out needs a folder');
    expect(out.stderr).toContain('unknown option --fast');
  });
});

describe('compiledPath', () => {
  it('puts a file beside its source, or under --out by its place below the argument', () => {
    expect(compiledPath('a/b.md', 'a/b.md', null)).toBe('a/b.json');
    expect(compiledPath('a/b.md', 'a/b.md', 'out')).toBe('out/b.json');
    expect(compiledPath('lessons/en/01.md', 'lessons', 'out')).toBe('out/en/01.json');
  });
});
