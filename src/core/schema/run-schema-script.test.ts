import { describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../db/node-engine.js';
import type { Engine } from '../engine.js';
import { renderMessage } from '../messages/render.js';
import { runSchemaScript } from './run-schema-script.js';

/** The in-process engine, except that any script naming `endless` is stopped at a 400 ms limit, as the watchdog does. */
async function engineWithRunaway(): Promise<Engine> {
  const engine = await createNodeEngine();
  return {
    ...engine,
    open: engine.open.bind(engine),
    close: engine.close.bind(engine),
    export: engine.export.bind(engine),
    run: async (db, script, options) =>
      script.includes('endless')
        ? { ok: false, results: [], error: { kind: 'timeout', limitMs: 400, sql: script, start: 0, end: script.length, line: 1 } }
        : engine.run(db, script, options),
  };
}

const tables = async (engine: Engine) => {
  const outcome = await engine.run('main', "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
  return outcome.ok ? outcome.results[0]!.rows.flat() : [];
};

describe('runSchemaScript', () => {
  it('skips only the statement stopped at the time limit, at its line, and runs the rest', async () => {
    const engine = await engineWithRunaway();
    await engine.open('main');
    const skipped = await runSchemaScript(
      engine,
      'main',
      'CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE endless AS SELECT 1;\nCREATE TABLE b (id INTEGER);\nCREATE TABLEX c;\n',
    );
    expect(skipped.map((s) => s.line)).toEqual([2, 4]);
    expect(renderMessage(skipped[0]!.message, 'en')).toContain('(stopped after 0.4 s, the time limit)');
    expect(await tables(engine)).toEqual(['a', 'b']);
  });

  it('keeps a script with a trigger whole after a stop: it cannot be cut at its semicolons', async () => {
    const engine = await engineWithRunaway();
    await engine.open('main');
    const script = `CREATE TABLE a (id INTEGER PRIMARY KEY);
CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; SELECT 2; END;
CREATE TABLE endless AS SELECT 1;`;
    const skipped = await runSchemaScript(engine, 'main', script);
    expect(skipped.map((s) => s.line)).toEqual([1]);
    expect(await tables(engine)).toEqual([]);
  });
});
