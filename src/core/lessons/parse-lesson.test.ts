import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MessageCode } from '../messages/message.js';
import { renderMessage } from '../messages/render.js';
import { parseLesson, splitWrongHint } from './parse-lesson.js';
import type { LessonWarning } from './types.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/lessons/${name}`, import.meta.url), 'utf8');

/** The warnings as an author reads them in `lang`. */
const rendered = (warnings: LessonWarning[], lang: 'en' | 'ru' = 'en') =>
  warnings.map((w) => ({ line: w.line, message: renderMessage(w.message, lang) }));

/** Builds a lesson file from frontmatter lines and a body. */
function lessonFile(body: string, front = 'id: demo\ntitle: Demo'): string {
  return `---\n${front}\n---\n${body}`;
}

const FULL = lessonFile(
  [
    '# Enrolling',
    '',
    'Some *prose*.',
    '',
    '```sql',
    'SELECT * FROM students;',
    '```',
    '',
    '```sql exercise id=enroll order=any columns=names title="Enrol Ada"',
    '-- your code',
    '```',
    '',
    '```sql solution for=enroll',
    'INSERT INTO enrollments VALUES (1, 1);',
    '```',
    '',
    '```sql check for=enroll',
    'SELECT count(*) FROM enrollments;',
    '```',
    '',
    '```sql wrong for=enroll',
    '-- hint: You enrolled the wrong student.',
    '-- hint: Ada has id **1**.',
    'INSERT INTO enrollments VALUES (2, 1);',
    '```',
    '',
    '::: hint for=enroll',
    'Use `INSERT`.',
    ':::',
    '',
    '::: tip',
    'Tips are asides.',
    ':::',
    '',
    '```sql static',
    'DROP TABLE x;',
    '```',
    '',
    '```python',
    'class Student(Base):',
    "    __tablename__ = 'students'",
    '```',
    '',
    '```js',
    'console.log(1)',
    '```',
  ].join('\n'),
  'id: demo\ntitle: Demo\nsummary: One line.\nsetup: |\n  CREATE TABLE t(x);\nvariant: INSERT INTO t VALUES (1);',
);

describe('parseLesson on a complete lesson', () => {
  const { lesson, warnings } = parseLesson(FULL);

  it('reads the frontmatter', () => {
    expect(warnings).toEqual([]);
    expect(lesson).toMatchObject({ id: 'demo', title: 'Demo', summary: 'One line.', idLine: 2 });
    expect(lesson.setup).toBe('CREATE TABLE t(x);\n');
    expect(lesson.setupLine).toBe(6);
    expect(lesson.variant).toBe('INSERT INTO t VALUES (1);');
    expect(lesson.variantLine).toBe(7);
  });

  it('keeps the blocks in file order with their lines', () => {
    expect(lesson.blocks.map((b) => [b.kind, b.line])).toEqual([
      ['prose', 9],
      ['sql', 13],
      ['exercise', 17],
      ['solution', 21],
      ['check', 25],
      ['wrong', 29],
      ['hint', 35],
      ['aside', 39],
      ['sql-static', 43],
      ['python', 47],
      ['code', 52],
    ]);
  });

  it('collects everything that serves an exercise', () => {
    expect(lesson.exercises).toEqual([
      {
        id: 'enroll',
        starter: '-- your code',
        order: 'any',
        columns: 'names',
        title: 'Enrol Ada',
        line: 17,
        solution: { sql: 'INSERT INTO enrollments VALUES (1, 1);', line: 21 },
        checks: [{ sql: 'SELECT count(*) FROM enrollments;', line: 25 }],
        wrongs: [
          {
            sql: 'INSERT INTO enrollments VALUES (2, 1);',
            hint: 'You enrolled the wrong student.\nAda has id **1**.',
            line: 29,
          },
        ],
        hints: [{ markdown: 'Use `INSERT`.', line: 35 }],
      },
    ]);
  });

  it('marks python that declares models and keeps other languages as code', () => {
    expect(lesson.blocks.find((b) => b.kind === 'python')).toMatchObject({ declaresModels: true });
    expect(lesson.blocks.find((b) => b.kind === 'code')).toMatchObject({ language: 'js', code: 'console.log(1)' });
    expect(lesson.blocks.find((b) => b.kind === 'aside')).toMatchObject({ tone: 'tip', markdown: 'Tips are asides.' });
  });
});

