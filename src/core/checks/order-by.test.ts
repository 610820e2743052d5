import { describe, expect, it } from 'vitest';
import { endsWithTopLevelOrderBy } from './order-by.js';

describe('endsWithTopLevelOrderBy', () => {
  it.each([
    ['SELECT name FROM students ORDER BY name', true],
    ['select name from students order\n  by name desc limit 3 offset 1;', true],
    ['SELECT name FROM students ORDER BY name COLLATE NOCASE ASC NULLS LAST;', true],
    ['SELECT a FROM t UNION SELECT b FROM u ORDER BY 1', true],
    ['WITH x AS (SELECT a FROM t ORDER BY a) SELECT a FROM x', false],
    ['WITH x AS (SELECT a FROM t) SELECT a FROM x ORDER BY a', true],
    ['SELECT * FROM (SELECT a FROM t ORDER BY a)', false],
    ['SELECT a, row_number() OVER (ORDER BY a) FROM t', false],
    ['SELECT group_concat(name ORDER BY name) FROM students', false],
    ["SELECT 'ORDER BY name' FROM t", false],
    ['SELECT "order by" FROM t', false],
    ['SELECT a FROM t -- ORDER BY a', false],
    ['SELECT a FROM t /* ORDER BY a */', false],
    ["SELECT 'it''s' AS x FROM t ORDER BY x", true],
    ['SELECT a FROM t ORDER BY (SELECT count(*) FROM u WHERE u.a = t.a)', true],
    ['CREATE VIEW v AS SELECT a FROM t ORDER BY a', false],
    ['INSERT INTO t SELECT a FROM u ORDER BY a', false],
    ['', false],
  ])('%j → %s', (sql, expected) => {
    expect(endsWithTopLevelOrderBy(sql)).toBe(expected);
  });
});
