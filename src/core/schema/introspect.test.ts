import { describe, expect, it } from 'vitest';
import { diffSchemas, introspectSchema } from './introspect.js';
import { databaseWith, schemaOf } from '../../../test/helpers/schema-fixture.js';
import type { Schema, Table } from './types.js';

function table(schema: Schema, name: string): Table {
  const found = schema.tables.find((t) => t.name === name);
  if (!found) throw new Error(`Test schema has no table ${name}.`);
  return found;
}

const UNIVERSITY = `
CREATE TABLE students (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, email TEXT UNIQUE, year INTEGER DEFAULT 1);
CREATE TABLE courses (code TEXT, term TEXT, title TEXT NOT NULL DEFAULT 'untitled', PRIMARY KEY (code, term)) WITHOUT ROWID;
CREATE TABLE enrollments (
  student_id INTEGER NOT NULL REFERENCES students ON DELETE CASCADE,
  course_code TEXT NOT NULL,
  course_term TEXT NOT NULL,
  grade INTEGER,
  passed INTEGER GENERATED ALWAYS AS (grade >= 50) VIRTUAL,
  label TEXT GENERATED ALWAYS AS (course_code || '/' || course_term) STORED,
  PRIMARY KEY (student_id, course_code, course_term),
  FOREIGN KEY (course_code, course_term) REFERENCES courses (code, term) ON UPDATE CASCADE ON DELETE RESTRICT
) STRICT;
CREATE VIEW roster AS SELECT s.name, e.course_code FROM students s JOIN enrollments e ON e.student_id = s.id;
CREATE INDEX enrollments_by_course ON enrollments (course_code, course_term);
CREATE INDEX students_by_lower_name ON students (lower(name));
CREATE UNIQUE INDEX students_name_year ON students (name, year);
CREATE UNIQUE INDEX students_active_email ON students (email) WHERE year > 0;
`;

describe('introspectSchema', () => {
  it('lists tables in creation order and views apart', async () => {
    const schema = await schemaOf(UNIVERSITY);
    expect(schema.tables.map((t) => t.name)).toEqual(['students', 'courses', 'enrollments']);
    expect(schema.views).toEqual([{ name: 'roster', sql: expect.stringContaining('CREATE VIEW roster') }]);
    expect(schema.foreignKeysEnabled).toBe(true);
  });

  it('reads WITHOUT ROWID and STRICT from the table list', async () => {
    const schema = await schemaOf(UNIVERSITY);
    expect(['students', 'courses', 'enrollments'].map((n) => [table(schema, n).withoutRowid, table(schema, n).strict])).toEqual([
      [false, false],
      [true, false],
      [false, true],
    ]);
  });

  it('reads declared type, NOT NULL, default and primary key position of each column', async () => {
    const students = table(await schemaOf(UNIVERSITY), 'students');
    expect(students.columns).toEqual([
      { name: 'id', type: 'INTEGER', notNull: false, defaultValue: null, pkPosition: 1, kind: 'normal' },
      { name: 'name', type: 'VARCHAR(50)', notNull: true, defaultValue: null, pkPosition: 0, kind: 'normal' },
      { name: 'email', type: 'TEXT', notNull: false, defaultValue: null, pkPosition: 0, kind: 'normal' },
      { name: 'year', type: 'INTEGER', notNull: false, defaultValue: '1', pkPosition: 0, kind: 'normal' },
    ]);
    expect(table(await schemaOf(UNIVERSITY), 'courses').columns[2]?.defaultValue).toBe("'untitled'");
  });

  it('tells generated virtual and stored columns apart', async () => {
    const enrollments = table(await schemaOf(UNIVERSITY), 'enrollments');
    expect(enrollments.columns.map((c) => [c.name, c.kind])).toEqual([
      ['student_id', 'normal'],
      ['course_code', 'normal'],
      ['course_term', 'normal'],
      ['grade', 'normal'],
      ['passed', 'generated-virtual'],
      ['label', 'generated-stored'],
    ]);
  });

  it('orders a composite primary key by key position, not column position', async () => {
    const schema = await schemaOf('CREATE TABLE t (a INT, b INT, c INT, PRIMARY KEY (c, a));');
    expect(table(schema, 't').primaryKey).toEqual(['c', 'a']);
  });

  it('keeps unique constraints and plain unique indexes but not partial, expression or PK indexes', async () => {
    const schema = await schemaOf(UNIVERSITY);
    expect(table(schema, 'students').uniques).toEqual([['email'], ['name', 'year']]);
    expect(table(schema, 'courses').uniques).toEqual([]);
    expect(table(schema, 'enrollments').uniques).toEqual([]);
  });

  it('lists indexes in creation order with null for expression parts', async () => {
    const students = table(await schemaOf(UNIVERSITY), 'students');
    expect(students.indexes).toEqual([
      { name: 'sqlite_autoindex_students_1', unique: true, origin: 'u', partial: false, columns: ['email'] },
      { name: 'students_by_lower_name', unique: false, origin: 'c', partial: false, columns: [null] },
      { name: 'students_name_year', unique: true, origin: 'c', partial: false, columns: ['name', 'year'] },
      { name: 'students_active_email', unique: true, origin: 'c', partial: true, columns: ['email'] },
    ]);
    expect(table(await schemaOf(UNIVERSITY), 'courses').indexes[0]).toMatchObject({ origin: 'pk', columns: ['code', 'term'] });
  });

  it('groups a composite foreign key into one constraint, orders keys by column position and resolves an omitted target to the primary key', async () => {
    const enrollments = table(await schemaOf(UNIVERSITY), 'enrollments');
    expect(enrollments.foreignKeys).toEqual([
      {
        id: 1,
        columns: ['student_id'],
        table: 'students',
        toColumns: ['id'],
        toPrimaryKey: true,
        onDelete: 'CASCADE',
        onUpdate: 'NO ACTION',
      },
      {
        id: 0,
        columns: ['course_code', 'course_term'],
        table: 'courses',
        toColumns: ['code', 'term'],
        toPrimaryKey: false,
        onDelete: 'RESTRICT',
        onUpdate: 'CASCADE',
      },
    ]);
  });

  it.each([
    ['a missing target table', 'CREATE TABLE a (x REFERENCES ghosts);', []],
    ['a target without a declared primary key', 'CREATE TABLE g (n INT); CREATE TABLE a (x REFERENCES g);', []],
    ['a target named in another letter case', 'CREATE TABLE G (n INT PRIMARY KEY); CREATE TABLE a (x REFERENCES g);', ['n']],
  ])('resolves an omitted target column list to [] or the key for %s', async (_, ddl, expected) => {
    const a = table(await schemaOf(ddl), 'a');
    expect(a.foreignKeys[0]?.toColumns).toEqual(expected);
    expect(a.foreignKeys[0]?.toPrimaryKey).toBe(true);
  });

  it('leaves out sqlite_ tables and full-text shadow tables but keeps the virtual table', async () => {
    const schema = await schemaOf(`CREATE TABLE t (x INTEGER PRIMARY KEY AUTOINCREMENT);
      CREATE VIRTUAL TABLE notes USING fts3(body);`);
    expect(schema.tables.map((t) => t.name)).toEqual(['t', 'notes']);
    expect(table(schema, 'notes').columns.map((c) => c.kind)).toContain('hidden');
  });

  it('reports foreign keys off when the connection has them off', async () => {
    const engine = await databaseWith('CREATE TABLE t (x); PRAGMA foreign_keys = OFF;', 'off');
    expect((await introspectSchema(engine, 'off')).foreignKeysEnabled).toBe(false);
  });

  it('reads quoted names with spaces and quotes in them', async () => {
    const schema = await schemaOf(`CREATE TABLE "my ""odd"" table" ("the id" INTEGER PRIMARY KEY);
      CREATE TABLE 'other' (ref REFERENCES "my ""odd"" table");`);
    expect(schema.tables.map((t) => t.name)).toEqual(['my "odd" table', 'other']);
    expect(table(schema, 'other').foreignKeys[0]?.toColumns).toEqual(['the id']);
  });

  it('returns an empty schema for an empty database', async () => {
    expect(await schemaOf('')).toEqual({ tables: [], views: [], foreignKeysEnabled: true });
  });
});

