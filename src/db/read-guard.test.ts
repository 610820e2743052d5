import initSqlJs, { type Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { wouldChange } from './read-guard.js';

let db: Database;
beforeAll(async () => {
  db = new (await initSqlJs()).Database();
  db.run('CREATE TABLE t(x); CREATE INDEX t_x ON t(x);');
});

describe('telling a read from a change before it runs', () => {
  it.each([
    'SELECT * FROM t',
    'WITH c AS (SELECT x FROM t) SELECT count(*) FROM c',
    'PRAGMA table_info(t)',
    'PRAGMA foreign_keys',
    'PRAGMA schema_version',
    'PRAGMA integrity_check',
    'SELECT total_changes()',
    "SELECT * FROM pragma_index_list('t')",
    'EXPLAIN QUERY PLAN INSERT INTO t VALUES (1)',
    'EXPLAIN DELETE FROM t',
  ])('lets %s run', (sql) => {
    expect(wouldChange(db, sql)).toBe(false);
  });

  it.each([
    'INSERT INTO t VALUES (1)',
    'UPDATE t SET x = 2',
    'DELETE FROM t',
    'CREATE TABLE u(y)',
    'CREATE TEMP TABLE tmp(z)',
    'DROP INDEX t_x',
    'PRAGMA user_version = 3',
    'PRAGMA foreign_keys = OFF',
    'PRAGMA journal_mode = off',
    'BEGIN',
    'COMMIT',
    'SAVEPOINT s',
    'VACUUM',
    'ANALYZE',
  ])('refuses %s', (sql) => {
    expect(wouldChange(db, sql)).toBe(true);
  });

  it('changes nothing itself while looking', () => {
    wouldChange(db, 'INSERT INTO t VALUES (1)');
    expect(db.exec('SELECT count(*) FROM t')[0]!.values).toEqual([[0]]);
  });
});
