// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../core/engine.js';
import { createNodeEngine } from '../db/node-engine.js';
import { InstanceView } from './instance-view.js';
import { LabSession } from '../core/lab/lab-session.js';
// Every sentence in both languages, as Node has them (the page loads its learner's: renderer.ts).
import '../core/messages/render.js';

const SCHOOL = `
CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE enrollments (
  student_id INTEGER NOT NULL REFERENCES students(id),
  course_id INTEGER NOT NULL REFERENCES courses(id),
  PRIMARY KEY (student_id, course_id)
);
INSERT INTO students VALUES (1, 'Ada'), (2, 'Grace');
INSERT INTO courses VALUES (10, 'Databases'), (11, 'Algorithms');
INSERT INTO enrollments VALUES (1, 10), (1, 11), (2, 10);`;

const FOLLOWS = `
CREATE TABLE users (id INTEGER PRIMARY KEY, handle TEXT);
CREATE TABLE follows (
  follower_id INTEGER NOT NULL REFERENCES users(id),
  followed_id INTEGER NOT NULL REFERENCES users(id),
  PRIMARY KEY (follower_id, followed_id)
);
INSERT INTO users VALUES (1, 'ann'), (2, 'bob');
INSERT INTO follows VALUES (1, 2);`;

let engine: Engine;
let databases = 0;
const views: InstanceView[] = [];

beforeAll(async () => {
  engine = await createNodeEngine();
});

afterEach(() => {
  for (const v of views.splice(0)) v.destroy();
  document.body.replaceChildren();
});

async function instanceViewOf(setup: string, maxRows?: number) {
  const session = new LabSession(engine, `instance-view-${++databases}`);
  await session.reset(setup ? { setup } : {});
  const view = new InstanceView(maxRows === undefined ? { session, lang: 'en' } : { session, lang: 'en', maxRows });
  views.push(view);
  document.body.append(view.element);
  await view.refresh();
  return { session, view, el: view.element };
}

const labels = (el: Element, side: 'left' | 'right') =>
  [...el.querySelectorAll(`g.inst-row[data-side="${side}"] .inst-label`)].map((t) => t.textContent);

describe('InstanceView', () => {
  it('shows an empty state while the schema has no many-to-many relationship', async () => {
    const { view, el } = await instanceViewOf('CREATE TABLE students (id INTEGER PRIMARY KEY);');
    expect(view.status).toBe('empty');
    expect(el.querySelector('.instance-empty')?.textContent).toContain('No many-to-many');
    expect(el.querySelector('select')!.disabled).toBe(true);
  });

  it('draws both entities’ rows and a line per junction row', async () => {
    const { view, el } = await instanceViewOf(SCHOOL);
    expect(view.status).toBe('drawn');
    expect(view.selected).toBe('enrollments');
    expect(labels(el, 'left')).toEqual(['Ada', 'Grace']);
    expect(labels(el, 'right')).toEqual(['Databases', 'Algorithms']);
    expect(el.querySelectorAll('line.inst-link')).toHaveLength(3);
    expect(el.querySelector('.instance-summary')!.textContent).toBe('2 students · 2 courses · 3 links');
    expect(el.querySelector('option')!.textContent).toBe('students ↔ courses (enrollments)');
  });

  it('refreshes after each run', async () => {
    const { session, view, el } = await instanceViewOf(SCHOOL);
    await session.run("INSERT INTO students VALUES (3, 'Linus'); INSERT INTO enrollments VALUES (3, 11);");
    await view.refresh();
    expect(labels(el, 'left')).toEqual(['Ada', 'Grace', 'Linus']);
    expect(el.querySelectorAll('line.inst-link')).toHaveLength(4);
  });

  it('says how many rows there are instead of drawing past the limit', async () => {
    const { view, el } = await instanceViewOf(`${SCHOOL} INSERT INTO students (name) VALUES ('a'), ('b'), ('c'), ('d'), ('e');`, 5);
    expect(view.status).toBe('too-many');
    expect(el.querySelector('.instance-too-many')!.textContent).toBe('Too many rows to draw (7 students; the limit is 5).');
    expect(el.querySelector('svg')).toBeNull();
  });

  it('draws a self-referential relationship with the same table on both sides', async () => {
    const { el } = await instanceViewOf(FOLLOWS);
    expect(labels(el, 'left')).toEqual(['ann', 'bob']);
    expect(labels(el, 'right')).toEqual(['ann', 'bob']);
    expect(el.querySelectorAll('line.inst-link')).toHaveLength(1);
  });

  it('offers every many-to-many relationship and switches between them', async () => {
    const { view, el } = await instanceViewOf(`${SCHOOL} ${FOLLOWS}`);
    expect([...el.querySelectorAll('option')].map((o) => o.value)).toEqual(['enrollments', 'follows']);
    await view.select('follows');
    expect(labels(el, 'left')).toEqual(['ann', 'bob']);
    const select = el.querySelector('select')!;
    select.value = 'enrollments';
    select.dispatchEvent(new Event('change'));
    await view.refresh();
    expect(labels(el, 'left')).toEqual(['Ada', 'Grace']);
  });

  it('keeps the chosen relationship when a run adds another one', async () => {
    const { session, view } = await instanceViewOf(FOLLOWS);
    await session.run(SCHOOL);
    await view.refresh();
    expect(view.selected).toBe('follows');
  });

  it('lights up a hovered row’s links and the rows they lead to', async () => {
    const { el } = await instanceViewOf(SCHOOL);
    const grace = [...el.querySelectorAll('g.inst-row[data-side="left"]')][1]!;
    grace.dispatchEvent(new MouseEvent('pointerover', { bubbles: true }));
    expect(el.querySelectorAll('line.inst-link.active')).toHaveLength(1);
    expect([...el.querySelectorAll('g.inst-row.active .inst-label')].map((t) => t.textContent)).toEqual(['Grace', 'Databases']);
  });

  it('never turns row text into markup', async () => {
    const { el } = await instanceViewOf(`${SCHOOL} UPDATE students SET name = '<img src=x onerror=alert(1)>' WHERE id = 1;`);
    expect(document.querySelector('img')).toBeNull();
    expect(labels(el, 'left')[0]).toBe('<img src=x onerror=alert(1)>');
  });

  it('notes junction rows that pair no existing rows', async () => {
    const { el } = await instanceViewOf(`PRAGMA foreign_keys = OFF; ${SCHOOL} INSERT INTO enrollments VALUES (9, 10);`);
    expect(el.querySelector('.instance-unmatched')!.textContent).toBe('1 row of enrollments pairs no existing rows and is not drawn.');
  });
});

describe('a hidden instance view', () => {
  it('reads no rows while hidden and catches up when shown', async () => {
    const session = new LabSession(await createNodeEngine());
    await session.reset({
      setup: `CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT);
              CREATE TABLE b (id INTEGER PRIMARY KEY, name TEXT);
              CREATE TABLE ab (a_id INTEGER NOT NULL REFERENCES a(id), b_id INTEGER NOT NULL REFERENCES b(id), PRIMARY KEY (a_id, b_id));
              INSERT INTO a VALUES (1, 'x'); INSERT INTO b VALUES (1, 'y'); INSERT INTO ab VALUES (1, 1);`,
    });
    const view = new InstanceView({ session, lang: 'en', active: false });
    await session.run('SELECT 1');
    expect(view.status).toBe('empty');
    expect(view.element.querySelector('svg')).toBeNull();
    view.active = true;
    await view.refresh();
    expect(view.status).toBe('drawn');
  });
});
