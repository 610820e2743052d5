import { describe, expect, it } from 'vitest';
import { HUGE } from '../../test/fixtures/runaway/huge-results.js';
import { type Engine, LEARNER_LIMITS, type ScriptOutcome, type SqlValue } from '../core/engine.js';
import { createNodeEngine } from './node-engine.js';
import { COUNT_FACTOR } from './result-budget.js';

let engine: Engine;
const fresh = async () => {
  engine ??= await createNodeEngine();
  await engine.open('main');
};

/** What an outcome would post to the page: cells, and characters of text plus bytes of blobs (statement texts aside). */
function posted(outcome: ScriptOutcome): { cells: number; chars: number; longest: number } {
  let cells = 0;
  let chars = 0;
  let longest = 0;
  const size = (v: SqlValue) => (typeof v === 'string' || v instanceof Uint8Array ? v.length : 0);
  for (const r of outcome.results) {
    for (const name of r.columns) longest = Math.max(longest, name.length);
    for (const row of r.rows) {
      cells += row.length;
      for (const v of row) {
        chars += size(v);
        longest = Math.max(longest, size(v));
      }
    }
  }
  return { cells, chars, longest };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('a huge result', () => {
  it.each(HUGE)(
    '($name) is cut in the engine to the learner caps, and says what was cut',
    async (c) => {
      await fresh();
      const out = await engine.run('main', c.script);
      expect(out.ok).toBe(true);
      const last = out.results.at(-1)!;
      expect(last.rows).toHaveLength(c.kept);
      expect(last.rowCount).toBe(c.rowCount);
      expect(last.cut).toEqual(c.cut);
      expect(last.truncated).toBe(c.rowCount > c.kept);
      const size = posted(out);
      expect(size.cells).toBeLessThanOrEqual(LEARNER_LIMITS.maxCells);
      expect(size.chars).toBeLessThanOrEqual(LEARNER_LIMITS.maxChars);
      expect(size.longest).toBeLessThanOrEqual(LEARNER_LIMITS.maxCellChars);
      for (const r of out.results)
        for (const row of r.rows) for (const v of row) if (typeof v === 'string') expect(v).not.toMatch(LONE_SURROGATE);
    },
    60_000,
  );

  it('keeps the first rows whole and in order, cutting only values past the per-value cap', async () => {
    await fresh();
    const out = await engine.run('main', "SELECT 1 AS n, 'short' AS s UNION ALL SELECT 2, printf('%.*c', 20000, 'y') ORDER BY n");
    const [first, second] = out.results[0]!.rows;
    expect(first).toEqual([1, 'short']);
    expect(second).toEqual([2, 'y'.repeat(10_000)]);
  });

  it('follows the caps a caller passes, such as the checker’s larger ones', async () => {
    await fresh();
    const script =
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5000) SELECT x, printf('%.*c', 50, 'k') FROM c";
    const wide = await engine.run('main', script, { maxRows: 10_000, maxCells: 1_000_000, maxCellChars: 100_000, maxChars: 20_000_000 });
    expect(wide.results[0]!.rows).toHaveLength(5000);
    expect(wide.results[0]!.cut).toBeUndefined();
    const narrow = await engine.run('main', script, { maxRows: 10, maxCellChars: 5 });
    expect(narrow.results[0]!.rows).toEqual(Array.from({ length: 10 }, (_, i) => [i + 1, 'kkkkk']));
    // Ten values lose 45 characters each, and the second column's name (its expression) loses 18.
    expect(narrow.results[0]!.columns).toEqual(['x', 'print']);
    // With maxRows 10 the count stops at COUNT_FACTOR × 10 = 1,000 rows: a lower bound, said as such.
    expect(narrow.results[0]!.rowCount).toBe(10 * COUNT_FACTOR);
    expect(narrow.results[0]!.cut).toEqual({
      rows: { count: 10 * COUNT_FACTOR - 10, by: 'maxRows', limit: 10 },
      values: { count: 11, lost: 468, limit: 5 },
      uncounted: true,
    });
  });

  it('is not cut for a tool’s read unless it asks: introspection reads whole CREATE statements', async () => {
    await fresh();
    const columns = Array.from({ length: 800 }, (_, i) => `column_with_a_long_name_${i} TEXT`).join(', ');
    await engine.run('main', `CREATE TABLE wide (${columns});`);
    const read = await engine.run('main', "SELECT sql FROM sqlite_schema WHERE name = 'wide'", { read: true });
    const sql = read.results[0]!.rows[0]![0] as string;
    expect(sql.length).toBeGreaterThan(LEARNER_LIMITS.maxCellChars);
    expect(sql.endsWith('column_with_a_long_name_799 TEXT)')).toBe(true);
    expect(read.results[0]!.cut).toBeUndefined();
  });
});
