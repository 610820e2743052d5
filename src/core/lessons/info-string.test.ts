import { describe, expect, it } from 'vitest';
import { type InfoStringProblem, parseInfoString } from './info-string.js';

describe('parseInfoString', () => {
  it.each([
    ['sql', ['sql'], []],
    ['sql static', ['sql', 'static'], []],
    ['  sql   exercise id=enroll  ', ['sql', 'exercise'], [{ key: 'id', value: 'enroll' }]],
    [
      'sql exercise id=enroll order=any title="Enrol Ada"',
      ['sql', 'exercise'],
      [
        { key: 'id', value: 'enroll' },
        { key: 'order', value: 'any' },
        { key: 'title', value: 'Enrol Ada' },
      ],
    ],
    ['sql exercise title="say \\"hi\\""', ['sql', 'exercise'], [{ key: 'title', value: 'say "hi"' }]],
    [' hint for=join-all', ['hint'], [{ key: 'for', value: 'join-all' }]],
    ['sql exercise title="Запиши Аду"', ['sql', 'exercise'], [{ key: 'title', value: 'Запиши Аду' }]],
  ])('reads %j into words and attributes', (text, words, attributes) => {
    const info = parseInfoString(text);
    expect(info.words).toEqual(words);
    expect(info.attributes).toEqual(attributes);
    expect(info.problems).toEqual([]);
  });

  it.each<[string, InfoStringProblem]>([
    ['sql exercise title="open', { kind: 'unclosed-value', key: 'title' }],
    ['sql exercise id=', { kind: 'empty-value', key: 'id' }],
    ['sql =x', { kind: 'nameless-value', text: 'sql =x' }],
    ['sql "open', { kind: 'unclosed-quote', text: 'sql "open' }],
    ['sql exercise"x"', { kind: 'unexpected-quote', word: 'exercise' }],
  ])('reports a problem in %j', (text, problem) => {
    expect(parseInfoString(text).problems).toEqual([problem]);
  });
});
