/**
 * The diagram for the keyboard and a screen reader, and what it lights up: Tab reaches its tables,
 * arrows and Enter their relationships, each named in English and Russian as Chromium computes it;
 * a CREATE TABLE is announced in a live region; a two-table join lights its line, an n-ary join
 * its arms, a run of several statements one statement at a time; axe-core finds nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runAndWait, seriousAxeViolations, typeInEditor, useBrowser } from './browser.js';

const journey = useBrowser();
const PLAYGROUND = '.playground';
const DIAGRAM = '.diagram-panel';

const ENROLLMENTS = `CREATE TABLE enrollments (
  student_id INTEGER NOT NULL REFERENCES students(id),
  course_id INTEGER NOT NULL REFERENCES courses(id),
  PRIMARY KEY (student_id, course_id));`;

async function run(page: Page, sql: string) {
  await typeInEditor(page, PLAYGROUND, sql);
  await runAndWait(page, PLAYGROUND, 'Shift+Control+Enter');
}

/** The role and accessible name Chromium computes for the focused element (its accessibility tree, over CDP). */
async function focusedNode(page: Page): Promise<{ role: string; name: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
    };
    // The document is focused too: the element is the focused node that is not the page itself.
    const node = nodes.find(
      (n) => n.role?.value !== 'RootWebArea' && n.properties?.some((p) => p.name === 'focused' && p.value.value === true),
    );
    return { role: node?.role?.value ?? '', name: node?.name?.value ?? '' };
  } finally {
    await cdp.detach();
  }
}

/** Presses Tab from the diagram's last toolbar button until focus is inside the drawing; returns how many presses. */
async function tabIntoDiagram(page: Page): Promise<number> {
  await page.locator(`${DIAGRAM} [data-action="export-png"]`).focus();
  for (let i = 1; i <= 5; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((d) => !!document.activeElement?.closest(`${d} svg.erd`), DIAGRAM)) return i;
  }
  return -1;
}

/** The `source->target` of every lit line. */
function litLines(page: Page): Promise<string[]> {
  return page
    .locator(`${DIAGRAM} svg.erd g.erd-edge.used`)
    .evaluateAll((lines) => lines.map((l) => `${l.getAttribute('data-source')}->${l.getAttribute('data-target')}`));
}

function litTables(page: Page): Promise<string[]> {
  return page
    .locator(`${DIAGRAM} svg.erd g.erd-table.used`)
    .evaluateAll((boxes) => boxes.map((b) => b.getAttribute('data-table') ?? '').sort());
}