describe('parseLesson warnings', () => {
  it.each([
    ['an unknown for= id', lessonFile('```sql solution for=nope\nSELECT 1;\n```'), 5, 'no exercise with that id'],
    [
      'a duplicate exercise id',
      lessonFile('```sql exercise id=a\n```\n```sql solution for=a\nSELECT 1;\n```\n```sql exercise id=a\n```'),
      10,
      'Duplicate exercise id "a"',
    ],
    ['a solution without for=', lessonFile('```sql solution\nSELECT 1;\n```'), 5, 'belongs to no exercise'],
    ['a check without for=', lessonFile('```sql check\nSELECT 1;\n```'), 5, 'belongs to no exercise'],
    ['a wrong without for=', lessonFile('```sql wrong\nSELECT 1;\n```'), 5, 'belongs to no exercise'],
    ['a hint without for=', lessonFile('\n::: hint\nThink.\n:::'), 6, 'belongs to no exercise'],
    ['bad YAML', '---\nid: demo\ntitle: [unclosed\n---\nBody', 3, 'Bad YAML'],
    ['a missing id', '---\ntitle: Demo\n---\nBody', 1, 'no "id"'],
    ['an invalid id', '---\nid: Demo Lesson\ntitle: Demo\n---\nBody', 2, 'invalid'],
    ['a missing title', '---\nid: demo\n---\nBody', 1, 'no "title"'],
    ['an empty title', '---\nid: demo\ntitle: ""\n---\nBody', 3, 'non-empty'],
    ['an unknown sql role', lessonFile('```sql answer\nSELECT 1;\n```'), 5, 'Unknown info string "sql answer"'],
    [
      'an unknown attribute',
      lessonFile('```sql exercise id=a colour=red\n```\n```sql solution for=a\n```'),
      5,
      'Unknown attribute "colour"',
    ],
    ['a bad order value', lessonFile('```sql exercise id=a order=sorted\n```\n```sql solution for=a\n```'), 5, 'order=sorted'],
    ['an exercise without solution', lessonFile('```sql exercise id=a\n```'), 5, 'has no "sql solution for=a"'],
    ['an exercise without id', lessonFile('```sql exercise\n```'), 5, 'no id='],
    ['an unknown container', lessonFile('::: danger\nBoom\n:::'), 5, 'Unknown container "danger"'],
    ['an unclosed container', lessonFile('::: tip\nNever closed'), 5, 'never closed'],
    [
      'a wrong answer without a hint',
      lessonFile('```sql exercise id=a\n```\n```sql solution for=a\n```\n```sql wrong for=a\nSELECT 2;\n```'),
      9,
      'no leading "-- hint:"',
    ],
    ['a nested exercise part', lessonFile('- item\n\n  ```sql check for=a\n  SELECT 1;\n  ```'), 7, 'must not be nested'],
    ['a likely typo in a frontmatter key', '---\nid: demo\ntitle: Demo\nvarient: SELECT 1;\n---\n', 4, 'did you mean "variant"'],
    ['an unclosed frontmatter', '---\nid: demo\ntitle: Demo\n', 1, 'no closing'],
    ['an unclosed code fence', lessonFile('Prose.\n\n```sql\nSELECT 1;\n\n## Never seen'), 7, 'never closed with a "```" line'],
    ['an unclosed tilde fence', lessonFile('~~~~\ncode\n~~~'), 5, 'never closed with a "~~~~" line'],
    ['an empty file', '', 1, 'The file is empty'],
    ['a file of blank lines', '\n  \n\t\n', 1, 'The file is empty'],
  ])('reports %s at its line', (_what, source, line, message) => {
    const { warnings } = parseLesson(source, { fileName: 'demo.md' });
    expect(rendered(warnings)).toContainEqual({ line, message: expect.stringContaining(message) });
  });

  it('reads traps= and rules= onto the exercise', () => {
    const source = lessonFile(
      '```sql exercise id=a traps=no-pairs,ties rules=pair-unique,on-delete=cascade\n```\n```sql solution for=a\n```\n```sql exercise id=b traps=off\n```\n```sql solution for=b\n```',
    );
    const { lesson, warnings } = parseLesson(source, { fileName: 'demo.md' });
    expect(warnings).toEqual([]);
    expect(lesson.exercises.map((e) => [e.traps, e.rules])).toEqual([
      [
        ['no-pairs', 'ties'],
        [{ kind: 'pair-unique' }, { kind: 'on-delete', action: 'CASCADE' }],
      ],
      [[], undefined],
    ]);
  });

  it.each<[string, MessageCode]>([
    ['---\nid: demo\ntitle: Demo\n', 'lesson.frontmatter-unclosed'],
    ['---\nid: demo\ntitle: [unclosed\n---\nBody', 'lesson.bad-yaml'],
    ['---\n- a\n- b\n---\n', 'lesson.frontmatter-not-mapping'],
    ['---\nid: demo\ntitle: Demo\nvarient: SELECT 1;\n---\n', 'lesson.unknown-frontmatter-key'],
    ['---\nid: Demo Lesson\ntitle: Demo\n---\n', 'lesson.invalid-id'],
    ['---\ntitle: Demo\n---\n', 'lesson.no-id'],
    ['---\nid: demo\ntitle: ""\n---\n', 'lesson.empty-title'],
    ['---\nid: demo\n---\n', 'lesson.no-title'],
    [lessonFile('', 'id: demo\ntitle: Demo\nlang: de'), 'lesson.unknown-lang'],
    [lessonFile('', 'id: demo\ntitle: Demo\nsetup: [1, 2]'), 'lesson.not-text'],
    [lessonFile('```sql =x\n```'), 'lesson.bad-info-string'],
    [lessonFile('::: tip x=\nText\n:::'), 'lesson.bad-container-line'],
    [lessonFile('```sql exercise id=a id=a\n```\n```sql solution for=a\n```'), 'lesson.duplicate-attribute'],
    [lessonFile('```sql exercise id=a colour=red\n```\n```sql solution for=a\n```'), 'lesson.unknown-attribute'],
    [lessonFile('```python models\n```'), 'lesson.python-extra-word'],
    [lessonFile('```sql static extra\n```'), 'lesson.sql-extra-word'],
    [lessonFile('```sql answer\n```'), 'lesson.unknown-sql-role'],
    [lessonFile('```sql check\n```'), 'lesson.part-without-target'],
    [lessonFile('```sql exercise\n```'), 'lesson.exercise-without-id'],
    [lessonFile('```sql exercise id=a!\n```'), 'lesson.invalid-exercise-id'],
    [lessonFile('```sql exercise id=a order=sorted\n```\n```sql solution for=a\n```'), 'lesson.bad-order'],
    [lessonFile('```sql exercise id=a columns=all\n```\n```sql solution for=a\n```'), 'lesson.bad-columns'],
    [lessonFile('```sql exercise id=a traps=lots\n```\n```sql solution for=a\n```'), 'lesson.bad-traps'],
    [lessonFile('```sql exercise id=a rules=unique\n```\n```sql solution for=a\n```'), 'lesson.bad-rules'],
    [lessonFile('```sql exercise id=a\n```\n```sql solution for=a\n```\n::: hint for=a big\nThink.\n:::'), 'lesson.hint-extra'],
    [lessonFile('::: note big\nText\n:::'), 'lesson.aside-extra'],
    [lessonFile('::: hint\nThink.\n:::'), 'lesson.hint-without-target'],
    [lessonFile(':::\nText\n:::'), 'lesson.container-without-name'],
    [lessonFile('::: danger\nBoom\n:::'), 'lesson.unknown-container'],
    [lessonFile('::: tip\nNever closed'), 'lesson.container-unclosed'],
    [lessonFile('```sql\nSELECT 1;'), 'lesson.fence-unclosed'],
    [lessonFile('- item\n\n  ```sql check for=a\n  SELECT 1;\n  ```'), 'lesson.nested-part'],
    [lessonFile('```sql exercise id=a\n```\n```sql solution for=a\n```\n```sql exercise id=a\n```'), 'lesson.duplicate-exercise'],
    [lessonFile('```sql wrong for=nope\n```'), 'lesson.unknown-exercise'],
    [lessonFile('```sql exercise id=a\n```'), 'lesson.no-solution'],
    [lessonFile('```sql exercise id=a\n```\n```sql solution for=a\n```\n```sql solution for=a\n```'), 'lesson.second-solution'],
    [lessonFile('```sql exercise id=a\n```\n```sql solution for=a\n```\n```sql wrong for=a\nSELECT 2;\n```'), 'lesson.wrong-without-hint'],
  ])('names the problem in %j with the code %s', (source, code) => {
    const { warnings } = parseLesson(source, { fileName: 'demo.md' });
    expect(warnings.map((w) => w.message.code)).toEqual([code]);
  });

  it.each([
    ['a fence closed by a longer run', '```sql\nSELECT 1;\n`````'],
    ['a fence inside a list item', '- step\n\n  ```sql\n  SELECT 1;\n  ```\n- next'],
    ['a fence inside a quote', '> ```sql\n> SELECT 1;\n> ```'],
    ['an empty fence at the end of the file', '```\n```'],
  ])('says nothing of %s', (_what, body) => {
    expect(parseLesson(lessonFile(body), { fileName: 'demo.md' }).warnings).toEqual([]);
  });

  it('names a lesson it cannot name or title with its own codes', () => {
    const { warnings } = parseLesson('Body', {});
    expect(warnings.map((w) => w.message.code)).toEqual(['lesson.no-derived-id', 'lesson.untitled']);
  });

  it('speaks to the author of a Russian lesson in Russian, keeping ids and block names as written', () => {
    const { warnings } = parseLesson(lessonFile('```sql exercise id=a order=sorted\n```\n```sql check for=b\n```'));
    expect(rendered(warnings, 'ru')).toEqual([
      { line: 5, message: 'Значение "order=sorted" недопустимо: используйте "order=any" или "order=exact".' },
      { line: 5, message: 'У упражнения "a" нет блока "sql solution for=a", поэтому его нельзя проверить.' },
      { line: 7, message: 'Блок "sql check" относится к упражнению "b", но упражнения с таким id нет.' },
    ]);
  });

  it("quotes the YAML library's own error text in a Russian warning", () => {
    const { warnings } = parseLesson('---\nid: demo\ntitle: [unclosed\n---\nBody', { fileName: 'demo.md' });
    expect(warnings.map((w) => w.message.code)).toEqual(['lesson.bad-yaml']);
    const [english] = rendered(warnings);
    const [russian] = rendered(warnings, 'ru');
    const yamlText = english!.message.replace('Bad YAML in the frontmatter: ', '');
    expect(russian!.message).toBe(`Ошибка в YAML-шапке урока: «${yamlText.replace(/\.$/, '')}».`);
  });

  it('survives a JSON round trip, as the build stores it', () => {
    const { warnings } = parseLesson(lessonFile('```sql exercise id=a\n```'));
    expect(rendered(JSON.parse(JSON.stringify(warnings)), 'ru')).toEqual(rendered(warnings, 'ru'));
  });

  it('never throws on garbage and still returns a lesson', () => {
    for (const source of ['', '---', '---\n---', ':::\n:::', '```', '---\n- a\n- b\n---\n', '\uFEFF# Title']) {
      const { lesson } = parseLesson(source, { fileName: 'x.md' });
      expect(lesson.id).toMatch(/^[a-z0-9-]+$/);
      expect(lesson.title.length).toBeGreaterThan(0);
    }
  });
});

