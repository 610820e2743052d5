import { describe, expect, it } from 'vitest';
import { firstTokenAt, splitStatements, tokenizeSql } from './sql-tokens.js';

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

describe('firstTokenAt', () => {
  it.each([
    ['the offset itself when a token starts there', 'SELECT 1', 0, undefined, 0],
    ['blanks, semicolons and both comment styles', ' ;\n-- a; b\n/* c */ ;SELECT', 0, undefined, 20],
    ['nothing but blanks up to `to`', 'SELECT 1;   SELECT 2', 9, 12, 12],
    ['an unclosed block comment, to the end', 'x /* never closed', 1, undefined, 17],
    ['a line comment that runs past `to`', 'a -- b\nc', 1, 4, 4],
    ['from an offset inside the text', 'SELECT 1;\n  SELECT 2', 9, undefined, 12],
  ])('finds %s', (_, text, from, to, expected) => {
    expect(firstTokenAt(text, from, to)).toBe(expected);
  });
});
