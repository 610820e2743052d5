import { describe, expect, it } from 'vitest';
import { engineOnDemand } from './engine-on-demand.js';
import { createNodeEngine } from './node-engine.js';

describe('an engine on demand', () => {
  it('loads nothing until asked, then once, and answers as the real one', async () => {
    let loads = 0;
    const engine = engineOnDemand(() => {
      loads++;
      return createNodeEngine();
    });
    await engine.whenSettled?.();
    await engine.close('never-opened');
    expect(loads).toBe(0);
    await engine.open('a');
    const [first, second] = await Promise.all([engine.run('a', 'SELECT 1 + 1'), engine.run('a', 'SELECT 2 + 2')]);
    expect(first.ok && first.results[0]!.rows).toEqual([[2]]);
    expect(second.ok && second.results[0]!.rows).toEqual([[4]]);
    expect((await engine.export('a')).byteLength).toBeGreaterThan(0);
    expect(loads).toBe(1);
  });

  it('passes a failure to load on to every caller', async () => {
    const engine = engineOnDemand(() => Promise.reject(new Error('no wasm')));
    await expect(engine.run('a', 'SELECT 1')).rejects.toThrow('no wasm');
    await expect(engine.open('a')).rejects.toThrow('no wasm');
  });
});
