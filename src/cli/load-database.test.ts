import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { msg } from '../core/messages/message.js';
import { describe, expect, it } from 'vitest';
import { queryObjects } from '../core/engine.js';
import { createNodeEngine } from '../db/node-engine.js';
import { startInProcessEngine } from '../../test/helpers/memory-io.js';
import type { CliIo } from './command.js';
import { isSqliteFile, loadDatabase } from './load-database.js';

const dir = mkdtempSync(join(tmpdir(), 'junction-load-'));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const io: CliIo = {
  stdout: () => {},
  stderr: () => {},
  readFile: async (path) => new Uint8Array(readFileSync(path)),
  writeFile: async () => {},
  listFiles: async (path) => [path],
  startEngine: startInProcessEngine,
};

async function sqliteBytes(script: string): Promise<Uint8Array> {
  const engine = await createNodeEngine();
  await engine.open('x');
  await engine.run('x', script);
  return engine.export('x');
}

describe('loadDatabase', () => {
  it('runs a .sql script in a fresh database with foreign keys on', async () => {
    const path = file('ok.sql', '\uFEFFCREATE TABLE a(id INTEGER PRIMARY KEY);\nINSERT INTO a VALUES (1);\n');
    const out = await loadDatabase(path, io);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.kind).toBe('sql');
    expect(await queryObjects(out.engine, out.db, 'SELECT count(*) AS n FROM a')).toEqual([{ n: 1 }]);
    expect(await queryObjects(out.engine, out.db, 'PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
  });

  it("skips each statement SQLite rejects, with its line and SQLite's text, and runs the rest", async () => {
    const path = file(
      'bad.sql',
      'CREATE TABLE a(id);\n\nCREATE TABL b(x);\n-- the next one is fine\nCREATE TABLE c(id);\nINSERT INTO ghost VALUES (1);\n',
    );
    const out = await loadDatabase(path, io);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.skipped).toEqual([
      {
        line: 3,
        message: {
          code: 'load.statement-skipped',
          params: { statement: 'CREATE TABL b(x);', error: msg('engine.sqlite-error', { text: 'near "TABL": syntax error' }) },
        },
      },
      {
        line: 6,
        message: {
          code: 'load.statement-skipped',
          params: { statement: 'INSERT INTO ghost VALUES (1);', error: msg('engine.sqlite-error', { text: 'no such table: ghost' }) },
        },
      },
    ]);
    const tables = await queryObjects(out.engine, out.db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    expect(tables).toEqual([{ name: 'a' }, { name: 'c' }]);
  });

  it('quotes a long skipped statement shortened to one line', async () => {
    const long = `CREATE VIRTUAL TABLE docs USING fts5(\n  ${Array.from({ length: 12 }, (_, i) => `col${i}`).join(',\n  ')}\n);`;
    const out = await loadDatabase(file('long.sql', `CREATE TABLE a(id);\n${long}\n`), io);
    if (!out.ok) throw new Error('the script should load');
    expect(out.skipped).toHaveLength(1);
    const { statement } = out.skipped[0]!.message.params;
    expect(statement).toBe('CREATE VIRTUAL TABLE docs USING fts5( col0, col1, col2, col…');
    expect(statement.length).toBe(60);
  });

  it('opens SQLite bytes by their header whatever the extension', async () => {
    const path = file('data.bin', await sqliteBytes('CREATE TABLE t(x); INSERT INTO t VALUES (7);'));
    const out = await loadDatabase(path, io);
    expect(out.ok && out.kind).toBe('sqlite');
    if (out.ok) expect(await queryObjects(out.engine, out.db, 'SELECT x FROM t')).toEqual([{ x: 7 }]);
  });

  it('rejects a .sqlite file without the SQLite header with exit status 1', async () => {
    const out = await loadDatabase(file('fake.sqlite', 'hello'), io);
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.exitCode).toBe(1);
      expect(out.message).toContain('not a SQLite database');
    }
  });

  it('rejects a file with the header but damaged pages with exit status 1', async () => {
    const good = await sqliteBytes('CREATE TABLE t(x);');
    const damaged = new Uint8Array(good.length);
    damaged.set(good.subarray(0, 16));
    damaged.fill(0xab, 16);
    const out = await loadDatabase(file('damaged.db', damaged), io);
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.exitCode).toBe(1);
      expect(out.message).toContain('not a readable SQLite database');
    }
  });

  it('gives exit status 2 for a missing file', async () => {
    const out = await loadDatabase(join(dir, 'nope.sql'), io);
    expect(out).toEqual({ ok: false, exitCode: 2, message: `${join(dir, 'nope.sql')}: cannot read file (no such file)` });
  });

  it('recognises the header only when all 16 bytes match', () => {
    const header = new TextEncoder().encode('SQLite format 3\u0000rest');
    expect(isSqliteFile(header)).toBe(true);
    expect(isSqliteFile(header.subarray(0, 15))).toBe(false);
    expect(isSqliteFile(new TextEncoder().encode('SQLite format 4\u0000'))).toBe(false);
  });
});
