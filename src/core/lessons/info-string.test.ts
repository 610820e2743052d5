import { describe, expect, it } from 'vitest';
import { type InfoStringProblem, parseInfoString, parseRulesValue, parseTrapsValue, TRAP_KINDS } from './info-string.js';

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

describe('parseTrapsValue', () => {
  it.each([
    ['off', { items: [] }],
    ['all', { items: [...TRAP_KINDS] }],
    ['no-pairs,ties', { items: ['no-pairs', 'ties'] }],
    ['Ties, no-pairs, ties', { items: ['ties', 'no-pairs'] }],
    ['no-pairs,lots', { bad: 'lots' }],
    ['off,ties', { bad: 'off' }],
  ])('reads traps=%s', (value, expected) => {
    expect(parseTrapsValue(value)).toEqual(expected);
  });
});

describe('parseRulesValue', () => {
  it.each([
    ['pair-unique', { items: [{ kind: 'pair-unique' }] }],
    [
      'pair-unique,fks-not-null,fk-targets,on-delete=cascade,no-self-pair,reverse-index',
      {
        items: [
          { kind: 'pair-unique' },
          { kind: 'fks-not-null' },
          { kind: 'fk-targets' },
          { kind: 'on-delete', action: 'CASCADE' },
          { kind: 'no-self-pair' },
          { kind: 'reverse-index' },
        ],
      },
    ],
    ['on-delete=set-null', { items: [{ kind: 'on-delete', action: 'SET NULL' }] }],
    ['on-delete', { bad: 'on-delete' }],
    ['on-delete=drop', { bad: 'on-delete=drop' }],
    ['pair-unique=yes', { bad: 'pair-unique=yes' }],
    ['unique', { bad: 'unique' }],
  ])('reads rules=%s', (value, expected) => {
    expect(parseRulesValue(value)).toEqual(expected);
  });
});
