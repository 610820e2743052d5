import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../db/node-engine.js';
import { type Engine, queryObjects } from '../engine.js';
import { TRAP_KINDS } from '../lessons/info-string.js';
import type { TrapKind } from '../lessons/types.js';
import { introspectSchema } from '../schema/introspect.js';
import { buildTrapDatabases, TRAP_DATA_MAX_ROWS, type TrapDatabase } from './trap-data.js';

const LESSON = `CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL, nickname TEXT);
CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT NOT NULL UNIQUE CHECK (length(title) <= 12));
CREATE TABLE enrollments (student_id INTEGER NOT NULL REFERENCES students(id), course_id INTEGER NOT NULL REFERENCES courses(id), PRIMARY KEY (student_id, course_id));
CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE follows (person_id INTEGER NOT NULL REFERENCES people(id), friend_id INTEGER NOT NULL REFERENCES people(id), PRIMARY KEY (person_id, friend_id));
INSERT INTO students VALUES (1, 'Ada', NULL), (2, 'Boris', 'Bo'), (3, 'Chen', NULL);
INSERT INTO courses VALUES (1, 'Databases'), (2, 'Python'), (3, 'Compilers');
INSERT INTO enrollments VALUES (1, 1), (1, 2), (2, 1), (3, 2);
INSERT INTO people VALUES (1, 'Ann'), (2, 'Ben'), (3, 'Cleo');
INSERT INTO follows VALUES (1, 2), (2, 3);`;

let engine: Engine;
let base: Uint8Array;

/** The trap databases of `kinds` for the lesson above (or for `ddl`). */
async function traps(
  kinds: readonly TrapKind[],
  options: { seed?: string; withLimit?: boolean; ddl?: string } = {},
): Promise<TrapDatabase[]> {
  let bytes = base;
  if (options.ddl) {
    await engine.open('t:ddl');
    await engine.run('t:ddl', options.ddl);
    bytes = await engine.export('t:ddl');
  }
  await engine.open('t:schema', bytes);
  const schema = await introspectSchema(engine, 't:schema');
  return buildTrapDatabases(engine, bytes, schema, kinds, options.seed ?? 'lesson/exercise', options.withLimit ?? true);
}

async function rows(bytes: Uint8Array, sql: string) {
  await engine.open('t:read', bytes);
  return queryObjects(engine, 't:read', sql);
}

beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.open('t:base');
  await engine.run('t:base', LESSON);
  base = await engine.export('t:base');
});

