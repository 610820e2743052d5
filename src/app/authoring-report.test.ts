import { describe, expect, it } from 'vitest';
import { type AuthoringReport, lessonAt, readReport } from './authoring-report.js';

const REPORT: AuthoringReport = {
  dir: 'course',
  checking: false,
  lessons: [
    { path: 'course/01-intro.md', url: '/lessons/01-intro.md', id: 'intro', title: 'Intro', exercises: 0, revision: 'a1' },
    {
      path: 'course/ru/Многие.md',
      url: '/lessons/ru/%D0%9C%D0%BD%D0%BE%D0%B3%D0%B8%D0%B5.md',
      id: 'mnogie',
      title: 'М',
      exercises: 2,
      revision: 'b2',
    },
  ],
  problems: [{ file: 'course/01-intro.md', line: 3, message: { code: 'lesson.empty-file', params: {} } }],
};

describe('readReport', () => {
  it('reads what the server sends', () => {
    expect(readReport(JSON.stringify(REPORT))).toEqual(REPORT);
  });

  it.each([['not json'], ['{}'], [JSON.stringify({ ...REPORT, problems: [{ file: 'x', line: '3', message: {} }] })]])(
    'gives null for %s',
    (text) => {
      expect(readReport(text)).toBeNull();
    },
  );
});

describe('lessonAt', () => {
  const base = 'http://127.0.0.1:4280/#/open?src=x';

  it.each([
    ['/lessons/01-intro.md', 'intro'],
    ['http://127.0.0.1:4280/lessons/01-intro.md', 'intro'],
    ['/lessons/ru/Многие.md', 'mnogie'],
  ])('finds the lesson that %s names', (src, id) => {
    expect(lessonAt(REPORT, src, base)?.id).toBe(id);
  });

  it.each([['https://example.com/lessons/01-intro.md'], ['/lessons/02-other.md'], ['http://[bad'], [null]])('finds none for %s', (src) => {
    expect(lessonAt(REPORT, src, base)).toBeNull();
  });
});
