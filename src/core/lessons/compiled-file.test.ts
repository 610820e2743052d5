import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLesson } from './compile-lesson.js';
import { COMPILED_BASE, compiledFileMessage, compiledFileText, readCompiledFile, rebaseCompiledHtml } from './compiled-file.js';

const compiled = compileLesson(readFileSync('lessons/en/02-many-to-many.md', 'utf8'), { fileName: '02-many-to-many.md' });
const json = () => JSON.parse(compiledFileText(compiled));

function refused(text: string) {
  const read = readCompiledFile(text);
  if (read.ok) throw new Error('The file was taken.');
  return read.problem;
}

describe('a compiled lesson file', () => {
  it('reads back the lesson, its HTML and its highlighting as compiled', () => {
    const read = readCompiledFile(compiledFileText(compiled));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.compiled.lesson).toEqual(compiled.lesson);
    expect(read.compiled.html).toEqual(compiled.html);
    expect(read.compiled.highlighted).toEqual(compiled.highlighted);
    expect(read.compiled.lesson.exercises.length).toBeGreaterThan(0);
  });

  it('refuses what is not JSON, not a compiled lesson, or another version, saying which', () => {
    expect(refused('# A lesson\n')).toEqual({ kind: 'not-json' });
    expect(refused('{"lesson": {}}')).toEqual({ kind: 'not-compiled' });
    expect(refused(JSON.stringify({ ...json(), version: 2 }))).toEqual({ kind: 'version', version: 2 });
    expect(refused(' '.repeat(8 * 1024 * 1024 + 1))).toEqual({ kind: 'too-large' });
  });

  it('refuses a damaged file, saying where', () => {
    const file = json();
    file.lesson.blocks[1] = { kind: 'script', code: 'alert(1)' };
    expect(refused(JSON.stringify(file))).toEqual({ kind: 'damaged', at: 'lesson.blocks.1.kind' });
    const noId = json();
    noId.lesson.id = '../../other';
    expect(refused(JSON.stringify(noId))).toEqual({ kind: 'damaged', at: 'lesson.id' });
  });

  it('takes highlighting only of the grammar’s classes, and only pieces that spell their code', () => {
    const code = Object.keys(compiled.highlighted)[0]!;
    const borrowed = json();
    borrowed.highlighted[code] = [[code, 'app-overlay']];
    expect(refused(JSON.stringify(borrowed)).kind).toBe('damaged');
    const other = json();
    other.highlighted[code] = [['DROP TABLE students;', 'tok-keyword']];
    expect(refused(JSON.stringify(other))).toEqual({ kind: 'damaged', at: 'highlighted' });
  });

  it('points its images and links next to where the file is served', () => {
    const { html } = compileLesson('---\nid: pics\ntitle: Pics\n---\n\n![ER](img/er.png) and [notes](notes.md) and ![[er.png]]', {
      baseUrl: COMPILED_BASE,
    });
    const rebased = rebaseCompiledHtml(Object.values(html).join(''), 'https://school.example/course/pics.json');
    expect(rebased).toContain('src="https://school.example/course/img/er.png"');
    expect(rebased).toContain('href="https://school.example/course/notes.md"');
    expect(rebased).toContain('https://school.example/course/er.png');
    expect(rebased).not.toContain('lesson.invalid');
  });

  it('has a sentence for each refusal', () => {
    expect(compiledFileMessage({ kind: 'damaged', at: 'lesson.id' })).toEqual({
      code: 'embed.compiled-damaged',
      params: { at: 'lesson.id' },
    });
    expect(compiledFileMessage({ kind: 'version', version: { x: 1 } }).code).toBe('embed.compiled-version');
  });
});
