// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Engine } from '../core/engine.js';
import type { Positions } from '../core/erd/route.js';
import { createNodeEngine } from '../db/node-engine.js';
import { CHANGED_HIGHLIGHT_MS, DiagramView, type DiagramViewOptions } from './diagram-view.js';
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
);`;

let engine: Engine;
let databases = 0;
const views: DiagramView[] = [];

beforeAll(async () => {
  engine = await createNodeEngine();
});

afterEach(() => {
  for (const v of views.splice(0)) v.destroy();
  document.body.replaceChildren();
  vi.useRealTimers();
});

/** A diagram of `setup`; `onPositions` hears its `junction-positions` events. */
async function diagramOf(setup: string, options: Partial<DiagramViewOptions> & { onPositions?: (positions: Positions) => void } = {}) {
  const session = new LabSession(engine, `diagram-${++databases}`);
  await session.reset(setup ? { setup } : {});
  const { onPositions, ...rest } = options;
  const view = new DiagramView({ session, lang: 'en', ...rest });
  if (onPositions) view.element.addEventListener('junction-positions', (e) => onPositions(e.positions));
  views.push(view);
  document.body.append(view.element);
  return { session, view, el: view.element };
}

/** Runs `sql` and waits for the diagrams, which draw a change of the lab in tasks of their own. */
async function run(session: LabSession, sql: string) {
  const outcome = await session.run(sql);
  await Promise.all(views.map((view) => view.whenDrawn()));
  return outcome;
}

function box(el: Element, table: string): SVGGElement | undefined {
  return [...el.querySelectorAll<SVGGElement>('svg g[data-table]')].find((g) => g.getAttribute('data-table') === table);
}

function translation(g: Element | undefined): { x: number; y: number } {
  const match = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(g?.getAttribute('transform') ?? '');
  if (!match) throw new Error('The box has no translate() transform.');
  return { x: Number(match[1]), y: Number(match[2]) };
}

function pointer(type: string, target: Element, x: number, y: number): void {
  // jsdom has no PointerEvent; a MouseEvent of the same name carries everything the view reads.
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0 }));
}

describe('DiagramView', () => {
  it('patches the drawing after a statement: untouched boxes and lines keep their elements', async () => {
    const { session, el } = await diagramOf(SCHOOL);
    const svg = el.querySelector('svg');
    const students = box(el, 'students');
    const lines = [...el.querySelectorAll('svg g.erd-edge')];
    await run(session, 'CREATE TABLE teachers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);');
    expect(el.querySelector('svg')).toBe(svg);
    expect(box(el, 'students')).toBe(students);
    expect(box(el, 'teachers')).toBeDefined();
    expect([...el.querySelectorAll('svg g.erd-edge')]).toEqual(lines);
    const teachers = box(el, 'teachers');
    await run(session, 'DROP TABLE enrollments;');
    expect(box(el, 'enrollments')).toBeUndefined();
    expect(el.querySelectorAll('svg g.erd-edge')).toHaveLength(0);
    expect(box(el, 'teachers')).toBe(teachers);
    // Its name changed (no relationship left), so its box is drawn anew, in the same place.
    expect(box(el, 'students')).not.toBe(students);
    expect(box(el, 'students')!.querySelector('.erd-box')!.getAttribute('aria-label')).toBe('Table students, 2 columns, 0 relationships');
  });

  it('shows a friendly empty state when there are no tables', async () => {
    const { el } = await diagramOf('');
    expect(el.querySelector('svg')).toBeNull();
    expect(el.querySelector('.diagram-empty')?.textContent).toContain('No tables yet');
  });

  it('draws each table as an inline SVG group described by its keys and the schema text', async () => {
    const { el } = await diagramOf(SCHOOL);
    const svg = el.querySelector('svg')!;
    expect(box(el, 'students')).toBeDefined();
    expect(el.querySelector('svg [data-junction="enrollments"]')).not.toBeNull();
    expect(svg.getAttribute('role')).toBe('tree');
    expect(svg.getAttribute('aria-label')).toMatch(/diagram/i);
    const [keys, described] = svg
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)!);
    expect(keys!.textContent).toContain('Enter lists the relationships of a table');
    expect(described!.textContent).toContain('Table students');
    expect(described!.textContent).toContain('enrollments links students and courses');
    expect(described!.hidden).toBe(true);
  });

  it('shows the schema as a text list when the Schema button is pressed', async () => {
    const { el } = await diagramOf(SCHOOL);
    const button = el.querySelector<HTMLButtonElement>('[data-action="schema"]')!;
    button.click();
    const text = el.querySelector<HTMLElement>('.diagram-schema')!;
    expect(text.hidden).toBe(false);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect([...text.querySelectorAll('li')].map((li) => li.textContent)).toContain('name TEXT — not null');
  });

  it('marks the tables a run added as changed, for a moment only', async () => {
    const { session, view, el } = await diagramOf(SCHOOL);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await session.run('CREATE TABLE teachers (id INTEGER PRIMARY KEY, name TEXT)');
    // The drawing's timers wait for SQLite in between: step the clock until it is done.
    let drawn = false;
    void view.whenDrawn().then(() => {
      drawn = true;
    });
    while (!drawn) await vi.advanceTimersByTimeAsync(1);
    expect(box(el, 'teachers')!.classList.contains('changed')).toBe(true);
    expect(box(el, 'students')!.classList.contains('changed')).toBe(false);
    vi.advanceTimersByTime(CHANGED_HIGHLIGHT_MS + 10);
    expect(el.querySelector('.changed')).toBeNull();
  });

  it('keeps untouched tables where they were when the schema grows', async () => {
    const { session, el } = await diagramOf(SCHOOL);
    const before = ['students', 'courses', 'enrollments'].map((t) => translation(box(el, t)));
    await run(session, 'CREATE TABLE teachers (id INTEGER PRIMARY KEY, course_id INTEGER REFERENCES courses(id))');
    expect(['students', 'courses', 'enrollments'].map((t) => translation(box(el, t)))).toEqual(before);
    expect(box(el, 'teachers')).toBeDefined();
  });

  it('marks the tables the last statement used, until the next run', async () => {
    const { session, el } = await diagramOf(SCHOOL);
    await run(session, "INSERT INTO students (name) VALUES ('Ada')");
    expect(box(el, 'students')!.classList.contains('used')).toBe(true);
    expect(box(el, 'courses')!.classList.contains('used')).toBe(false);
    await run(session, 'SELECT 1');
    expect(el.querySelector('.used')).toBeNull();
  });

  it('lights up the whole many-to-many path when a query joins through the junction', async () => {
    const { session, el } = await diagramOf(SCHOOL);
    await run(
      session,
      `SELECT s.name, c.title FROM students s
      JOIN enrollments e ON e.student_id = s.id JOIN courses c ON c.id = e.course_id`,
    );
    for (const t of ['students', 'enrollments', 'courses']) expect(box(el, t)!.classList.contains('used')).toBe(true);
    const usedEdges = [...el.querySelectorAll('g.erd-edge.used')].map((e) => e.getAttribute('data-target'));
    expect(usedEdges.sort()).toEqual(['courses', 'students']);
    expect(el.querySelector('.erd-badge[data-relation="m2m:enrollments"]')!.classList.contains('used')).toBe(true);
  });

  it('lights the line of a two-table join, and only that line', async () => {
    const { session, el } = await diagramOf(SCHOOL);
    await run(session, 'SELECT * FROM enrollments e JOIN students s ON s.id = e.student_id');
    expect([...el.querySelectorAll('g.erd-edge.used')].map((e) => e.getAttribute('data-target'))).toEqual(['students']);
    expect(box(el, 'courses')!.classList.contains('used')).toBe(false);
    // Not all the way through the junction: its badge stays dark.
    expect(el.querySelector('.erd-badge.used')).toBeNull();
  });

  it('shows one statement of a run at a time, says which, and steps through the others', async () => {
    const { session, el } = await diagramOf(SCHOOL);
    const bar = el.querySelector<HTMLElement>('.diagram-statements')!;
    const used = () => [...el.querySelectorAll('g.erd-table.used')].map((g) => g.getAttribute('data-table')).sort();
    await run(session, 'SELECT * FROM students;\nSELECT 1;\nSELECT * FROM courses;');
    expect(bar.hidden).toBe(false);
    expect(bar.querySelector('.diagram-statement')!.textContent).toBe('Highlighting statement 3 of 3 (line 3): SELECT * FROM courses;');
    expect(used()).toEqual(['courses']);
    bar.querySelector<HTMLButtonElement>('[data-action="previous-statement"]')!.click();
    expect(bar.querySelector('.diagram-statement')!.textContent).toBe('Highlighting statement 1 of 3 (line 1): SELECT * FROM students;');
    expect(used()).toEqual(['students']);
    expect(el.querySelector('[role="status"]')!.textContent).toBe('Highlighting statement 1 of 3 (line 1): SELECT * FROM students;');
    bar.querySelector<HTMLButtonElement>('[data-action="previous-statement"]')!.click();
    expect(used()).toEqual(['courses']);
    await run(session, 'SELECT * FROM students');
    expect(bar.hidden).toBe(true);
    expect(used()).toEqual(['students']);
  });

  it('announces what a run changed in its live region', async () => {
    const { session, el } = await diagramOf(
      'CREATE TABLE students (id INTEGER PRIMARY KEY); CREATE TABLE courses (id INTEGER PRIMARY KEY);',
    );
    const status = el.querySelector('[role="status"][aria-live="polite"]')!;
    expect(status.textContent).toBe('');
    await run(
      session,
      'CREATE TABLE enrollments (student_id INTEGER NOT NULL REFERENCES students, course_id INTEGER NOT NULL REFERENCES courses, PRIMARY KEY (student_id, course_id))',
    );
    expect(status.textContent).toBe('Added table enrollments: links students and courses, many to many.');
    await run(session, 'DROP TABLE enrollments');
    expect(status.textContent).toBe('Removed table enrollments.');
  });

  it('makes its tables a tree with one tab stop, and keeps focus on the same table across a redraw', async () => {
    const { session, el } = await diagramOf(SCHOOL);
    const stops = () => [...el.querySelectorAll('svg [tabindex="0"]')].map((s) => s.parentElement!.getAttribute('data-table'));
    const outline = (table: string) => box(el, table)!.querySelector<SVGRectElement>(':scope > rect.erd-box')!;
    expect(stops()).toEqual(['students']);
    expect(outline('enrollments').getAttribute('role')).toBe('treeitem');
    expect(outline('enrollments').getAttribute('aria-label')).toBe(
      'enrollments links students and courses, many to many; junction table, 2 columns, 2 relationships',
    );
    outline('students').focus();
    outline('students').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(outline('courses'));
    await run(session, 'CREATE TABLE teachers (id INTEGER PRIMARY KEY)');
    expect(document.activeElement).toBe(outline('courses'));
    expect(stops()).toEqual(['courses']);
  });

  it('folds a pure junction into an M:N line in the logical view and restores its box in the physical one', async () => {
    const { view, el } = await diagramOf(SCHOOL);
    const where = translation(box(el, 'enrollments'));
    el.querySelector<HTMLButtonElement>('[data-view="logical"]')!.click();
    expect(view.view).toBe('logical');
    expect(box(el, 'enrollments')).toBeUndefined();
    expect(el.querySelector('g.erd-edge[data-kind="many-to-many"][data-junction="enrollments"]')).not.toBeNull();
    expect(el.querySelector('[data-view="logical"]')!.getAttribute('aria-pressed')).toBe('true');
    el.querySelector<HTMLButtonElement>('[data-view="physical"]')!.click();
    expect(translation(box(el, 'enrollments'))).toEqual(where);
  });

  it('moves a dragged table, re-routes its edges and reports the new position', async () => {
    const reported: Positions[] = [];
    const { el } = await diagramOf(SCHOOL, { onPositions: (p) => reported.push(p) });
    reported.length = 0;
    const students = box(el, 'students')!;
    const start = translation(students);
    const others = ['courses', 'enrollments'].map((t) => translation(box(el, t)));
    const edgeBefore = el.querySelector('g.erd-edge[data-target="students"] path')!.getAttribute('d');
    pointer('pointerdown', students.querySelector('rect')!, 100, 100);
    pointer('pointermove', document.body, 130, 160);
    pointer('pointerup', document.body, 130, 160);
    const moved = { x: start.x + 30, y: start.y + 60 };
    expect(translation(box(el, 'students'))).toEqual(moved);
    expect(el.querySelector('g.erd-edge[data-target="students"] path')!.getAttribute('d')).not.toBe(edgeBefore);
    expect(reported).toHaveLength(1);
    expect(reported[0]!.students).toEqual(moved);
    expect([reported[0]!.courses, reported[0]!.enrollments]).toEqual(others);
    expect(['courses', 'enrollments'].map((t) => translation(box(el, t)))).toEqual(others);
  });

  it('treats a press without movement as a click, not a drag', async () => {
    const onPositions = vi.fn();
    const { el } = await diagramOf(SCHOOL, { onPositions });
    onPositions.mockClear();
    const students = box(el, 'students')!;
    pointer('pointerdown', students, 50, 50);
    pointer('pointerup', document.body, 51, 50);
    expect(onPositions).not.toHaveBeenCalled();
  });

  it('starts from saved positions and pans the view when the background is dragged', async () => {
    const positions = { students: { x: 500, y: 40 }, courses: { x: 0, y: 0 }, enrollments: { x: 250, y: 0 } };
    const { el } = await diagramOf(SCHOOL, { positions });
    expect(translation(box(el, 'students'))).toEqual({ x: 500, y: 40 });
    const viewport = el.querySelector('g.erd-viewport')!;
    pointer('pointerdown', el.querySelector('svg')!, 10, 10);
    pointer('pointermove', document.body, 50, 30);
    pointer('pointerup', document.body, 50, 30);
    expect(viewport.getAttribute('transform')).toBe('translate(40 20) scale(1)');
    expect(translation(box(el, 'students'))).toEqual({ x: 500, y: 40 });
  });

  it('zooms with the buttons and the wheel', async () => {
    const { el } = await diagramOf(SCHOOL);
    const viewport = el.querySelector('g.erd-viewport')!;
    el.querySelector<HTMLButtonElement>('[data-action="zoom-in"]')!.click();
    expect(viewport.getAttribute('transform')).toContain('scale(1.25)');
    el.querySelector('.diagram-canvas')!.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true }));
    expect(viewport.getAttribute('transform')).toMatch(/scale\(1\.07\d*\)/);
  });

  it('lists relationship warnings under the diagram as text', async () => {
    const { el } = await diagramOf(`${SCHOOL} PRAGMA foreign_keys = OFF;`);
    const items = [...el.querySelectorAll('.diagram-warnings li')];
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((li) => li.getAttribute('data-code') === 'foreign-keys-off')).toBe(true);
  });

  it('exports the standalone SVG with the current positions', async () => {
    const saved: { blob: Blob; name: string }[] = [];
    const { el } = await diagramOf(SCHOOL, { download: (blob, name) => saved.push({ blob, name }) });
    el.querySelector<HTMLButtonElement>('[data-action="export-svg"]')!.click();
    expect(saved[0]!.name).toBe('junction-diagram.svg');
    expect(saved[0]!.blob.type).toBe('image/svg+xml');
    const text = await saved[0]!.blob.text();
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toContain(`transform="translate(${translation(box(el, 'students')).x} `);
  });

  it('never turns a hostile table name into markup', async () => {
    const { el } = await diagramOf('CREATE TABLE "<img src=x onerror=alert(1)>" (id INTEGER PRIMARY KEY);');
    expect(document.querySelector('img')).toBeNull();
    expect(box(el, '<img src=x onerror=alert(1)>')).toBeDefined();
    expect(el.querySelector('.erd-title')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('stops following the session once destroyed', async () => {
    const { session, view, el } = await diagramOf(SCHOOL);
    view.destroy();
    await run(session, 'CREATE TABLE later (id INTEGER)');
    expect(box(el, 'later')).toBeUndefined();
  });
});

/** Gives the canvas a size (jsdom lays nothing out). */
function sizeCanvas(el: Element, width: number, height: number): void {
  const canvas = el.querySelector('.diagram-canvas')!;
  Object.defineProperty(canvas, 'clientWidth', { configurable: true, value: width });
  Object.defineProperty(canvas, 'clientHeight', { configurable: true, value: height });
}

function scaleOf(el: Element): number {
  return Number(/scale\(([\d.]+)\)/.exec(el.querySelector('g.erd-viewport')?.getAttribute('transform') ?? '')?.[1]);
}

describe('tables added out of view', () => {
  it('are brought into view by panning, at a readable scale, and no notice is left', async () => {
    const { session, view, el } = await diagramOf('CREATE TABLE students (id INTEGER PRIMARY KEY)');
    sizeCanvas(el, 400, 300);
    view.fit();
    await run(session, 'CREATE TABLE courses (id INTEGER PRIMARY KEY)');
    const offer = el.querySelector<HTMLButtonElement>('[data-action="show-new"]')!;
    expect(offer.hidden).toBe(true);
    expect(scaleOf(el)).toBeGreaterThanOrEqual(0.75);
  });

  it('are named in a notice while they cannot be shown, and the notice goes once they are in view', async () => {
    const { session, view, el } = await diagramOf('CREATE TABLE students (id INTEGER PRIMARY KEY)');
    // Too small a pane for even one box at a readable size.
    sizeCanvas(el, 60, 40);
    view.fit();
    await run(session, 'CREATE TABLE courses (id INTEGER PRIMARY KEY)');
    const offer = el.querySelector<HTMLButtonElement>('[data-action="show-new"]')!;
    expect(offer.hidden).toBe(false);
    expect(offer.textContent).toContain('courses');
    expect(scaleOf(el)).toBeGreaterThanOrEqual(0.75);
    sizeCanvas(el, 1200, 800);
    offer.click();
    expect(offer.hidden).toBe(true);
    await run(session, 'SELECT 1');
    expect(offer.hidden).toBe(true);
  });
});

describe('many new tables out of view', () => {
  it('are counted in the notice, not listed, so it covers little of the drawing', async () => {
    const { session, view, el } = await diagramOf('CREATE TABLE students (id INTEGER PRIMARY KEY)');
    sizeCanvas(el, 60, 40);
    view.fit();
    await run(session, Array.from({ length: 5 }, (_, i) => `CREATE TABLE t${i} (id INTEGER PRIMARY KEY);`).join('\n'));
    const offer = el.querySelector<HTMLButtonElement>('[data-action="show-new"]')!;
    expect(offer.hidden).toBe(false);
    expect(offer.textContent).toBe('5 new tables out of view. Show all');
  });
});

describe('tables a fit leaves out', () => {
  it('are named in a notice whose button shows the whole drawing, however small', async () => {
    const { view, el } = await diagramOf(SCHOOL);
    // A phone's pane: three tables in a row do not fit at a readable size.
    sizeCanvas(el, 340, 500);
    view.fit();
    expect(scaleOf(el)).toBe(0.75);
    const offer = el.querySelector<HTMLButtonElement>('.diagram-offscreen')!;
    expect(offer.hidden).toBe(false);
    expect(offer.dataset.action).toBe('show-all');
    expect(offer.textContent).toMatch(/^Out of view: .*courses.*\. Show all$/);
    offer.click();
    expect(scaleOf(el)).toBeLessThan(0.75);
    expect(offer.hidden).toBe(true);
  });

  it('make no notice when the drawing fits, and none once a table left out has been in view', async () => {
    const { view, el } = await diagramOf(SCHOOL);
    sizeCanvas(el, 1200, 800);
    view.fit();
    const offer = el.querySelector<HTMLButtonElement>('.diagram-offscreen')!;
    expect(offer.hidden).toBe(true);
    sizeCanvas(el, 340, 500);
    view.fit();
    expect(offer.hidden).toBe(false);
    // Zoomed out by the learner until every table is on screen: nothing is left to offer.
    view.zoom(0.5);
    view.zoom(0.5);
    expect(offer.hidden).toBe(true);
    // Back at the fit's scale: those tables were seen, so the notice does not come back.
    view.zoom(0.75 / scaleOf(el));
    expect(scaleOf(el)).toBeCloseTo(0.75);
    expect(offer.hidden).toBe(true);
  });

  it('say how many when there are more than three', async () => {
    const many = Array.from({ length: 6 }, (_, i) => `CREATE TABLE t${i} (id INTEGER PRIMARY KEY, name TEXT);`).join('\n');
    const { view, el } = await diagramOf(many);
    sizeCanvas(el, 200, 150);
    view.fit();
    expect(el.querySelector('.diagram-offscreen')?.textContent).toMatch(/^\d+ tables out of view\. Show all$/);
  });
});

describe('warnings', () => {
  it('collapse to a count with a toggle that shows the list', async () => {
    const { el } = await diagramOf(`${SCHOOL} PRAGMA foreign_keys = OFF;`);
    const toggle = el.querySelector<HTMLButtonElement>('[data-action="warnings"]')!;
    const list = el.querySelector<HTMLElement>('.diagram-warnings')!;
    expect(toggle.hidden).toBe(false);
    expect(toggle.textContent).toMatch(/^⚠ \d+ warnings?$/);
    expect(list.hidden).toBe(true);
    toggle.click();
    expect(list.hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.click();
    expect(list.hidden).toBe(true);
  });
});
