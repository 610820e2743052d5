import { describe, expect, it } from 'vitest';
import type { Language } from '../messages/language.js';
import { renderMessage } from '../messages/render.js';
import { describeStatement } from './describe-statement.js';

const say = (sql: string, rowsModified = 0, columns: string[] = [], lang: Language = 'en') =>
  renderMessage(describeStatement({ sql, rowsModified, columns }), lang);

describe('describeStatement', () => {
  it.each([
    ['CREATE TABLE enrollments (student_id INTEGER)', 'table enrollments created'],
    ['-- make it\nCREATE TABLE IF NOT EXISTS "course list" (x)', 'table course list created'],
    ['create unique index ix_e on enrollments(course_id)', 'index ix_e created'],
    ['CREATE VIEW main.v AS SELECT 1', 'view v created'],
    ['DROP TABLE enrollments', 'table enrollments dropped'],
    ['DROP TABLE IF EXISTS [old]', 'table old dropped (if it existed)'],
    ['ALTER TABLE students ADD COLUMN email TEXT', 'table students altered'],
    ['BEGIN', 'transaction started'],
    ['COMMIT', 'transaction committed'],
    ['PRAGMA foreign_keys = ON', 'pragma set'],
  ])('%s → %s', (sql, expected) => {
    expect(say(sql)).toBe(expected);
  });

  it('counts rows for DML, singular and plural, with thousands separators', () => {
    expect(say('INSERT INTO t VALUES (1),(2),(3)', 3)).toBe('3 rows inserted');
    expect(say('insert into t values (1)', 1)).toBe('1 row inserted');
    expect(say('UPDATE t SET x = 1', 1200)).toBe('1,200 rows updated');
    expect(say('DELETE FROM t WHERE 0', 0)).toBe('0 rows deleted');
    expect(say('WITH x(a) AS (SELECT 1) INSERT INTO t SELECT a FROM x', 1)).toBe('1 row inserted');
  });

  it('says a query found no rows when it has columns but no rows', () => {
    expect(say('SELECT * FROM t WHERE 0', 0, ['x'])).toBe('no rows');
  });
});

describe('describeStatement in Russian', () => {
  it.each([
    ['CREATE TABLE enrollments (x)', 0, 'таблица enrollments создана'],
    ['CREATE INDEX ix ON t (x)', 0, 'индекс ix создан'],
    ['DROP VIEW v', 0, 'представление v удалено'],
    ['INSERT INTO t VALUES (1)', 1, 'вставлена 1 строка'],
    ['INSERT INTO t VALUES (1), (2)', 2, 'вставлено 2 строки'],
    ['UPDATE t SET x = 1', 21, 'изменена 21 строка'],
    ['DELETE FROM t', 1500, 'удалено 1\u202f500 строк'],
    ['VACUUM', 0, 'VACUUM выполнен'],
    ['BEGIN', 0, 'транзакция начата'],
  ])('%s → %s', (sql, rowsModified, expected) => {
    expect(say(sql, rowsModified, [], 'ru')).toBe(expected);
  });
});
