import { describe, expect, it } from 'vitest';
import { generatedExpressions } from './generated-columns.js';

describe('generatedExpressions', () => {
  it('reads each generated column’s expression as written, nested parentheses and quoted names too', () => {
    const sql = `CREATE TABLE t (a INTEGER PRIMARY KEY, "b c" INT DEFAULT (abs(-1)),
      d INT GENERATED ALWAYS AS (a * (2 + 1)) VIRTUAL, [e f] TEXT AS ( lower('x,)') ) STORED,
      g TEXT CHECK (g <> 'AS ('), CONSTRAINT k CHECK (a > 0))`;
    expect([...generatedExpressions(sql)]).toEqual([
      ['d', 'a * (2 + 1)'],
      ['e f', "lower('x,)')"],
    ]);
  });

  it('finds nothing in a table without generated columns', () => {
    expect(generatedExpressions('CREATE TABLE t (a INTEGER, b TEXT DEFAULT (CAST(1 AS TEXT)))').size).toBe(0);
  });
});
