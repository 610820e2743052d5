import { describe, expect, it } from 'vitest';
import { dedent, parseDiagram, parseExercise, parseHeight, parseLang, parseSrc, parseTheme, readSettings } from './attributes.js';

const BASE = 'https://course.example.edu/week3/page.html';

describe('the embed attributes', () => {
  it.each([
    [null, 'auto'],
    ['', 'auto'],
    ['light', 'light'],
    [' DARK ', 'dark'],
    ['auto', 'auto'],
    ['sepia', 'auto'],
  ] as const)('reads theme=%j as %s', (value, expected) => {
    expect(parseTheme(value)).toBe(expected);
  });

  it.each([
    [null, 'physical'],
    ['none', 'none'],
    ['Logical', 'logical'],
    ['physical', 'physical'],
    ['3d', 'physical'],
  ] as const)('reads diagram=%j as %s', (value, expected) => {
    expect(parseDiagram(value)).toBe(expected);
  });

  it.each([
    [null, null],
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['EN', 'en'],
    ['de', null],
  ] as const)('reads lang=%j as %j', (value, expected) => {
    expect(parseLang(value)).toBe(expected);
  });

  it.each([
    [null, null],
    ['480', '480px'],
    ['32rem', '32rem'],
    ['70vh', '70vh'],
    ['0', null],
    ['-5px', null],
    ['calc(100% - 1px)', null],
    ['tall', null],
  ] as const)('reads height=%j as %j', (value, expected) => {
    expect(parseHeight(value)).toBe(expected);
  });

  it.each([
    [null, null],
    ['enroll-ada', 'enroll-ada'],
    [' post-tags ', 'post-tags'],
    // Not an id any lesson has: kept, so the element can say so and list the ids there are.
    ['post_tags', 'post_tags'],
    ['<script>', '<script>'],
    ['   ', null],
  ] as const)('reads exercise=%j as %j', (value, expected) => {
    expect(parseExercise(value)).toBe(expected);
  });

  it('resolves src against the page and refuses what is not http(s)', () => {
    expect(parseSrc('lessons/tags.md', BASE)).toBe('https://course.example.edu/week3/lessons/tags.md');
    expect(parseSrc('https://cdn.example.org/a.md', BASE)).toBe('https://cdn.example.org/a.md');
    expect(parseSrc('javascript:alert(1)', BASE)).toBeNull();
    expect(parseSrc('data:text/markdown,# hi', BASE)).toBeNull();
    expect(parseSrc('', BASE)).toBeNull();
    expect(parseSrc(null, BASE)).toBeNull();
  });

  it('reads every attribute with its default when none is set', () => {
    expect(readSettings(() => null, BASE)).toEqual({
      src: null,
      exercise: null,
      lang: null,
      theme: 'auto',
      diagram: 'physical',
      height: null,
    });
  });

  it('reads every attribute through one getter', () => {
    const attributes: Record<string, string> = { src: 'a.md', exercise: 'ex-1', lang: 'ru', theme: 'dark', diagram: 'none', height: '300' };
    expect(readSettings((name) => attributes[name] ?? null, BASE)).toEqual({
      src: 'https://course.example.edu/week3/a.md',
      exercise: 'ex-1',
      lang: 'ru',
      theme: 'dark',
      diagram: 'none',
      height: '300px',
    });
  });

  it('dedents inline markdown by the indentation its lines share and drops blank edges', () => {
    const inline = '\n      ---\n      id: x\n      ---\n\n      # Title\n        indented more\n    ';
    expect(dedent(inline)).toBe('---\nid: x\n---\n\n# Title\n  indented more');
  });
});
