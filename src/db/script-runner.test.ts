import initSqlJs from 'sql.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { type Engine, errorText, LEARNER_LIMITS } from '../core/engine.js';
import { EngineError } from './engine-error.js';
import { createNodeEngine } from './node-engine.js';
import { runScript } from './script-runner.js';

let engine: Engine;
beforeEach(async () => {
  engine = await createNodeEngine();
  await engine.open('main');
});

async function run(script: string, maxRows?: number) {
  return engine.run('main', script, maxRows === undefined ? {} : { maxRows });
}

describe('running a script', () => {
  it('gives one result per statement with columns, rows and the statement offsets', async () => {
    const script = 'CREATE TABLE t(x);\n  INSERT INTO t VALUES (1),(2),(3);\nSELECT x, x * 2 AS y FROM t;';
    const out = await run(script);
    expect(out.ok).toBe(true);
    expect(out.results).toHaveLength(3);
    const [create, insert, select] = out.results;
    expect(script.slice(create!.start, create!.end)).toBe('CREATE TABLE t(x);');
    expect(insert!.sql).toBe('INSERT INTO t VALUES (1),(2),(3);');
    expect(script.slice(insert!.start, insert!.end)).toBe(insert!.sql);
    expect(select!.columns).toEqual(['x', 'y']);
    expect(select!.rows).toEqual([
      [1, 2],
      [2, 4],
      [3, 6],
    ]);
    expect(select!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('counts rows changed by DML only, not by the statements after it', async () => {
    const out = await run(
      'CREATE TABLE t(x); INSERT INTO t VALUES (1),(2),(3); SELECT * FROM t; UPDATE t SET x = x + 1 WHERE x > 1; DELETE FROM t;',
    );
    expect(out.results.map((r) => r.rowsModified)).toEqual([0, 3, 0, 2, 3]);
  });

  it('splits with SQLite itself: semicolons inside strings, comments and triggers do not split', async () => {
    const out = await run(`
      CREATE TABLE log(msg TEXT); -- a comment; with a semicolon
      CREATE TABLE t(x);
      CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('a;b'); END;
      /* block; comment */ INSERT INTO t VALUES (1);
      SELECT msg FROM log;`);
    expect(out.ok).toBe(true);
    expect(out.results).toHaveLength(5);
    expect(out.results[4]!.rows).toEqual([['a;b']]);
  });

  it('ignores empty statements and trailing comments', async () => {
    const out = await run('SELECT 1;;  ;\n-- done\n');
    expect(out.ok).toBe(true);
    expect(out.results).toHaveLength(1);
  });
});

describe('a long script', () => {
  /** A pasted dump: one INSERT per line, with quoted text and non-ASCII characters. */
  const dump = (n: number) =>
    [
      'CREATE TABLE s(id INTEGER PRIMARY KEY, name TEXT);',
      ...Array.from({ length: n }, (_, i) => `INSERT INTO s VALUES (${i + 1}, 'élève ''${i + 1}'' — №${i % 7}'); -- ${i}`),
    ].join('\n');

  it('runs a 20,000-statement dump with every statement at its own offsets', async () => {
    const script = dump(20_000);
    const out = await run(script);
    expect(out.ok).toBe(true);
    expect(out.results).toHaveLength(20_001);
    for (const r of out.results) expect(script.slice(r.start, r.end)).toBe(r.sql);
    expect(out.results[12_345]!.sql).toBe("INSERT INTO s VALUES (12345, 'élève ''12345'' — №3');");
    expect((await run('SELECT count(*), max(name) FROM s')).results[0]!.rows).toEqual([[20_000, "élève '9999' — №2"]]);
  });

  it('reads back from SQLite about as many characters as the script has, not a copy of the rest per statement', async () => {
    // Counts every character that crosses from SQLite's wasm back to the runner while it splits.
    const sqlite = await initSqlJs();
    const db = new sqlite.Database();
    let read = 0;
    const iterate = db.iterateStatements.bind(db);
    db.iterateStatements = (sql: string) => {
      const iterator = iterate(sql);
      const remaining = iterator.getRemainingSQL.bind(iterator);
      iterator.getRemainingSQL = () => {
        const rest = remaining();
        read += rest.length;
        return rest;
      };
      const next = iterator.next.bind(iterator);
      iterator.next = () => {
        const step = next();
        if (!step.done) {
          const getSQL = step.value.getSQL.bind(step.value);
          step.value.getSQL = () => {
            const text = getSQL();
            read += text.length;
            return text;
          };
        }
        return step;
      };
      return iterator;
    };
    for (const n of [1000, 4000]) {
      read = 0;
      const script = dump(n);
      const out = runScript(db, `DROP TABLE IF EXISTS s; ${script}`, { limits: LEARNER_LIMITS });
      expect(out.ok).toBe(true);
      expect(read).toBeLessThanOrEqual(script.length + 100);
    }
    db.close();
  });
});

describe('a failing statement', () => {
  it('stops the script; results before it stand and the error names the statement and its line', async () => {
    const script = 'CREATE TABLE t(x);\nINSERT INTO t VALUES (1);\nSELEC * FROM t;\nINSERT INTO t VALUES (2);';
    const out = await run(script);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.results).toHaveLength(2);
    expect(out.error).toMatchObject({ kind: 'sql', line: 3, sql: 'SELEC * FROM t;' });
    expect(errorText(out.error)).toMatch(/syntax error/);
    expect(script.slice(out.error.start, out.error.end)).toBe('SELEC * FROM t;');
    const count = await run('SELECT count(*) FROM t');
    expect(count.results[0]!.rows).toEqual([[1]]);
  });

  it('attributes a runtime error (constraint) to its statement', async () => {
    const script = 'CREATE TABLE t(x PRIMARY KEY);\nINSERT INTO t VALUES (1);\n\n  INSERT INTO t VALUES (1);';
    const out = await run(script);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.line).toBe(4);
    expect(out.error.sql).toBe('INSERT INTO t VALUES (1);');
    expect(errorText(out.error)).toBe('UNIQUE constraint failed: t.x');
  });

  it('estimates the extent of an unparsable statement up to its semicolon, skipping quoted ones', async () => {
    const script = "SELECT 1;\n-- note\nSELECT 'a;b' FROM;\nSELECT 2;";
    const out = await run(script);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.sql).toBe("SELECT 'a;b' FROM;");
    expect(out.error.line).toBe(3);
  });
});

