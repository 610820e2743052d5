import { describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../db/node-engine.js';
import { type Engine, errorText, queryObjects } from '../engine.js';
import { dumpDatabase, quoteIdentifier } from './dump.js';

/** A lab with the awkward parts: many-to-many, odd names, every type, a view, an index, a trigger. */
const LAB = `
CREATE TABLE courses (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL);
CREATE TABLE "odd ""name""" (id INTEGER PRIMARY KEY, 'quote''s' TEXT, big INTEGER, r REAL, b BLOB,
  doubled INTEGER GENERATED ALWAYS AS (big * 2) VIRTUAL);
CREATE TABLE enrollments (student_id INTEGER REFERENCES students(id), course_id INTEGER REFERENCES courses(id),
  PRIMARY KEY (student_id, course_id));
CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT);
CREATE INDEX enrollments_course ON enrollments(course_id);
CREATE VIEW roster AS SELECT s.name, c.title FROM enrollments e JOIN students s ON s.id = e.student_id JOIN courses c ON c.id = e.course_id;
CREATE VIEW roster_count AS SELECT count(*) AS n FROM roster;
CREATE TABLE log (what TEXT);
CREATE TRIGGER students_added AFTER INSERT ON students BEGIN INSERT INTO log VALUES ('added ' || NEW.name); END;
INSERT INTO courses (title) VALUES ('SQL'), ('It''s "quoted"; -- not a comment');
DELETE FROM courses WHERE id = 2;
INSERT INTO courses (title) VALUES ('Line one
line two');
INSERT INTO students VALUES (1, 'Ada'), (2, 'Пётр'), (3, NULL);
INSERT INTO enrollments VALUES (1, 1), (2, 1), (2, 3);
INSERT INTO "odd ""name""" VALUES (1, 'x', 9007199254740993, 1.0, X'00FF10'), (2, '', -1, 0.1, X'');
PRAGMA user_version = 7;
`;

async function lab(engine: Engine, db: string, script: string): Promise<void> {
  await engine.open(db);
  const outcome = await engine.run(db, script);
  if (!outcome.ok) throw new Error(`Fixture failed: ${errorText(outcome.error)}`);
}

/** Everything a round trip must keep: the schema's text, each table's rows with their types, the version. */
async function snapshot(engine: Engine, db: string) {
  const schema = await queryObjects(engine, db, 'SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name');
  const rows: Record<string, unknown> = {};
  for (const { name } of await queryObjects(engine, db, "SELECT name FROM sqlite_schema WHERE type = 'table'")) {
    const table = String(name);
    const columns = await queryObjects(engine, db, `SELECT name FROM pragma_table_xinfo('${table.replaceAll("'", "''")}')`);
    // quote() shows each value with its type: 1 and 1.0 differ, as do 'x' and X'78'.
    const values = columns.map((c) => `quote(${quoteIdentifier(String(c.name))})`).join(', ');
    rows[table] = await queryObjects(engine, db, `SELECT rowid, ${values} FROM ${quoteIdentifier(table)} ORDER BY rowid`);
  }
  const version = await queryObjects(engine, db, 'SELECT user_version FROM pragma_user_version');
  return { schema, rows, version };
}

describe('dumpDatabase', () => {
  it('rebuilds the same schema, rows, counters and version on a fresh database', async () => {
    const engine = await createNodeEngine();
    await lab(engine, 'a', LAB);
    const script = await dumpDatabase(engine, 'a');
    await engine.open('b');
    const outcome = await engine.run('b', script);
    expect(outcome.ok).toBe(true);
    expect(await snapshot(engine, 'b')).toEqual(await snapshot(engine, 'a'));
    // Exact values, not just equal-looking ones: 2^53 + 1, a real that looks whole, bytes.
    const odd = await queryObjects(
      engine,
      'b',
      `SELECT quote(big) AS big, typeof(r) AS r, hex(b) AS b, quote(doubled) AS doubled FROM "odd ""name""" ORDER BY id`,
    );
    expect(odd).toEqual([
      { big: '9007199254740993', r: 'real', b: '00FF10', doubled: '18014398509481986' },
      { big: '-1', r: 'real', b: '', doubled: '-2' },
    ]);
    // The trigger came after the rows: the log holds only what the original run logged.
    expect(await queryObjects(engine, 'b', 'SELECT count(*) AS n FROM log')).toEqual([{ n: 3 }]);
    expect(await queryObjects(engine, 'b', 'SELECT seq FROM sqlite_sequence')).toEqual([{ seq: 3 }]);
  });

  it('leaves foreign keys on after the script, and enforced', async () => {
    const engine = await createNodeEngine();
    await lab(engine, 'a', LAB);
    await engine.open('b');
    await engine.run('b', await dumpDatabase(engine, 'a'));
    expect(await queryObjects(engine, 'b', 'PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    const outcome = await engine.run('b', 'INSERT INTO enrollments VALUES (99, 1)');
    expect(outcome.ok).toBe(false);
    expect(await queryObjects(engine, 'a', 'PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
  });

  it('changes nothing in the database it reads', async () => {
    const engine = await createNodeEngine();
    await lab(engine, 'a', LAB);
    const before = await engine.export('a');
    await dumpDatabase(engine, 'a');
    expect(await engine.export('a')).toEqual(before);
  });

  it('writes an empty database as a script that runs and makes nothing', async () => {
    const engine = await createNodeEngine();
    await engine.open('a');
    const script = await dumpDatabase(engine, 'a');
    expect(script).toBe('PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCOMMIT;\nPRAGMA foreign_keys=ON;\n');
    await engine.open('b');
    expect((await engine.run('b', script)).ok).toBe(true);
  });

  it('keeps a table whose rows reference rows inserted after them', async () => {
    const engine = await createNodeEngine();
    await lab(
      engine,
      'a',
      'CREATE TABLE node (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES node(id)); PRAGMA foreign_keys=OFF; INSERT INTO node VALUES (1, 2), (2, NULL); PRAGMA foreign_keys=ON;',
    );
    await engine.open('b');
    expect((await engine.run('b', await dumpDatabase(engine, 'a'))).ok).toBe(true);
    expect(await queryObjects(engine, 'b', 'SELECT * FROM node ORDER BY id')).toEqual([
      { id: 1, parent: 2 },
      { id: 2, parent: null },
    ]);
  });
});

describe('quoteIdentifier', () => {
  it.each([
    ['students', '"students"'],
    ['odd "name"', '"odd ""name"""'],
    ['', '""'],
  ])('quotes %j as %s', (name, quoted) => {
    expect(quoteIdentifier(name)).toBe(quoted);
  });
});
