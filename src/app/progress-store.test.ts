import { describe, expect, it } from 'vitest';
import { normalizeProgress } from './progress-store.js';

describe('a saved progress record', () => {
  it('keeps well-formed fields', () => {
    const db = new Uint8Array([1, 2, 3]);
    const saved = {
      solved: ['a'],
      editors: { playground: 'SELECT 1' },
      failedChecks: { a: 2 },
      db,
      positions: { students: { x: 1, y: 2 } },
    };
    expect(normalizeProgress(saved)).toEqual(saved);
  });

  it('drops what does not fit instead of breaking the lesson', () => {
    expect(
      normalizeProgress({
        solved: [1, 'b', null],
        editors: null,
        failedChecks: { a: 'x', b: 1 },
        db: 'not bytes',
        positions: { t: { x: 'left' }, u: { x: 3, y: 4 } },
      }),
    ).toEqual({ solved: ['b'], editors: {}, failedChecks: { b: 1 }, positions: { u: { x: 3, y: 4 } } });
    for (const junk of [undefined, null, 42, 'text', []]) {
      expect(normalizeProgress(junk)).toEqual({ solved: [], editors: {}, failedChecks: {} });
    }
  });
});
