import { describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../db/node-engine.js';
import { inferRelationships } from '../relations/infer.js';
import { introspectSchema } from '../schema/introspect.js';
import type { Schema, Table } from '../schema/types.js';
import { ddlStatements } from './ddl.js';
import { generateModels } from './generate-models.js';
import { parseModels } from './parse-models.js';

/** The parts of a schema a round trip must keep; SQLite's own spelling of the CREATE text may differ. */
function essentials(schema: Schema) {
  const affinity = (type: string): string => {
    const t = type.toUpperCase();
    if (t.includes('INT')) return 'INTEGER';
    if (/CHAR|CLOB|TEXT/.test(t)) return 'TEXT';
    if (t === '' || t.includes('BLOB')) return 'BLOB';
    if (/REAL|FLOA|DOUB/.test(t)) return 'REAL';
    return 'NUMERIC';
  };
  // An INTEGER PRIMARY KEY is the rowid: it can never be NULL, whether or not NOT NULL is written.
  const rowid = (t: Table, name: string) => t.primaryKey.length === 1 && t.primaryKey[0] === name && t.columns.find((c) => c.name === name)?.type.toUpperCase() === 'INTEGER';
  return Object.fromEntries(
    schema.tables.map((t) => [
      t.name,
      {
        columns: t.columns.map((c) => ({ name: c.name, affinity: affinity(c.type), notNull: c.notNull || rowid(t, c.name), pk: c.pkPosition, default: c.defaultValue })),
        primaryKey: t.primaryKey,
        foreignKeys: t.foreignKeys.map((fk) => ({ columns: fk.columns, table: fk.table, toColumns: fk.toColumns, onDelete: fk.onDelete, onUpdate: fk.onUpdate })).sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
        uniques: t.uniques.map((u) => [...u].sort().join(',')).sort(),
      },
    ]),
  );
}

async function roundTrip(ddl: string) {
  const engine = await createNodeEngine();
  await engine.open('before');
  const created = await engine.run('before', ddl);
  if (!created.ok) throw new Error(`Test DDL failed: ${created.error.message}`);
  const before = await introspectSchema(engine, 'before');
  const code = generateModels(before, inferRelationships(before));
  const { metadata, warnings } = parseModels(code);
  await engine.open('after');
  const rebuilt = await engine.run('after', ddlStatements(metadata).map((s) => `${s};`).join('\n'));
  if (!rebuilt.ok) throw new Error(`Generated DDL failed: ${rebuilt.error.message}\n${code}`);
  const after = await introspectSchema(engine, 'after');
  return { before: essentials(before), after: essentials(after), warnings, code };
}

const SCHEMAS: [string, string][] = [
  [
    'the source note with a surrogate-key class junction',
    `CREATE TABLE students (id INTEGER PRIMARY KEY, name VARCHAR(50));
     CREATE TABLE courses (id INTEGER PRIMARY KEY, name VARCHAR(50));
     CREATE TABLE student_courses (id INTEGER PRIMARY KEY, student_id INTEGER REFERENCES students(id), course_id INTEGER REFERENCES courses(id));`,
  ],
  [
    'the source note with a keyless annotated Table',
    `CREATE TABLE students (id INTEGER NOT NULL, name VARCHAR(50) NOT NULL, PRIMARY KEY (id));
     CREATE TABLE courses (id INTEGER NOT NULL, name VARCHAR(50) NOT NULL, PRIMARY KEY (id));
     CREATE TABLE students_course (students_id INTEGER REFERENCES students (id), courses_id INTEGER REFERENCES courses (id));`,
  ],
  [
    'composite-key enrollments with ON DELETE CASCADE',
    `CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
     CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT NOT NULL UNIQUE, credits REAL DEFAULT 3.0);
     CREATE TABLE enrollments (
       student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
       course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE ON UPDATE CASCADE,
       PRIMARY KEY (student_id, course_id));
     CREATE INDEX ix_enrollments_course_id ON enrollments (course_id);`,
  ],
  [
    'an association object with payload and defaults',
    `CREATE TABLE student (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, nick TEXT DEFAULT 'anon');
     CREATE TABLE course (id INTEGER PRIMARY KEY, title TEXT NOT NULL, active BOOLEAN NOT NULL DEFAULT 1);
     CREATE TABLE enrollment (
       student_id INTEGER NOT NULL REFERENCES student(id),
       course_id INTEGER NOT NULL REFERENCES course(id),
       grade INTEGER,
       enrolled_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
       PRIMARY KEY (student_id, course_id));`,
  ],
  [
    'a self-referential follows junction',
    `CREATE TABLE users (id INTEGER PRIMARY KEY, handle VARCHAR(30) NOT NULL);
     CREATE UNIQUE INDEX ix_users_handle ON users (handle);
     CREATE TABLE follows (
       follower_id INTEGER NOT NULL REFERENCES users(id),
       followee_id INTEGER NOT NULL REFERENCES users(id),
       PRIMARY KEY (follower_id, followee_id));`,
  ],
  [
    'post_tags with a surrogate key and a UNIQUE pair',
    `CREATE TABLE posts (id INTEGER PRIMARY KEY, title VARCHAR(120) NOT NULL, body TEXT);
     CREATE TABLE tags (id INTEGER PRIMARY KEY, label VARCHAR(40) NOT NULL UNIQUE);
     CREATE TABLE post_tags (
       id INTEGER PRIMARY KEY,
       post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
       tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
       UNIQUE (post_id, tag_id));`,
  ],
  [
    'plain foreign keys, a self-reference, two FKs to one table and a composite FK',
    `CREATE TABLE categories (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES categories(id) ON DELETE SET NULL, name TEXT NOT NULL);
     CREATE TABLE people (id INTEGER PRIMARY KEY, "order" INTEGER, price NUMERIC(10, 2));
     CREATE TABLE messages (id INTEGER PRIMARY KEY, sender_id INTEGER NOT NULL REFERENCES people(id), recipient_id INTEGER REFERENCES people(id), category_id INTEGER REFERENCES categories(id));
     CREATE TABLE slots (day INTEGER, room TEXT, PRIMARY KEY (room, day));
     CREATE TABLE bookings (id INTEGER PRIMARY KEY, day INTEGER NOT NULL, room TEXT NOT NULL, FOREIGN KEY (room, day) REFERENCES slots (room, day));`,
  ],
];

describe('round trip: schema → models → parseModels → DDL → schema', () => {
  for (const [name, ddl] of SCHEMAS) {
    it(`keeps ${name}`, async () => {
      const { before, after, warnings, code } = await roundTrip(ddl);
      expect(warnings, code).toEqual([]);
      expect(after, code).toEqual(before);
    });
  }
});