describe('diffSchemas', () => {
  const base = 'CREATE TABLE a (id INTEGER PRIMARY KEY); CREATE TABLE b (id INTEGER PRIMARY KEY, n TEXT);';
  it.each([
    ['nothing when the schema is the same', base, { added: [], removed: [], changed: [] }],
    ['an added table', `${base} CREATE TABLE c (x);`, { added: ['c'], removed: [], changed: [] }],
    ['a removed table', 'CREATE TABLE a (id INTEGER PRIMARY KEY);', { added: [], removed: ['b'], changed: [] }],
    [
      'a changed column',
      'CREATE TABLE a (id INTEGER PRIMARY KEY); CREATE TABLE b (id INTEGER PRIMARY KEY, n TEXT NOT NULL);',
      { added: [], removed: [], changed: ['b'] },
    ],
    [
      'a new foreign key',
      'CREATE TABLE a (id INTEGER PRIMARY KEY); CREATE TABLE b (id INTEGER PRIMARY KEY, n TEXT REFERENCES a);',
      { added: [], removed: [], changed: ['b'] },
    ],
    ['a new unique key', `${base} CREATE UNIQUE INDEX bn ON b (n);`, { added: [], removed: [], changed: ['b'] }],
    ['no change for a plain index', `${base} CREATE INDEX bn ON b (n);`, { added: [], removed: [], changed: [] }],
    ['no change for a rename in letter case only', base.replace('TABLE a', 'TABLE A'), { added: [], removed: [], changed: [] }],
  ])('reports %s', async (_, after, expected) => {
    expect(diffSchemas(await schemaOf(base), await schemaOf(after))).toEqual(expected);
  });
});

describe('references written in another case', () => {
  it('name the target table and columns as they are declared', async () => {
    const schema = await schemaOf(`
      CREATE TABLE students (id INTEGER PRIMARY KEY);
      CREATE TABLE courses (id INTEGER PRIMARY KEY);
      CREATE TABLE enrollments (
        student_id INTEGER NOT NULL REFERENCES Students(ID),
        course_id INTEGER NOT NULL REFERENCES COURSES,
        PRIMARY KEY (student_id, course_id));`);
    const fks = schema.tables.find((t) => t.name === 'enrollments')!.foreignKeys;
    expect(fks.map((f) => [f.table, f.toColumns])).toEqual([
      ['students', ['id']],
      ['courses', ['id']],
    ]);
  });
});
