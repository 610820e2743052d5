import { describe, expect, it } from 'vitest';
import { PendingRuns } from './pending-runs.js';

describe('PendingRuns', () => {
  it('keeps the runs that changed the database, in order, and drops those that did not', () => {
    const runs = new PendingRuns();
    runs.started('INSERT 1');
    runs.started('SELECT 1');
    expect(runs.scripts()).toEqual(['INSERT 1', 'SELECT 1']);
    runs.finished(true);
    runs.finished(false);
    expect(runs.scripts()).toEqual(['INSERT 1']);
  });

  it('knows which runs an export holds, and forgets them once IndexedDB holds that export', () => {
    const runs = new PendingRuns();
    runs.started('INSERT 1');
    runs.finished(true);
    const mark = runs.exportMark();
    runs.started('INSERT 2');
    runs.exported(mark);
    // The export's bytes lack the second run; IndexedDB still lacks both.
    expect(runs.scripts(true)).toEqual(['INSERT 2']);
    expect(runs.scripts()).toEqual(['INSERT 1', 'INSERT 2']);
    const written = runs.storeMark();
    runs.started('INSERT 3');
    runs.stored(written);
    expect(runs.scripts()).toEqual(['INSERT 2', 'INSERT 3']);
    expect(runs.empty).toBe(false);
  });

  it('lets an imported database replace the runs before it', () => {
    const runs = new PendingRuns();
    runs.started('INSERT 1');
    runs.clear();
    runs.finished(true);
    expect(runs.empty).toBe(true);
    expect(runs.scripts()).toEqual([]);
  });
});
