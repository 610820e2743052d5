import { errorText } from '../engine.js';
import { describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../db/node-engine.js';
import type { Engine } from '../engine.js';
import { inferRelationships } from '../relations/infer.js';
import type { ManyToManyRelationship } from '../relations/types.js';
import { introspectSchema } from '../schema/introspect.js';
import type { Schema } from '../schema/types.js';
import { quoteIdentifier } from '../sql/identifiers.js';
import { hasTextAffinity, type Instance, loadInstance, type TooManyRows } from './load-instance.js';

const engine = createNodeEngine();
let counter = 0;

/** A fresh database holding `script`, its schema and its first many-to-many relationship. */
async function lab(script: string): Promise<{ engine: Engine; db: string; schema: Schema; relation: ManyToManyRelationship }> {
  const e = await engine;
  const db = `instance-${++counter}`;
  await e.open(db);
  const outcome = await e.run(db, script);
  if (!outcome.ok) throw new Error(`Fixture failed: ${errorText(outcome.error)}`);
  const schema = await introspectSchema(e, db);
  const relation = inferRelationships(schema).relationships.find((r) => r.kind === 'many-to-many');
  if (relation?.kind !== 'many-to-many') throw new Error('The fixture has no many-to-many relationship.');
  return { engine: e, db, schema, relation };
}

async function instanceOf(script: string, options = {}): Promise<Instance | TooManyRows> {
  const { engine: e, db, schema, relation } = await lab(script);
  return loadInstance(e, db, schema, relation, options);
}

function drawable(result: Instance | TooManyRows): Instance {
  if ('tooMany' in result) throw new Error(`Expected an instance, got too many rows in ${result.tooMany.table}.`);
  return result;
}

const SCHOOL = `
CREATE TABLE students (id INTEGER PRIMARY KEY, year INTEGER, name TEXT NOT NULL);
CREATE TABLE courses (code VARCHAR(10) PRIMARY KEY, credits INTEGER);
CREATE TABLE enrollments (
  student_id INTEGER NOT NULL REFERENCES students(id),
  course_code VARCHAR(10) NOT NULL REFERENCES courses(code),
  PRIMARY KEY (student_id, course_code)
);
INSERT INTO students VALUES (2, 1, 'Grace'), (1, 2, 'Ada'), (3, 1, 'Linus');
INSERT INTO courses VALUES ('DB', 5), ('ALG', 4);
INSERT INTO enrollments VALUES (1, 'DB'), (1, 'ALG'), (2, 'DB');
`;

describe('loadInstance', () => {
  it('labels rows by their first text column, in key order, and pairs them through the junction', async () => {
    const instance = drawable(await instanceOf(SCHOOL));
    expect(instance.left.table).toBe('students');
    expect(instance.left.labelColumn).toBe('name');
    expect(instance.left.rows.map((r) => r.label)).toEqual(['Ada', 'Grace', 'Linus']);
    expect(instance.left.rows[0]!.title).toBe('students: id = 1');
    expect(instance.right.labelColumn).toBeNull();
    expect(instance.right.rows.map((r) => r.label)).toEqual(['ALG', 'DB']);
    const label = (side: 'left' | 'right', key: string) => instance[side].rows.find((r) => r.key === key)?.label;
    expect(instance.links.map((l) => [label('left', l.left), label('right', l.right)])).toEqual([
      ['Ada', 'DB'],
      ['Ada', 'ALG'],
      ['Grace', 'DB'],
    ]);
    expect(instance.unmatched).toBe(0);
  });

  it('draws a self-referential relationship with the same table on both sides', async () => {
    const instance = drawable(
      await instanceOf(`
        CREATE TABLE users (id INTEGER PRIMARY KEY, handle TEXT);
        CREATE TABLE follows (
          follower_id INTEGER NOT NULL REFERENCES users(id),
          followed_id INTEGER NOT NULL REFERENCES users(id),
          PRIMARY KEY (follower_id, followed_id)
        );
        INSERT INTO users VALUES (1, 'ann'), (2, 'bob');
        INSERT INTO follows VALUES (1, 2), (2, 1), (1, 1);
      `),
    );
    expect(instance.left.table).toBe('users');
    expect(instance.right.table).toBe('users');
    expect(instance.left.rows).toEqual(instance.right.rows);
    expect(instance.links).toHaveLength(3);
  });

  it('reports too many rows instead of reading them', async () => {
    const result = await instanceOf(
      `${SCHOOL} WITH RECURSIVE n(i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
       INSERT INTO students SELECT i, 1, 'S' || i FROM n;`,
      { maxRows: 20 },
    );
    expect(result).toEqual({ tooMany: { part: 'left', table: 'students', count: 34, limit: 20 } });
  });

  it('reports too many junction rows as their own limit', async () => {
    const result = await instanceOf(SCHOOL, { maxLinks: 2 });
    expect(result).toEqual({ tooMany: { part: 'links', table: 'enrollments', count: 3, limit: 2 } });
  });

  it('counts junction rows that pair no existing rows as unmatched', async () => {
    const instance = drawable(await instanceOf(`PRAGMA foreign_keys = OFF; ${SCHOOL} INSERT INTO enrollments VALUES (99, 'DB');`));
    expect(instance.links).toHaveLength(3);
    expect(instance.unmatched).toBe(1);
  });

  it('quotes hostile table and column names so they cannot break or inject SQL', async () => {
    const instance = drawable(
      await instanceOf(`
        CREATE TABLE "we""ird; DROP TABLE x" ("id""" INTEGER PRIMARY KEY, "<b>name</b>" TEXT);
        CREATE TABLE x (id INTEGER PRIMARY KEY);
        CREATE TABLE "link ""it""" (
          a INTEGER NOT NULL REFERENCES "we""ird; DROP TABLE x"("id"""),
          b INTEGER NOT NULL REFERENCES x(id),
          PRIMARY KEY (a, b)
        );
        INSERT INTO "we""ird; DROP TABLE x" VALUES (1, '<script>');
        INSERT INTO x VALUES (7);
        INSERT INTO "link ""it""" VALUES (1, 7);
      `),
    );
    expect(instance.left.table).toBe('we"ird; DROP TABLE x');
    expect(instance.left.rows.map((r) => r.label)).toEqual(['<script>']);
    expect(instance.right.rows.map((r) => r.label)).toEqual(['7']);
    expect(instance.links).toHaveLength(1);
  });

  it('keys rows by the referenced unique column, and by rowid when the target declares no key', async () => {
    const instance = drawable(
      await instanceOf(`
        PRAGMA foreign_keys = OFF;
        CREATE TABLE tags (label TEXT UNIQUE);
        CREATE TABLE posts (title TEXT);
        CREATE TABLE post_tags (post_id INTEGER REFERENCES posts, tag TEXT REFERENCES tags(label), UNIQUE (post_id, tag));
        INSERT INTO tags VALUES ('sql'), ('orm');
        INSERT INTO posts VALUES ('Hello'), ('Bye');
        INSERT INTO post_tags VALUES (2, 'orm');
      `),
    );
    expect(instance.left.table).toBe('posts');
    expect(instance.left.keyColumns).toEqual(['rowid']);
    expect(instance.left.rows.map((r) => r.label)).toEqual(['Hello', 'Bye']);
    expect(instance.right.keyColumns).toEqual(['label']);
    expect(instance.right.rows.map((r) => r.label)).toEqual(['orm', 'sql']);
    const pair = instance.links.map((l) => [
      instance.left.rows.find((r) => r.key === l.left)?.label,
      instance.right.rows.find((r) => r.key === l.right)?.label,
    ]);
    expect(pair).toEqual([['Bye', 'orm']]);
  });
});

describe('identifier and type helpers', () => {
  it.each([
    ['students', '"students"'],
    ['we"ird', '"we""ird"'],
    ['', '""'],
  ])('quotes %j as %s', (name, quoted) => {
    expect(quoteIdentifier(name)).toBe(quoted);
  });

  it.each([
    ['TEXT', true],
    ['VARCHAR(50)', true],
    ['CLOB', true],
    ['CHARINT', false],
    ['INTEGER', false],
    ['', false],
    ['BLOB', false],
  ])('knows whether %j has text affinity (%s)', (type, expected) => {
    expect(hasTextAffinity(type)).toBe(expected);
  });
});
