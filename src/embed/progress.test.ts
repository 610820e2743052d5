import { describe, expect, it } from 'vitest';
import { mergeProgress } from './progress.js';

describe('merging an embed view into its lesson progress', () => {
  it('adds solved exercises, writes its own editors and keeps the others', () => {
    const saved = { solved: ['a'], editors: { 'exercise:a': 'SELECT 1;', 'b/sql-0': 'x' }, failedChecks: { a: 2 } };
    const merged = mergeProgress(saved, { solved: ['b'], editors: { 'exercise:b': 'SELECT 2;' }, failedChecks: { b: 1 } });
    expect(merged).toEqual({
      solved: ['a', 'b'],
      editors: { 'exercise:a': 'SELECT 1;', 'b/sql-0': 'x', 'exercise:b': 'SELECT 2;' },
      failedChecks: { a: 2, b: 1 },
    });
  });

  it('keeps the saved database unless the view gives one', () => {
    const db = new Uint8Array([1, 2, 3]);
    expect(mergeProgress({ solved: [], editors: {}, failedChecks: {}, db }, { solved: [], editors: {}, failedChecks: {} }).db).toBe(db);
    const newer = new Uint8Array([4]);
    expect(
      mergeProgress({ solved: [], editors: {}, failedChecks: {}, db }, { solved: [], editors: {}, failedChecks: {}, db: newer }).db,
    ).toBe(newer);
  });
});