describe('the diagram for a screen reader (English)', () => {
  it('announces a CREATE TABLE enrollments in its live region', async () => {
    const page = await journey.open('#/en/many-to-many');
    await page.locator(`${DIAGRAM} svg.erd g[data-table="courses"]`).waitFor();
    // The lesson starts with a one-to-many attempt at the link; the learner replaces it.
    await run(page, 'DROP TABLE IF EXISTS students_course;');
    await page.waitForFunction((d) => !document.querySelector(`${d} svg g[data-table="students_course"]`), DIAGRAM);
    await run(page, ENROLLMENTS);
    const status = page.locator(`${DIAGRAM} .diagram [role="status"][aria-live="polite"]`);
    await page.waitForFunction((d) => document.querySelector(`${d} .diagram-announce`)?.textContent !== '', DIAGRAM);
    expect(await status.textContent()).toBe('Added table enrollments: links students and courses, many to many.');
  });

  it('is reached by Tab, and its tables and relationships say what they are', async () => {
    const page = journey.page;
    expect(await tabIntoDiagram(page)).toBe(1);
    expect(await focusedNode(page)).toEqual({ role: 'treeitem', name: 'Table students, 2 columns, 1 relationship' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedNode(page)).toEqual({
      role: 'treeitem',
      name: 'enrollments links students and courses, many to many; junction table, 2 columns, 2 relationships',
    });
    await page.keyboard.press('Enter');
    expect(await focusedNode(page)).toEqual({ role: 'treeitem', name: 'enrollments references students through student_id, many to one' });
    await page.keyboard.press('ArrowDown');
    expect((await focusedNode(page)).name).toBe('enrollments references courses through course_id, many to one');
    // Enter on a relationship goes to the table at its far end.
    await page.keyboard.press('Enter');
    expect((await focusedNode(page)).name).toBe('Table courses, 2 columns, 1 relationship');
    // The diagram is one stop in the Tab order: the next Tab leaves it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate((d) => !!document.activeElement?.closest(`${d} svg.erd`), DIAGRAM)).toBe(false);
  });

  it('rings the focused table so a sighted keyboard user sees it', async () => {
    const page = journey.page;
    await tabIntoDiagram(page);
    const strokes = await page.evaluate((d) => {
      const stroke = (t: string) => getComputedStyle(document.querySelector(`${d} g[data-table="${t}"] > rect.erd-box`)!).stroke;
      return { focused: stroke('courses'), other: stroke('students') };
    }, DIAGRAM);
    expect(await focusedNode(page)).toMatchObject({ name: 'Table courses, 2 columns, 1 relationship' });
    expect(strokes.focused).not.toBe(strokes.other);
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--j-accent').trim());
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(strokes.focused).toBe(rgb(accent));
  });

  it('finds no axe-core violation on the diagram with a table opened onto its relationships', async () => {
    const page = journey.page;
    await page.keyboard.press('Enter');
    expect((await focusedNode(page)).name).toBe('enrollments references courses through course_id, many to one');
    expect(await seriousAxeViolations(page, DIAGRAM)).toEqual([]);
    await page.locator(`${DIAGRAM} [data-view="logical"]`).click();
    await page.waitForFunction((d) => !document.querySelector(`${d} svg g[data-table="enrollments"]`), DIAGRAM);
    expect(await seriousAxeViolations(page, DIAGRAM)).toEqual([]);
    await page.locator(`${DIAGRAM} [data-view="physical"]`).click();
    await page.locator(`${DIAGRAM} svg g[data-table="enrollments"]`).waitFor();
  });
});

describe('the diagram for a screen reader (Russian)', () => {
  it('announces the new junction and names its tables and relationships in Russian', async () => {
    const page = await journey.open('#/ru/many-to-many');
    await page.locator(`${DIAGRAM} svg.erd g[data-table="courses"]`).waitFor();
    await run(page, 'DROP TABLE IF EXISTS students_course; DROP TABLE IF EXISTS enrollments;');
    await run(page, ENROLLMENTS);
    await page.waitForFunction((d) => document.querySelector(`${d} .diagram-announce`)?.textContent?.startsWith('Добавлена'), DIAGRAM);
    expect(await page.locator(`${DIAGRAM} .diagram-announce`).textContent()).toBe(
      'Добавлена таблица enrollments: связывает students и courses, многие ко многим.',
    );
    expect(await tabIntoDiagram(page)).toBe(1);
    expect(await focusedNode(page)).toEqual({ role: 'treeitem', name: 'Таблица students, 2 столбца, 1 связь' });
    await page.keyboard.press('End');
    expect((await focusedNode(page)).name).toBe(
      'enrollments связывает students и courses, многие ко многим; связующая таблица, 2 столбца, 2 связи',
    );
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focusedNode(page)).toEqual({
      role: 'treeitem',
      name: 'enrollments ссылается на students через student_id, многие к одному',
    });
    expect(await seriousAxeViolations(page, DIAGRAM)).toEqual([]);
  });
});

