// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LabSession } from '../core/lab/lab-session.js';
import type { Language } from '../core/messages/language.js';
import { generateModels } from '../core/orm/generate-models.js';
import { createNodeEngine } from '../db/node-engine.js';
import { ModelsView } from './models-view.js';
// Every sentence in both languages, as Node has them (the page loads its learner's: renderer.ts).
import '../core/messages/render.js';

const SCHEMA = `
CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE enrollments (
  student_id INTEGER NOT NULL REFERENCES students(id),
  course_id INTEGER NOT NULL REFERENCES courses(id),
  PRIMARY KEY (student_id, course_id)
);
CREATE TABLE log (line TEXT);
CREATE VIRTUAL TABLE notes USING fts3(body);`;

const views: ModelsView[] = [];
afterEach(async () => {
  // The Python grammar loads at an idle moment, after a test's last look: let it paint the code
  // before the test ends, or its module would load into a torn-down environment.
  const code = views.flatMap((v) => [...v.element.querySelectorAll('pre.static.language-python')]);
  await vi.waitFor(() => expect(code.every((pre) => pre.hasAttribute('data-highlighted'))).toBe(true), { timeout: 10_000 });
  for (const v of views.splice(0)) v.destroy();
});

async function viewOf(lang: Language) {
  const session = new LabSession(await createNodeEngine(), 'models-view');
  await session.reset({ setup: SCHEMA });
  const view = new ModelsView({ session, lang, generator: async () => (schema, relations) => generateModels(schema, relations, lang) });
  views.push(view);
  await vi.waitFor(() => expect(view.source).not.toBe(''));
  return view.element;
}

const reasons = (el: HTMLElement) =>
  [...el.querySelectorAll('.models-reasons li')].map((li) => [li.getAttribute('data-table'), li.getAttribute('data-form'), li.textContent]);

describe('ModelsView', () => {
  it('says for each table why it became a class, a Table or was left out', async () => {
    const el = await viewOf('en');
    expect(el.querySelector('.models-reasons summary')?.textContent).toBe('Why each table became a class, a Table or was left out');
    expect(reasons(el)).toEqual([
      ['students', 'class', 'students: a class — its primary key (id) identifies each row.'],
      ['courses', 'class', 'courses: a class — its primary key (id) identifies each row.'],
      [
        'enrollments',
        'table',
        'enrollments: a Table — a pure junction between students and courses, read and written by relationship(secondary=enrollments).',
      ],
      [
        'log',
        'table',
        'log: a Table — it has no primary key and no UNIQUE set of NOT NULL columns, so SQLAlchemy cannot map a class to it.',
      ],
      [
        'notes',
        'left-out',
        'notes: left out — a virtual table (CREATE VIRTUAL TABLE … USING …), which create_all() cannot create; keep its own CREATE statement.',
      ],
    ]);
  });

  it('gives the reasons in Russian in a Russian tab', async () => {
    const el = await viewOf('ru');
    expect(el.querySelector('.models-reasons summary')?.textContent).toBe('Почему таблица стала классом, Table() или пропущена');
    expect(reasons(el)[2]).toEqual([
      'enrollments',
      'table',
      'enrollments: Table() — чистая связующая таблица между students и courses; её читает и пишет «relationship(secondary=enrollments)».',
    ]);
  });
});
