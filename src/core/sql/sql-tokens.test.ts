import { describe, expect, it } from 'vitest';
import { splitStatements, tokenizeSql } from './sql-tokens.js';

describe('tokenizeSql', () => {
  it.each([
    [
      'bare words and symbols',
      'SELECT a.b',
      [
        ['word', 'SELECT'],
        ['word', 'a'],
        ['symbol', '.'],
        ['word', 'b'],
      ],
    ],
    ['double quotes with an escaped quote', '"my ""odd"" t"', [['quoted', 'my "odd" t']]],
    [
      'backticks and brackets',
      '`a b` [c"d]',
      [
        ['quoted', 'a b'],
        ['quoted', 'c"d'],
      ],
    ],
    ['a string literal with an escaped quote', "'it''s'", [['string', "it's"]]],
    [
      'both comment styles',
      'a -- b\n/* c; */ d',
      [
        ['word', 'a'],
        ['word', 'd'],
      ],
    ],
    [
      'a number',
      'x=1.5e3',
      [
        ['word', 'x'],
        ['symbol', '='],
        ['symbol', '1.5e3'],
      ],
    ],
    ['non-ASCII identifiers', 'студенты_1', [['word', 'студенты_1']]],
    ['an unclosed quote that runs to the end', '"abc', [['quoted', 'abc']]],
  ])('reads %s', (_, text, expected) => {
    expect(tokenizeSql(text).map((t) => [t.kind, t.value])).toEqual(expected);
  });
});

describe('splitStatements', () => {
  it.each([
    ['two statements', 'SELECT 1; SELECT 2;', ['SELECT 1', 'SELECT 2']],
    ['a semicolon in a string, identifier or comment', 'SELECT \';\', "a;b" -- ;\n; SELECT 2', ['SELECT \';\', "a;b" -- ;', 'SELECT 2']],
    ['blank statements and a trailing comment', ';; SELECT 1 ; -- end', ['SELECT 1']],
    ['nothing', '', []],
  ])('splits %s', (_, text, expected) => {
    expect(splitStatements(text)).toEqual(expected);
  });
});
