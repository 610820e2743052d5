import { describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../db/node-engine.js';
import { inferRelationships } from '../relations/infer.js';
import { introspectSchema } from '../schema/introspect.js';
import { mapTables } from './table-mapping.js';

async function mappingsOf(ddl: string) {
  const engine = await createNodeEngine();
  await engine.open('t');
  const outcome = await engine.run('t', ddl);
  if (!outcome.ok) throw new Error(`Test DDL failed at line ${outcome.error.line}.`);
  const schema = await introspectSchema(engine, 't');
  return mapTables(schema, inferRelationships(schema)).map((m) => [m.table, m.form, m.reason.code, m.mapperKey]);
}

describe('mapTables', () => {
  it('gives each table a form and the reason the diagram would give', async () => {
    expect(
      await mappingsOf(`
        CREATE TABLE a (id INTEGER PRIMARY KEY);
        CREATE TABLE b (id INTEGER PRIMARY KEY);
        CREATE TABLE c (id INTEGER PRIMARY KEY);
        CREATE TABLE pure (a_id INTEGER NOT NULL REFERENCES a(id), b_id INTEGER NOT NULL REFERENCES b(id), PRIMARY KEY (a_id, b_id));
        CREATE TABLE surrogate (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a(id), b_id INTEGER REFERENCES b(id));
        CREATE TABLE assoc (a_id INTEGER NOT NULL REFERENCES a(id), b_id INTEGER NOT NULL REFERENCES b(id), note TEXT, UNIQUE (a_id, b_id));
        CREATE TABLE nary (a_id INTEGER REFERENCES a(id), b_id INTEGER REFERENCES b(id), c_id INTEGER REFERENCES c(id), PRIMARY KEY (a_id, b_id, c_id));
        CREATE TABLE log (line TEXT);
        CREATE TABLE codes (code TEXT NOT NULL UNIQUE, label TEXT);
        CREATE VIRTUAL TABLE docs USING fts3(body);
      `),
    ).toEqual([
      ['a', 'class', 'orm.reason-entity', null],
      ['b', 'class', 'orm.reason-entity', null],
      ['c', 'class', 'orm.reason-entity', null],
      ['pure', 'table', 'orm.reason-junction', null],
      ['surrogate', 'table', 'orm.reason-junction', null],
      ['assoc', 'class', 'orm.reason-association-object', ['a_id', 'b_id']],
      ['nary', 'class', 'orm.reason-n-ary', null],
      ['log', 'table', 'orm.reason-no-key', null],
      ['codes', 'class', 'orm.reason-mapper-key', ['code']],
      ['docs', 'left-out', 'orm.reason-virtual-table', null],
    ]);
  });

  it('does not count a column with two identical foreign keys as a junction', async () => {
    expect(
      await mappingsOf(`CREATE TABLE s (id INTEGER PRIMARY KEY);
        CREATE TABLE t (id INTEGER PRIMARY KEY, s_id INTEGER REFERENCES s(id), FOREIGN KEY (s_id) REFERENCES s(id));`),
    ).toEqual([
      ['s', 'class', 'orm.reason-entity', null],
      ['t', 'class', 'orm.reason-entity', null],
    ]);
  });

  it('keeps a unique set with a nullable column from serving as the mapper key', async () => {
    expect(await mappingsOf('CREATE TABLE codes (code TEXT UNIQUE, label TEXT);')).toEqual([['codes', 'table', 'orm.reason-no-key', null]]);
  });
});