describe('buildTrapDatabases', () => {
  it('builds one database per kind, each obeying every constraint of the schema', async () => {
    const built = await traps(TRAP_KINDS);
    // misaligned-ids gives two databases: stray ids, and rows moved to new ids.
    expect(built.map((t) => t.kind)).toEqual(TRAP_KINDS.flatMap((k) => (k === 'misaligned-ids' ? [k, k] : [k])));
    for (const trap of built) {
      expect(await rows(trap.bytes, 'PRAGMA foreign_key_check'), trap.kind).toEqual([]);
      expect(await rows(trap.bytes, 'PRAGMA integrity_check'), trap.kind).toEqual([{ integrity_check: 'ok' }]);
      // The CHECK on titles refused some made-up titles: those rows were skipped, not forced.
      expect(await rows(trap.bytes, 'SELECT title FROM courses WHERE length(title) > 12'), trap.kind).toEqual([]);
    }
  });

  it('is deterministic for a seed, and another seed gives other data', async () => {
    const dump = async (list: TrapDatabase[]) =>
      Promise.all(
        list.map((t) =>
          rows(
            t.bytes,
            "SELECT 'e', * FROM enrollments UNION ALL SELECT 'f', * FROM follows UNION ALL SELECT 's', id, name FROM students UNION ALL SELECT 'c', * FROM courses ORDER BY 1, 2, 3",
          ),
        ),
      );
    expect(await dump(await traps(TRAP_KINDS))).toEqual(await dump(await traps(TRAP_KINDS)));
    expect(await dump(await traps(TRAP_KINDS, { seed: 'other' }))).not.toEqual(await dump(await traps(TRAP_KINDS)));
  });

  it('builds only the kinds asked for, and ties only for ORDER BY … LIMIT', async () => {
    expect((await traps(['no-pairs', 'ties'])).map((t) => t.kind)).toEqual(['no-pairs', 'ties']);
    expect((await traps(['no-pairs', 'ties'], { withLimit: false })).map((t) => t.kind)).toEqual(['no-pairs']);
    expect(await traps([])).toEqual([]);
  });

  it('gives no database for a kind the schema has nothing for', async () => {
    const ddl = 'CREATE TABLE a (id INTEGER PRIMARY KEY, x TEXT NOT NULL); INSERT INTO a VALUES (1, "p");';
    expect((await traps(['self-pairs', 'no-pairs', 'duplicate-values'], { ddl })).map((t) => t.kind)).toEqual(['duplicate-values']);
  });

  const only = async (kind: TrapKind) => (await traps([kind]))[0]!.bytes;

  it('no-pairs: rows without pairs, a newest row with pairs, and a low id left without pairs', async () => {
    const bytes = await only('no-pairs');
    const lonely = await rows(bytes, 'SELECT id FROM students WHERE id NOT IN (SELECT student_id FROM enrollments) ORDER BY id');
    expect(lonely.map((r) => r.id)).toContain(1);
    const newest = await rows(bytes, 'SELECT count(*) AS n FROM enrollments WHERE student_id = (SELECT max(id) FROM students)');
    expect(newest[0]!.n).toBeGreaterThan(0);
  });

  it('many-pairs: a row paired with every row of the other side', async () => {
    const most = await rows(
      await only('many-pairs'),
      'SELECT max(n) AS n FROM (SELECT count(*) AS n FROM enrollments GROUP BY student_id)',
    );
    const courses = await rows(await only('many-pairs'), 'SELECT count(*) AS n FROM courses');
    expect(most[0]!.n).toBe(courses[0]!.n);
  });

  it('misaligned-ids: paired rows whose ids are no ids of the other side', async () => {
    const bytes = await only('misaligned-ids');
    const strays = await rows(bytes, 'SELECT count(*) AS n FROM enrollments WHERE student_id NOT IN (SELECT id FROM courses)');
    const strayCourses = await rows(bytes, 'SELECT count(*) AS n FROM enrollments WHERE course_id NOT IN (SELECT id FROM students)');
    expect(strays[0]!.n).toBeGreaterThan(0);
    expect(strayCourses[0]!.n).toBeGreaterThan(0);
  });

  it('misaligned-ids: a second database moves the lowest-keyed row of each side to a new id, partners kept', async () => {
    const moved = (await traps(['misaligned-ids']))[1]!.bytes;
    expect(await rows(moved, "SELECT id FROM students WHERE name = 'Ada'")).toEqual([{ id: expect.any(Number) }]);
    const [ada] = await rows(moved, "SELECT id FROM students WHERE name = 'Ada'");
    expect(ada!.id).toBeGreaterThan(3);
    expect(await rows(moved, 'SELECT count(*) AS n FROM students WHERE id = 1')).toEqual([{ n: 0 }]);
    // Ada still takes Databases and Python, and Databases (course 1 before) still has Ada and Boris.
    const pairs = await rows(
      moved,
      'SELECT s.name, c.title FROM enrollments e JOIN students s ON s.id = e.student_id JOIN courses c ON c.id = e.course_id ORDER BY 1, 2',
    );
    expect(pairs.map((p) => `${p.name}/${p.title}`)).toEqual(['Ada/Databases', 'Ada/Python', 'Boris/Databases', 'Chen/Python']);
    expect((await rows(moved, "SELECT id FROM courses WHERE title = 'Databases'"))[0]!.id).toBeGreaterThan(3);
    // Nothing else: the same rows, under other keys.
    expect(await rows(moved, 'SELECT count(*) AS n FROM students')).toEqual([{ n: 3 }]);
    expect(await rows(moved, 'PRAGMA foreign_key_check')).toEqual([]);
  });

  it("duplicate-values: in a self-referential junction a copy is paired with its original, and with the original's own followers", async () => {
    const bytes = await only('duplicate-values');
    const copies = 'FROM people copy JOIN people original ON original.name = copy.name AND original.id < copy.id';
    expect((await rows(bytes, `SELECT count(*) AS n ${copies}`))[0]!.n).toBeGreaterThan(0);
    const unpaired = await rows(
      bytes,
      `SELECT count(*) AS n ${copies} WHERE NOT EXISTS (SELECT 1 FROM follows f WHERE f.person_id = copy.id AND f.friend_id = original.id)`,
    );
    expect(unpaired[0]!.n).toBe(0);
    // A second Ben follows Ann, who follows the first Ben: he is one of "the followers of Ben's followers".
    const near = await rows(
      bytes,
      `SELECT count(*) AS n FROM follows f
       JOIN people copy ON copy.id = f.person_id
       JOIN people original ON original.name = copy.name AND original.id < copy.id
       JOIN follows back ON back.person_id = f.friend_id AND back.friend_id = original.id`,
    );
    expect(near[0]!.n).toBeGreaterThan(0);
  });

  it('duplicate-values: a copy is paired in every junction of its table', async () => {
    const ddl = `${LESSON}
CREATE TABLE blocks (person_id INTEGER NOT NULL REFERENCES people(id), blocked_id INTEGER NOT NULL REFERENCES people(id), PRIMARY KEY (person_id, blocked_id));
INSERT INTO blocks VALUES (3, 1);`;
    const bytes = (await traps(['duplicate-values'], { ddl }))[0]!.bytes;
    const copies = await rows(bytes, 'SELECT id FROM people WHERE id > 3');
    expect(copies.length).toBeGreaterThan(0);
    for (const table of ['follows', 'blocks']) {
      const paired = await rows(bytes, `SELECT count(DISTINCT person_id) AS n FROM ${table} WHERE person_id > 3`);
      expect(paired[0]!.n, table).toBe(copies.length);
    }
  });

  it('duplicate-values: names repeated under new keys, paired with other partners; unique columns stay unique', async () => {
    const bytes = await only('duplicate-values');
    const twins = await rows(bytes, 'SELECT name, count(*) AS n FROM students GROUP BY name HAVING n > 1');
    expect(twins.length).toBeGreaterThan(0);
    const shared = await rows(
      bytes,
      'SELECT count(*) AS n FROM enrollments a JOIN students s ON s.id = a.student_id JOIN students t ON t.name = s.name AND t.id < s.id JOIN enrollments b ON b.student_id = t.id AND b.course_id = a.course_id',
    );
    expect(shared[0]!.n).toBe(0);
  });

  it('nulls: NULL in a column that allows it, never in one that does not', async () => {
    const bytes = await only('nulls');
    expect((await rows(bytes, 'SELECT count(*) AS n FROM students WHERE nickname IS NULL AND id > 3'))[0]!.n).toBeGreaterThan(0);
  });

  it('self-pairs: a row paired with itself and a pair stored both ways, unless a CHECK forbids the first', async () => {
    const bytes = await only('self-pairs');
    expect((await rows(bytes, 'SELECT count(*) AS n FROM follows WHERE person_id = friend_id'))[0]!.n).toBeGreaterThan(0);
    expect(
      (
        await rows(bytes, 'SELECT count(*) AS n FROM follows f JOIN follows g ON g.person_id = f.friend_id AND g.friend_id = f.person_id')
      )[0]!.n,
    ).toBeGreaterThan(0);
    const ddl = LESSON.replace(
      'PRIMARY KEY (person_id, friend_id))',
      'PRIMARY KEY (person_id, friend_id), CHECK (person_id <> friend_id))',
    );
    const checked = (await traps(['self-pairs'], { ddl }))[0]!.bytes;
    expect((await rows(checked, 'SELECT count(*) AS n FROM follows WHERE person_id = friend_id'))[0]!.n).toBe(0);
  });

  it('ties: other rows raised to the top count of pairs, and a twin of the top row', async () => {
    const counts = await rows(await only('ties'), 'SELECT count(*) AS n FROM enrollments GROUP BY student_id ORDER BY n DESC');
    expect(counts.filter((c) => c.n === counts[0]!.n).length).toBeGreaterThan(1);
  });
});

describe('trap data on large generated data', () => {
  it('is not built once the base holds more than TRAP_DATA_MAX_ROWS rows', async () => {
    const ddl = `${LESSON}
WITH RECURSIVE n(i) AS (SELECT 4 UNION ALL SELECT i + 1 FROM n WHERE i < ${TRAP_DATA_MAX_ROWS + 3})
INSERT INTO students (id, name) SELECT i, 'Student ' || i FROM n;`;
    expect(await traps(TRAP_KINDS, { ddl })).toEqual([]);
    // Just under the limit, the same kinds give databases.
    const small = `${LESSON}
WITH RECURSIVE n(i) AS (SELECT 4 UNION ALL SELECT i + 1 FROM n WHERE i < 100)
INSERT INTO students (id, name) SELECT i, 'Student ' || i FROM n;`;
    expect((await traps(TRAP_KINDS, { ddl: small })).length).toBeGreaterThan(0);
  });
});
