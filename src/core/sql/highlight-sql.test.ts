import { describe, expect, it } from 'vitest';
import { highlightSql } from './highlight-sql.js';

describe('highlightSql', () => {
  it('gives back the code exactly, in pieces with the grammar’s classes', () => {
    const code = "SELECT name -- who\nFROM students\nWHERE id = 'x<y>';";
    const pieces = highlightSql(code);
    expect(pieces.map(([text]) => text).join('')).toBe(code);
    expect(pieces).toContainEqual(['SELECT', 'tok-keyword']);
    expect(pieces).toContainEqual(["'x<y>'", 'tok-string']);
    expect(pieces).toContainEqual(['-- who', 'tok-comment']);
  });

  it('joins neighbouring pieces of the same kind, line breaks included', () => {
    const pieces = highlightSql('SELECT 1,\n\n  2;');
    expect(pieces).toEqual([
      ['SELECT', 'tok-keyword'],
      [' ', ''],
      ['1', 'tok-number'],
      [',', 'tok-punctuation'],
      ['\n\n  ', ''],
      ['2', 'tok-number'],
      [';', ''],
    ]);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]![1]).not.toBe(pieces[i - 1]![1]);
  });
});
