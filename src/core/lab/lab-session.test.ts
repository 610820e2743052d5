import { describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../db/node-engine.js';
import { LabSession, type LabState, STATEMENTS_KEPT } from './lab-session.js';

async function session() {
  const lab = new LabSession(await createNodeEngine());
  const states: LabState[] = [];
  lab.on('junction-lab-change', (e) => states.push(e.state));
  return { lab, states };
}

const DDL = `
CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE enrollments (
  student_id INTEGER NOT NULL REFERENCES students(id),
  course_id INTEGER NOT NULL REFERENCES courses(id),
  PRIMARY KEY (student_id, course_id));`;

describe('the lab session', () => {
  it('runs setup on reset and reads the schema and relationships', async () => {
    const { lab } = await session();
    const outcome = await lab.reset({ setup: DDL });
    expect(outcome?.ok).toBe(true);
    expect(lab.state.schema.tables.map((t) => t.name)).toEqual(['students', 'courses', 'enrollments']);
    expect(lab.state.relations.relationships).toContainEqual(
      expect.objectContaining({ kind: 'many-to-many', junction: 'enrollments', between: ['students', 'courses'] }),
    );
    expect(lab.state.diff).toBeNull();
  });

  it('leaves the opening for later until a run needs the database, and runs that after the setup', async () => {
    const engine = await createNodeEngine();
    const asked: string[] = [];
    const watched = {
      ...engine,
      open: (db: string, bytes?: Uint8Array) => {
        asked.push(`open ${db}`);
        return engine.open(db, bytes);
      },
    };
    const lab = new LabSession(watched, 'later');
    const reset = lab.openWhenNeeded(() => lab.reset({ setup: `${DDL}\nINSERT INTO students VALUES (1, 'Ann');` }));
    await new Promise((next) => setTimeout(next, 20));
    expect(asked).toEqual([]);
    const outcome = await lab.run('SELECT name FROM students');
    expect(asked).toEqual(['open later']);
    expect(outcome.ok && outcome.results[0]!.rows).toEqual([['Ann']]);
    expect((await reset)?.ok).toBe(true);
    await lab.whenOpened();
    expect(asked).toEqual(['open later']);
  });

  it('waits for every reset of an opening, so a damaged file replaced by the setup is never run on', async () => {
    const { lab } = await session();
    const opened = lab.openWhenNeeded(async () => {
      await lab.reset({ setup: 'CREATE TABLE damaged (id INTEGER);' });
      await new Promise((next) => setTimeout(next, 20));
      await lab.reset({ setup: 'CREATE TABLE fresh (id INTEGER);' });
      return 'replaced';
    });
    const outcome = await lab.run("SELECT name FROM sqlite_schema WHERE type = 'table'");
    expect(outcome.ok && outcome.results[0]!.rows).toEqual([['fresh']]);
    expect(await opened).toBe('replaced');
  });

  it('opens a reset left for later when asked to, and a plain reset replaces it', async () => {
    const { lab } = await session();
    void lab.openWhenNeeded(() => lab.reset({ setup: 'CREATE TABLE first (id INTEGER);' }));
    await lab.whenOpened();
    expect(lab.state.schema.tables.map((t) => t.name)).toEqual(['first']);
    void lab.openWhenNeeded(() => lab.reset({ setup: 'CREATE TABLE never (id INTEGER);' }));
    await lab.reset({ setup: 'CREATE TABLE instead (id INTEGER);' });
    await lab.whenOpened();
    expect(lab.state.schema.tables.map((t) => t.name)).toEqual(['instead']);
  });

  it("answers a run asked during a reset right after the setup, before the reset's schema reading", async () => {
    const engine = await createNodeEngine();
    const asked: string[] = [];
    const watched = {
      ...engine,
      run: (db: string, script: string, options?: Parameters<typeof engine.run>[2]) => {
        asked.push(script.slice(0, 20));
        return engine.run(db, script, options);
      },
    };
    const lab = new LabSession(watched);
    const states: LabState[] = [];
    lab.on('junction-lab-change', (e) => states.push(e.state));
    const resetting = lab.reset({ setup: DDL });
    const answered: string[] = [];
    const run = lab.run("INSERT INTO students VALUES (1, 'Ann'); SELECT name FROM students;", {
      onAnswer: () => answered.push(asked.at(-1) ?? ''),
    });
    await resetting;
    const outcome = await run;
    expect(asked[0]).toBe(DDL.slice(0, 20));
    expect(asked[1]).toBe('INSERT INTO students');
    expect(answered).toEqual(['INSERT INTO students']);
    expect(outcome.ok && outcome.results[1]!.rows).toEqual([['Ann']]);
    // The schema was read after, and the run's own reading came last.
    expect(states.at(-1)!.schema.tables.map((t) => t.name)).toEqual(['students', 'courses', 'enrollments']);
    expect(states.at(-1)!.tablesUsed).toEqual(['students']);
  });

  it('runs what is asked while a reset is under way after its setup, never on the half-open database', async () => {
    const { lab } = await session();
    const resetting = lab.reset({ setup: `${DDL}\nINSERT INTO students VALUES (1, 'Ann');` });
    const [run, exported] = [lab.run('SELECT name FROM students'), lab.export()];
    await resetting;
    const outcome = await run;
    expect(outcome.ok && outcome.results[0]!.rows).toEqual([['Ann']]);
    const copy = new LabSession(lab.engine, 'copy');
    await copy.reset({ bytes: await exported });
    expect(copy.state.schema.tables.map((t) => t.name)).toEqual(['students', 'courses', 'enrollments']);
  });

  it('does not hold runs back forever after a reset that failed', async () => {
    const { lab } = await session();
    const failed = lab.reset({ bytes: new Uint8Array([1, 2, 3]) });
    const run = lab.run('SELECT 1');
    await expect(failed).rejects.toThrow('not a database');
    // It ran, after the reset, on what the reset left: bytes that are no database.
    await expect(run).rejects.toThrow('not a database');
    await lab.reset({ setup: DDL });
    expect((await lab.run('SELECT count(*) FROM students')).ok).toBe(true);
  });

  it('reports what a schema change added and removed, and keeps the schema object when nothing changed', async () => {
    const { lab, states } = await session();
    await lab.reset({ setup: DDL });
    await lab.run('CREATE TABLE teachers (id INTEGER PRIMARY KEY); DROP TABLE enrollments;');
    expect(lab.state.diff).toEqual({ added: ['teachers'], removed: ['enrollments'], changed: [] });
    const schema = lab.state.schema;
    await lab.run('INSERT INTO teachers VALUES (1)');
    expect(lab.state.schema).toBe(schema);
    expect(lab.state.diff).toBeNull();
    expect(states.at(-1)!.version).toBeGreaterThan(states.at(-2)!.version);
  });

  it('knows which tables the last statement used, so a join through the junction lights up its path', async () => {
    const { lab } = await session();
    await lab.reset({ setup: DDL });
    await lab.run('SELECT s.name, c.title FROM students s JOIN enrollments e ON e.student_id = s.id JOIN courses c ON c.id = e.course_id');
    expect([...lab.state.tablesUsed].sort()).toEqual(['courses', 'enrollments', 'students']);
  });

  it('keeps the tables of each statement of a run, with its place in the script', async () => {
    const { lab } = await session();
    await lab.reset({ setup: DDL });
    await lab.run('SELECT * FROM students;\n\nSELECT 1;\nSELECT * FROM enrollments e\n  JOIN courses c ON c.id = e.course_id;');
    expect(lab.state.statementCount).toBe(3);
    expect(lab.state.statements.map(({ index, line, tables }) => ({ index, line, tables }))).toEqual([
      { index: 0, line: 1, tables: ['students'] },
      { index: 1, line: 3, tables: [] },
      { index: 2, line: 4, tables: ['courses', 'enrollments'] },
    ]);
    expect(lab.state.tablesUsed).toEqual(['courses', 'enrollments']);
  });

  it('keeps only the last statements of a long run, numbered within the whole run', async () => {
    const { lab } = await session();
    await lab.reset({ setup: DDL });
    await lab.run(Array.from({ length: STATEMENTS_KEPT + 5 }, (_, i) => `INSERT INTO students VALUES (${i + 1}, 'x');`).join('\n'));
    expect(lab.state.statementCount).toBe(STATEMENTS_KEPT + 5);
    expect(lab.state.statements).toHaveLength(STATEMENTS_KEPT);
    expect(lab.state.statements[0]).toMatchObject({ index: 5, line: 6, tables: ['students'] });
  });

  it('notices foreign keys being switched off, which changes the warnings but not the schema version', async () => {
    const { lab } = await session();
    await lab.reset({ setup: DDL });
    expect(lab.state.relations.warnings.some((w) => w.code === 'foreign-keys-off')).toBe(false);
    await lab.run('PRAGMA foreign_keys = OFF');
    expect(lab.state.relations.warnings.some((w) => w.code === 'foreign-keys-off')).toBe(true);
  });

  it('opens a saved database from its bytes instead of running setup', async () => {
    const { lab } = await session();
    await lab.reset({ setup: DDL });
    await lab.run("INSERT INTO students VALUES (1, 'Ada')");
    const bytes = await lab.export();
    const other = new LabSession(lab.engine);
    await other.reset({ bytes, setup: 'CREATE TABLE never (x)' });
    const out = await other.run('SELECT name FROM students');
    expect(out.results[0]!.rows).toEqual([['Ada']]);
    expect(other.state.schema.tables.map((t) => t.name)).not.toContain('never');
  });
});

describe('onAnswer', () => {
  it('has the outcome as SQLite gives it, before the schema is read again (and after junction-lab-running)', async () => {
    const { lab, states } = await session();
    await lab.reset({ setup: DDL });
    const seen: string[] = [];
    lab.on('junction-lab-running', (e) => seen.push(`running ${e.script.slice(0, 12)}`));
    lab.on('junction-lab-change', () => seen.push('lab-change'));
    const outcome = await lab.run('CREATE TABLE teachers (id INTEGER PRIMARY KEY); SELECT 42', {
      onAnswer: (answer) => {
        seen.push('answer');
        // Not yet read back: the state is still the reset's.
        expect(lab.state.schema.tables.map((t) => t.name)).not.toContain('teachers');
        expect(answer.ok && answer.results[1]!.rows).toEqual([[42]]);
      },
    });
    expect(seen).toEqual(['running CREATE TABLE', 'answer', 'lab-change']);
    expect(outcome.ok).toBe(true);
    expect(states.at(-1)!.schema.tables.map((t) => t.name)).toContain('teachers');
  });
});

describe('the run event', () => {
  it('says whether the run changed the database', async () => {
    const { lab } = await session();
    await lab.reset({ setup: DDL });
    const modified: boolean[] = [];
    lab.on('junction-lab-run', (e) => modified.push(e.modified));
    await lab.run('SELECT * FROM students');
    await lab.run("INSERT INTO students VALUES (1, 'Ada')");
    await lab.run('SELECT count(*) FROM students');
    await lab.run('CREATE INDEX ix ON enrollments (course_id)');
    await lab.run("UPDATE students SET name = 'Ada' WHERE id = 99");
    expect(modified).toEqual([false, true, false, true, false]);
  });
});

describe('runIfClean', () => {
  it('runs a script that runs cleanly, and leaves the database alone when it would stop halfway', async () => {
    const { lab } = await session();
    await lab.reset({ setup: `${DDL} INSERT INTO students VALUES (1, 'Ada'); INSERT INTO courses VALUES (1, 'SQL'), (2, 'Go');` });
    const pairs = 'INSERT INTO enrollments VALUES (1, 1); INSERT INTO enrollments VALUES (1, 2);';
    const first = await lab.runIfClean(pairs);
    expect(first?.ok).toBe(true);
    expect(lab.state.version).toBeGreaterThan(1);
    // Again: the first pair is already there, so the copy stops and nothing is run on the lab.
    expect(await lab.runIfClean(pairs)).toBeNull();
    const rows = await lab.engine.run(lab.db, 'SELECT count(*) FROM enrollments');
    expect(rows.ok && rows.results[0]?.rows).toEqual([[2]]);
  });
});
