import { describe, expect, it } from 'vitest';
import { createNodeEngine } from './node-engine.js';

describe('node engine smoke', () => {
  it('runs a script and reports each statement', async () => {
    const e = await createNodeEngine();
    await e.open('main');
    const out = await e.run('main', 'CREATE TABLE t(x);\nINSERT INTO t VALUES (1),(2),(3);\nSELECT x FROM t;');
    expect(out.ok).toBe(true);
    expect(out.results.map((r) => r.rowsModified)).toEqual([0, 3, 0]);
    expect(out.results[2]!.rows).toEqual([[1], [2], [3]]);
    const bad = await e.run('main', 'SELECT 1;\nSELEC 2;\nSELECT 3;');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatchObject({ line: 2, sql: 'SELEC 2;' });
  });
});