describe('parseLesson on other line endings', () => {
  it('reads a file with lone CR line endings without throwing', () => {
    const { lesson } = parseLesson('# T\r\r```sql\rx\r```\r', { fileName: 't.md' });
    expect(lesson.title).toBe('T');
    expect(lesson.blocks).toContainEqual({ kind: 'sql', language: 'sql', code: 'x', line: 3 });
  });

  it('reads a CRLF file exactly like the same file with LF endings', () => {
    const crlf = parseLesson(FULL.replace(/\n/g, '\r\n'));
    const lf = parseLesson(FULL);
    expect(crlf).toEqual(lf);
    expect(crlf.lesson.setup).toBe('CREATE TABLE t(x);\n');
  });

  it('keeps warning lines right in a CRLF file', () => {
    const { warnings } = parseLesson(lessonFile('```sql solution for=nope\nSELECT 1;\n```').replace(/\n/g, '\r\n'));
    expect(rendered(warnings)).toContainEqual({ line: 5, message: expect.stringContaining('no exercise with that id') });
  });
});

describe('parseLesson on plain notes', () => {
  it('takes the title from the first heading and the id from the file name', () => {
    const { lesson, warnings } = parseLesson('Intro\n\n## Многие ко многим\n\ntext', { fileName: 'notes/Связи многие-ко-многим.md' });
    expect(warnings).toEqual([]);
    expect(lesson).toMatchObject({ id: 'sviazi-mnogie-ko-mnogim', title: 'Многие ко многим' });
    expect(lesson.setup).toBeUndefined();
  });

  it('parses the Obsidian source note cleanly', () => {
    const { lesson, warnings } = parseLesson(fixture('source-note.ru.md'), { fileName: 'source-note.ru.md' });
    expect(warnings).toEqual([]);
    expect(lesson.id).toBe('source-note-ru');
    expect(lesson.title).toBe('source-note.ru');
    expect(lesson.blocks.map((b) => b.kind)).toEqual(['prose', 'python', 'prose', 'python', 'prose']);
    expect(lesson.blocks.filter((b) => b.kind === 'python').every((b) => b.declaresModels)).toBe(true);
    const last = lesson.blocks.at(-1);
    expect(last?.kind === 'prose' && last.markdown).toContain('![[Pasted image 20250404121302.png]]');
    expect(lesson.blocks[0]?.kind === 'prose' && lesson.blocks[0].markdown.startsWith('#FastAPI')).toBe(true);
  });
});

describe('splitWrongHint', () => {
  it.each([
    ['-- hint: one\nSELECT 1;', 'one', 'SELECT 1;'],
    ['-- hint: one\n--hint: two\n\nSELECT 1;', 'one\ntwo', 'SELECT 1;'],
    ['SELECT 1; -- hint: not leading', '', 'SELECT 1; -- hint: not leading'],
    ['-- a comment\n-- hint: late', '', '-- a comment\n-- hint: late'],
  ])('splits %j', (code, hint, sql) => {
    expect(splitWrongHint(code)).toEqual({ hint, sql });
  });
});