describe('row cap', () => {
  it('keeps the first maxRows rows and counts the rest', async () => {
    const out = await run('WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2500) SELECT x FROM c');
    const r = out.results[0]!;
    expect(r.rows).toHaveLength(1000);
    expect(r.rowCount).toBe(2500);
    expect(r.truncated).toBe(true);
    const small = await run('SELECT 1 UNION ALL SELECT 2', 1);
    expect(small.results[0]!.rows).toEqual([[1]]);
  });
});

describe('databases', () => {
  it('turns foreign keys on at open, and export leaves the setting as the learner made it', async () => {
    const fk = async () => (await run('PRAGMA foreign_keys')).results[0]!.rows[0]![0];
    expect(await fk()).toBe(1);
    await engine.export('main');
    expect(await fk()).toBe(1);
    await run('PRAGMA foreign_keys = OFF');
    await engine.export('main');
    expect(await fk()).toBe(0);
  });

  it('keeps several named databases apart and reopens one from its bytes', async () => {
    await run('CREATE TABLE a(x); INSERT INTO a VALUES (42);');
    await engine.open('scratch');
    const other = await engine.run('scratch', 'SELECT count(*) FROM sqlite_schema');
    expect(other.results[0]!.rows).toEqual([[0]]);
    const bytes = await engine.export('main');
    await engine.open('copy', bytes);
    const copy = await engine.run('copy', 'SELECT x FROM a; PRAGMA foreign_keys;');
    expect(copy.results.map((r) => r.rows)).toEqual([[[42]], [[1]]]);
    await engine.close('copy');
    await expect(engine.run('copy', 'SELECT 1')).rejects.toThrow(/No open database named "copy"/);
    await expect(engine.run('copy', 'SELECT 1')).rejects.toMatchObject({ kind: 'no-database', failure: { db: 'copy' } });
  });

  it('rejects a foreign key violation because the pragma is on', async () => {
    const out = await run(
      'CREATE TABLE s(id INTEGER PRIMARY KEY); CREATE TABLE e(s_id INTEGER REFERENCES s(id)); INSERT INTO e VALUES (9);',
    );
    expect(out.ok).toBe(false);
    if (!out.ok) expect(errorText(out.error)).toBe('FOREIGN KEY constraint failed');
  });
});

describe('a damaged database file', () => {
  it('gives an error value, not an exception', async () => {
    const bytes = new TextEncoder().encode('SQLite format 3\u0000 but then garbage '.repeat(200));
    await engine.open('broken', bytes);
    const out = await engine.run('broken', 'SELECT count(*) FROM sqlite_schema');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(errorText(out.error)).toMatch(/not a database|malformed/);
  });
});

describe("a tool's read", () => {
  it('runs introspection, plans and the probe like any script', async () => {
    await run('CREATE TABLE t(x); INSERT INTO t VALUES (1);');
    const out = await engine.run(
      'main',
      "PRAGMA schema_version; PRAGMA foreign_keys; SELECT total_changes(); SELECT name FROM pragma_table_info('t'); EXPLAIN QUERY PLAN DELETE FROM t;",
      { read: true },
    );
    expect(out.ok).toBe(true);
    expect(out.results).toHaveLength(5);
    expect(out.results[3]!.rows).toEqual([['x']]);
  });

  it('is refused before a statement that would change the database runs; the statements before it ran', async () => {
    await run('CREATE TABLE t(x); INSERT INTO t VALUES (1);');
    const refused = engine.run('main', 'SELECT count(*) FROM t; INSERT INTO t VALUES (2); SELECT 3;', { read: true });
    await expect(refused).rejects.toBeInstanceOf(EngineError);
    await expect(refused).rejects.toMatchObject({ failure: { kind: 'read-would-write', db: 'main', sql: 'INSERT INTO t VALUES (2);' } });
    expect((await run('SELECT count(*) FROM t')).results[0]!.rows).toEqual([[1]]);
  });

  it("cannot end the learner's open transaction", async () => {
    await run('CREATE TABLE t(x); BEGIN; INSERT INTO t VALUES (1);');
    await expect(engine.run('main', 'COMMIT', { read: true })).rejects.toMatchObject({ kind: 'read-would-write' });
    await run('ROLLBACK');
    expect((await run('SELECT count(*) FROM t')).results[0]!.rows).toEqual([[0]]);
  });
});