describe('what a query lights up', () => {
  it('lights the line of a two-table join, and no other', async () => {
    const page = await journey.open('#/en/many-to-many');
    await page.locator(`${DIAGRAM} svg.erd g[data-table="enrollments"]`).waitFor();
    await run(page, 'SELECT s.name FROM enrollments e JOIN students s ON s.id = e.student_id;');
    expect(await litLines(page)).toEqual(['enrollments->students']);
    expect(await litTables(page)).toEqual(['enrollments', 'students']);
  });

  it('lights the three arms of a join through an n-ary junction, in both views', async () => {
    const page = journey.page;
    await run(
      page,
      `CREATE TABLE teachers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
       CREATE TABLE terms (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
       CREATE TABLE offerings (
         teacher_id INTEGER NOT NULL REFERENCES teachers(id),
         course_id INTEGER NOT NULL REFERENCES courses(id),
         term_id INTEGER NOT NULL REFERENCES terms(id),
         PRIMARY KEY (teacher_id, course_id, term_id));`,
    );
    await page.locator(`${DIAGRAM} svg.erd g[data-table="offerings"] g.erd-badge[data-kind="n-ary"]`).waitFor();
    const join = `SELECT t.name, c.title, m.name FROM offerings o
      JOIN teachers t ON t.id = o.teacher_id JOIN courses c ON c.id = o.course_id JOIN terms m ON m.id = o.term_id;`;
    await run(page, join);
    expect((await litLines(page)).sort()).toEqual(['offerings->courses', 'offerings->teachers', 'offerings->terms']);
    expect(await page.locator(`${DIAGRAM} g.erd-badge.used`).getAttribute('data-junction')).toBe('offerings');
    await page.locator(`${DIAGRAM} [data-view="logical"]`).click();
    await page.locator(`${DIAGRAM} svg.erd g.erd-hub`).waitFor();
    expect((await litLines(page)).sort()).toEqual(['hub:offerings->courses', 'hub:offerings->teachers', 'hub:offerings->terms']);
    expect(await page.locator(`${DIAGRAM} g.erd-hub`).getAttribute('class')).toContain('used');
    // The hub and its arms are in the keyboard tree too.
    await tabIntoDiagram(page);
    await page.keyboard.press('End');
    expect(await focusedNode(page)).toEqual({ role: 'treeitem', name: 'offerings links teachers, courses and terms, n-ary (3 tables)' });
    await page.keyboard.press('Enter');
    expect((await focusedNode(page)).name).toBe('offerings links teachers, courses and terms, n-ary (3 tables): the line to teachers');
    await page.keyboard.press('ArrowDown');
    expect((await focusedNode(page)).name).toBe('offerings links teachers, courses and terms, n-ary (3 tables): the line to courses');
    expect(await seriousAxeViolations(page, DIAGRAM)).toEqual([]);
    await page.locator(`${DIAGRAM} [data-view="physical"]`).click();
    await page.locator(`${DIAGRAM} svg g[data-table="offerings"]`).waitFor();
  });

  it('shows a run of several statements one at a time, says which, and steps through them', async () => {
    const page = journey.page;
    await run(page, 'SELECT * FROM students;\nSELECT 1;\nSELECT * FROM enrollments e JOIN courses c ON c.id = e.course_id;');
    const caption = page.locator(`${DIAGRAM} .diagram-statement`);
    expect(await caption.textContent()).toBe(
      'Highlighting statement 3 of 3 (line 3): SELECT * FROM enrollments e JOIN courses c ON c.id = e.course_id;',
    );
    expect(await litTables(page)).toEqual(['courses', 'enrollments']);
    expect(await litLines(page)).toEqual(['enrollments->courses']);
    await page.locator(`${DIAGRAM} [data-action="previous-statement"]`).click();
    expect(await caption.textContent()).toBe('Highlighting statement 1 of 3 (line 1): SELECT * FROM students;');
    expect(await litTables(page)).toEqual(['students']);
    expect(await litLines(page)).toEqual([]);
    expect(await page.locator(`${DIAGRAM} .diagram-announce`).textContent()).toBe(
      'Highlighting statement 1 of 3 (line 1): SELECT * FROM students;',
    );
    await page.locator(`${DIAGRAM} [data-action="next-statement"]`).click();
    expect(await litTables(page)).toEqual(['courses', 'enrollments']);
    // One statement needs no caption.
    await run(page, 'SELECT * FROM courses;');
    expect(await page.locator(`${DIAGRAM} .diagram-statements`).isVisible()).toBe(false);
    expect(await litTables(page)).toEqual(['courses']);
    expect(journey.errors).toEqual([]);
  });
});
