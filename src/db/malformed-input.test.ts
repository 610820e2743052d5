import { describe, expect, it } from 'vitest';
import { READABLE, UNREADABLE } from '../../test/fixtures/runaway/malformed.js';
import { type Engine, errorText } from '../core/engine.js';
import { createNodeEngine } from './node-engine.js';

let engine: Engine;
const fresh = async () => {
  engine ??= await createNodeEngine();
  await engine.open('main');
};

describe('a character SQLite cannot read', () => {
  it.each(UNREADABLE)('($name) refuses the script before it runs, naming the statement, line and column', async (c) => {
    await fresh();
    const out = await engine.run('main', c.script);
    expect(out).toEqual({
      ok: false,
      results: [],
      error: expect.objectContaining({
        kind: 'input',
        reason: c.reason,
        at: expect.objectContaining({ line: c.line, column: c.column }),
        sql: c.sql,
      }),
    });
    if (out.ok || out.error.kind !== 'input') return;
    expect(c.script.slice(out.error.start, out.error.end)).toBe(c.sql);
    expect(c.script.slice(0, out.error.at.offset).split('\n')).toHaveLength(c.line);
    // Nothing ran, not even the statements before the character.
    await engine.run('main', 'CREATE TABLE t(x);');
    const after = await engine.run('main', `INSERT INTO t VALUES (1);\n${c.script}`);
    expect(after).toMatchObject({ ok: false, error: { kind: 'input', at: { line: c.line + 1 } } });
    expect((await engine.run('main', 'SELECT count(*) FROM t')).results[0]!.rows).toEqual([[0]]);
  });

  it('is reported in the English sentence for logs too', async () => {
    await fresh();
    const out = await engine.run('main', 'SELECT 1;\0SELECT 2;');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(errorText(out.error)).toBe('the script was not run: an unreadable character (nul) at line 1, column 10');
  });
});

describe('odd input SQLite reads', () => {
  it.each(READABLE)('($name) runs, or fails on the right statement and line', async (c) => {
    await fresh();
    const out = await engine.run('main', c.script);
    for (const r of out.results) expect(c.script.slice(r.start, r.end)).toBe(r.sql);
    if ('rows' in c.outcome) {
      expect(out.ok, out.ok ? '' : errorText(out.error)).toBe(true);
      expect(out.results.at(-1)!.rows).toEqual(c.outcome.rows);
    } else {
      expect(out.ok).toBe(false);
      if (out.ok) return;
      expect(out.error).toMatchObject({ kind: 'sql', sql: c.outcome.sql, line: c.outcome.line });
      expect(c.script.slice(out.error.start, out.error.end)).toBe(c.outcome.sql);
    }
  });
});
