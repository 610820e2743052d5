import { describe, expect, it } from 'vitest';
import { queryObjects } from '../core/engine.js';
import { LabSession } from '../core/lab/lab-session.js';
import { createNodeEngine } from '../db/node-engine.js';
import { exportLab, hasSqliteHeader, importKind, importLab, type LabFile, labFileName } from './lab-files.js';

const SETUP = `
CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE enrollments (student_id INTEGER NOT NULL REFERENCES students(id), course_id INTEGER NOT NULL REFERENCES courses(id),
  PRIMARY KEY (student_id, course_id));
INSERT INTO students VALUES (1, 'Ada'), (2, 'Grace');
INSERT INTO courses VALUES (1, 'SQL');
INSERT INTO enrollments VALUES (1, 1), (2, 1);
`;

function file(name: string, data: Uint8Array | string): LabFile {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return { name, size: bytes.length, bytes: async () => bytes };
}

async function lab(setup = SETUP) {
  const engine = await createNodeEngine();
  const session = new LabSession(engine);
  await session.reset({ setup });
  return session;
}

const rows = (session: LabSession) => queryObjects(session.engine, session.db, 'SELECT * FROM enrollments ORDER BY 1, 2');

describe('importLab', () => {
  it.each(['sqlite', 'sql'] as const)('brings back an exported .%s with its rows and foreign keys on', async (kind) => {
    const source = await lab();
    const { data } = await exportLab(source, kind);
    const target = await lab('CREATE TABLE other (x);');
    const outcome = await importLab(target, file(`lab.${kind}`, data));
    expect(outcome).toEqual({ ok: true, message: { code: 'files.imported', params: { name: `lab.${kind}`, tables: 3 } } });
    expect(target.state.schema.tables.map((t) => t.name).sort()).toEqual(['courses', 'enrollments', 'students']);
    expect(await rows(target)).toEqual(await rows(source));
    expect(await queryObjects(target.engine, target.db, 'PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    expect((await target.engine.run(target.db, 'INSERT INTO enrollments VALUES (9, 9)')).ok).toBe(false);
  });

  it('keeps foreign keys on after a script that turns them off', async () => {
    const target = await lab('');
    await importLab(target, file('off.sql', 'CREATE TABLE t (x); PRAGMA foreign_keys = OFF;'));
    expect(await queryObjects(target.engine, target.db, 'PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
  });

  const header = 'SQLite format 3\0';
  it.each([
    ['a text file named .sqlite', 'notes.sqlite', 'hello, world', 'not-sqlite'],
    ['an empty .db', 'empty.db', '', 'not-sqlite'],
    ['a PNG named .db', 'picture.db', '\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'not-sqlite'],
    ['an SQLite header and garbage', 'cut.sqlite', `${header}${'\xff'.repeat(200)}`, 'damaged'],
    ['a script that fails on line 2', 'broken.sql', 'CREATE TABLE a (x);\nINSERT INTO missing VALUES (1);', 'script-failed'],
    ['a binary file named .sql', 'binary.sql', '\0\x01\x02\xff', 'not-text'],
    ['an SQLite file named .sql', 'lab.sql', `${header}\x10\0\x01\x01`, 'not-text'],
    ['a CSV', 'students.csv', 'id,name\n1,Ada', 'unknown-type'],
  ])('refuses %s and leaves the lab database as it was', async (_, name, content, kind) => {
    const session = await lab();
    const before = await session.export();
    const outcome = await importLab(
      session,
      file(
        name,
        Uint8Array.from(content, (c) => c.charCodeAt(0)),
      ),
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.message.code).toBe('files.import-failed');
    expect(outcome.message.params).toMatchObject({ name, kind });
    expect(await session.export()).toEqual(before);
    expect(session.state.schema.tables).toHaveLength(3);
  });

  it('names the line where a script stopped', async () => {
    const session = await lab();
    const outcome = await importLab(session, file('broken.sql', 'CREATE TABLE a (x);\nINSERT INTO missing VALUES (1);'));
    expect(outcome.message.params).toMatchObject({ line: 2, detail: 'no such table: missing' });
  });

  it('refuses a damaged database whose header is intact', async () => {
    const source = await lab(
      `${SETUP} CREATE TABLE big (t TEXT); INSERT INTO big SELECT hex(randomblob(500)) FROM generate_series(1, 40);`.replace(
        'FROM generate_series(1, 40)',
        'FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) SELECT i FROM n)',
      ),
    );
    const bytes = await source.export();
    // Overwrite everything past the first page: the header still says SQLite, the b-trees are gone.
    const damaged = bytes.slice();
    damaged.fill(0xa5, 4096);
    const session = await lab();
    const outcome = await importLab(session, file('half.sqlite', damaged));
    expect(outcome.ok).toBe(false);
    expect(outcome.message.params).toMatchObject({ kind: 'damaged' });
    expect(await rows(session)).toHaveLength(2);
  });

  it('refuses a file past the size limit without reading it', async () => {
    const session = await lab();
    const huge: LabFile = { name: 'huge.sqlite', size: 2 ** 40, bytes: () => Promise.reject(new Error('read')) };
    expect((await importLab(session, huge)).message.params).toMatchObject({ kind: 'too-large' });
  });
});

describe('importKind', () => {
  it.each([
    ['lab.sqlite', 'sqlite'],
    ['LAB.DB', 'sqlite'],
    ['x.sqlite3', 'sqlite'],
    ['dump.sql', 'sql'],
    ['lesson.md', null],
    ['sql', null],
    ['', null],
  ])('reads %j as %s', (name, kind) => {
    expect(importKind(name)).toBe(kind);
  });
});

describe('hasSqliteHeader', () => {
  it('tells an SQLite file from other bytes', async () => {
    expect(hasSqliteHeader(await (await lab()).export())).toBe(true);
    expect(hasSqliteHeader(new TextEncoder().encode('SQLite format 2\0 and more'))).toBe(false);
    expect(hasSqliteHeader(new Uint8Array())).toBe(false);
  });
});

describe('labFileName', () => {
  it.each([
    ['many-to-many', 'sqlite', 'many-to-many.sqlite'],
    ['многие-ко-многим', 'sql', 'многие-ко-многим.sql'],
    ['../../etc/passwd', 'sql', 'etc-passwd.sql'],
    ['', 'sqlite', 'junction.sqlite'],
  ] as const)('names the lab of %j', (id, kind, name) => {
    expect(labFileName(id, kind)).toBe(name);
  });
});
