import { describe, expect, it } from 'vitest';
import type { SqlValue } from '../engine.js';
import { compareResults, sameValue } from './compare.js';

const table = (columns: string[], rows: SqlValue[][]) => ({ columns, rows });
const any = { order: 'any', columns: 'ignore' } as const;
const exact = { order: 'exact', columns: 'ignore' } as const;

describe('sameValue', () => {
  it.each<[SqlValue, SqlValue, boolean]>([
    [1, 1.0, true],
    [0, -0, true],
    [1, 1.5, false],
    [null, null, true],
    [null, 0, false],
    [null, '', false],
    ['1', 1, false],
    ['Ada', 'ada', false],
    ['Ada', 'Ada', true],
    [new Uint8Array([1, 2]), new Uint8Array([1, 2]), true],
    [new Uint8Array([1, 2]), new Uint8Array([2, 1]), false],
    [new Uint8Array([0x41]), 'A', false],
  ])('%j and %j are equal: %s', (a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
  });
});

describe('compareResults', () => {
  it('accepts the same rows in another order when order is any', () => {
    const result = compareResults(table(['a'], [[1], [2]]), table(['a'], [[2], [1]]), any);
    expect(result.difference).toBe('equal');
  });

  it('rejects the same rows in another order when order is exact, without missing or extra rows', () => {
    expect(compareResults(table(['a'], [[1], [2]]), table(['a'], [[2], [1]]), exact)).toEqual({
      difference: 'order',
      missing: [],
      extra: [],
    });
  });

  it('treats 1 and 1.0 and NULL and NULL as equal values', () => {
    const result = compareResults(table(['a', 'b'], [[1, null]]), table(['a', 'b'], [[1.0, null]]), exact);
    expect(result.difference).toBe('equal');
  });

  it('reports a column-count mismatch before looking at rows', () => {
    expect(compareResults(table(['a'], [[1]]), table(['a', 'b'], [[1, 2]]), any).difference).toBe('column-count');
  });

  it('ignores column names unless columns=names, and then ignores only their case', () => {
    expect(compareResults(table(['name'], [['Ada']]), table(['n'], [['Ada']]), any).difference).toBe('equal');
    const names = { order: 'any', columns: 'names' } as const;
    expect(compareResults(table(['name'], [['Ada']]), table(['n'], [['Ada']]), names).difference).toBe('column-names');
    expect(compareResults(table(['name'], [['Ada']]), table(['NAME'], [['Ada']]), names).difference).toBe('equal');
  });

  it('lists missing and extra rows as a multiset difference', () => {
    const expected = table(
      ['s', 'c'],
      [
        ['Ada', 'SQL'],
        ['Ada', 'SQL'],
        ['Bob', null],
      ],
    );
    const actual = table(
      ['s', 'c'],
      [
        ['Ada', 'SQL'],
        ['Cy', 'Go'],
      ],
    );
    expect(compareResults(expected, actual, any)).toEqual({
      difference: 'rows',
      missing: [
        ['Ada', 'SQL'],
        ['Bob', null],
      ],
      extra: [['Cy', 'Go']],
    });
  });
});
