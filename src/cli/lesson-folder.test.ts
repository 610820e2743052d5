import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../core/engine.js';
import { createNodeEngine } from '../db/node-engine.js';
import { LessonFolder } from './lesson-folder.js';

const lesson = (id: string, exercises: string[]) =>
  [
    `---\nid: ${id}\ntitle: ${id}\nsetup: CREATE TABLE t (x INTEGER);\n---\n`,
    ...exercises.map((e) => `\`\`\`sql exercise id=${e}\n\`\`\`\n\n\`\`\`sql solution for=${e}\nSELECT x FROM t;\n\`\`\`\n`),
  ].join('\n');

let dir: string;
let folder: LessonFolder;
/** How many times each lesson's setup was proved: one per file text checked. */
let proved: string[];

/** The Node engine, noting which lesson each validation run is for. */
async function countingEngine(): Promise<Engine> {
  const engine = await createNodeEngine();
  return {
    ...engine,
    async run(db, script, options) {
      if (db === 'check:validate') proved.push(script);
      return engine.run(db, script, options);
    },
  };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'junction-folder-'));
  proved = [];
});
afterEach(async () => {
  folder?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a watched lesson folder', () => {
  it('checks again only the file whose text changed, and forgets a removed one', async () => {
    await writeFile(join(dir, 'a.md'), lesson('a', ['one']).replace('INTEGER', 'INTEGER, a TEXT'));
    await writeFile(join(dir, 'b.md'), lesson('b', ['two']));
    folder = new LessonFolder(dir, 'course', await countingEngine());
    await folder.start();
    await folder.idle();
    expect(proved).toHaveLength(2);
    await writeFile(join(dir, 'b.md'), lesson('b', ['two', 'three']));
    await folder.rescan();
    await folder.idle();
    expect(proved).toHaveLength(3);
    expect(proved[2]).not.toContain('a TEXT');
    expect(folder.report().lessons.map((l) => [l.path, l.exercises])).toEqual([
      [join('course', 'a.md'), 1],
      [join('course', 'b.md'), 2],
    ]);
    await unlink(join(dir, 'a.md'));
    await folder.rescan();
    expect(folder.report().lessons.map((l) => l.id)).toEqual(['b']);
  });

  it('knows parser problems at once, and the rest once checked', async () => {
    await writeFile(
      join(dir, 'a.md'),
      lesson('a', ['one']).replace('SELECT x FROM t;', 'SELECT y FROM t;') + '\n```sql exercise id=one\n```\n',
    );
    folder = new LessonFolder(dir, 'course', await countingEngine());
    await folder.rescan();
    const early = folder.report();
    expect(early.checking).toBe(true);
    expect(early.problems.map((p) => p.message.code)).toEqual(['lesson.duplicate-exercise']);
    await folder.idle();
    const late = folder.report();
    expect(late.checking).toBe(false);
    expect(late.problems.map((p) => p.message.code)).toEqual(['lesson.duplicate-exercise', 'lesson.check-solution-fails']);
  });

  it('compares translations in language folders, as lessons check does', async () => {
    await mkdir(join(dir, 'en'));
    await mkdir(join(dir, 'ru'));
    await writeFile(join(dir, 'en', '01.md'), lesson('intro', ['one']));
    await writeFile(join(dir, 'ru', '01.md'), lesson('vvedenie', ['one']));
    folder = new LessonFolder(dir, 'course', await countingEngine());
    await folder.rescan();
    await folder.idle();
    expect(folder.report().problems).toEqual([
      expect.objectContaining({
        file: join('course', 'ru', '01.md'),
        line: 2,
        message: expect.objectContaining({ code: 'lesson.check-translation-id' }),
      }),
    ]);
  });

  it('serves paths with / between names, percent-encoded', async () => {
    await mkdir(join(dir, 'ru'));
    await writeFile(join(dir, 'ru', 'Многие ко многим.md'), '# Многие ко многим\n');
    folder = new LessonFolder(dir, '.', await countingEngine());
    await folder.rescan();
    expect(folder.report().lessons[0]).toMatchObject({
      path: join('ru', 'Многие ко многим.md'),
      url: `/lessons/ru/${encodeURIComponent('Многие ко многим.md')}`,
      title: 'Многие ко многим',
    });
  });
});
