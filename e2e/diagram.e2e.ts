import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runAndWait, typeInEditor, useBrowser } from './browser.js';

const journey = useBrowser();
const PLAYGROUND = '.playground';
const DIAGRAM = '.diagram-panel';

/** The layout position of a table box (its group's translate) and where it is drawn inside the diagram. */
async function placeOf(page: Page, table: string) {
  const box = page.locator(`${DIAGRAM} svg.erd g[data-table="${table}"]`);
  return {
    transform: await box.getAttribute('transform'),
    rect: await box.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const canvas = (el as SVGElement).ownerSVGElement!.getBoundingClientRect();
      return { x: r.x - canvas.x, y: r.y - canvas.y, width: r.width, height: r.height };
    }),
  };
}

async function run(page: Page, sql: string) {
  await typeInEditor(page, PLAYGROUND, sql);
  await runAndWait(page, PLAYGROUND, 'Shift+Control+Enter');
}

describe('the live ER diagram', () => {
  it('adds tables and a many-to-many with its junction as the learner runs CREATE TABLE', async () => {
    const page = await journey.open('#/en/querying-through-the-junction');
    await run(
      page,
      `DROP TABLE IF EXISTS enrollments; DROP TABLE IF EXISTS students; DROP TABLE IF EXISTS courses;
       CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
       CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT NOT NULL);`,
    );
    await page.locator(`${DIAGRAM} svg g[data-table="courses"]`).waitFor();
    expect(await page.locator(`${DIAGRAM} [data-junction]`).count()).toBe(0);
    const before = { students: await placeOf(page, 'students'), courses: await placeOf(page, 'courses') };

    await run(
      page,
      `CREATE TABLE enrollments (
         student_id INTEGER NOT NULL REFERENCES students(id),
         course_id INTEGER NOT NULL REFERENCES courses(id),
         PRIMARY KEY (student_id, course_id));`,
    );
    await page.locator(`${DIAGRAM} svg g[data-table="enrollments"]`).waitFor();
    const relation = page.locator(`${DIAGRAM} [data-kind="many-to-many"][data-junction="enrollments"]`).first();
    expect(await relation.getAttribute('data-pattern')).toBe('pure');
    // The new table is highlighted as changed; the untouched ones did not move.
    expect(await page.locator(`${DIAGRAM} g[data-table="enrollments"]`).getAttribute('class')).toContain('changed');
    expect(await placeOf(page, 'students')).toEqual(before.students);
    expect(await placeOf(page, 'courses')).toEqual(before.courses);
    // No two boxes overlap.
    const rects = await Promise.all(['students', 'courses', 'enrollments'].map(async (t) => (await placeOf(page, t)).rect));
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const [a, b] = [rects[i]!, rects[j]!];
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
  });

  it('lights up the path of a join through the junction', async () => {
    const page = journey.page;
    await run(
      page,
      'SELECT s.name, c.title FROM students s JOIN enrollments e ON e.student_id = s.id JOIN courses c ON c.id = e.course_id;',
    );
    for (const table of ['students', 'enrollments', 'courses']) {
      expect(await page.locator(`${DIAGRAM} g[data-table="${table}"]`).getAttribute('class')).toContain('used');
    }
  });

  it('shows the many-to-many as one line in the logical view and the schema as text', async () => {
    const page = journey.page;
    await page.locator(`${DIAGRAM} [data-view="logical"]`).click();
    await page.waitForFunction(() => !document.querySelector('.diagram-panel svg g[data-table="enrollments"]'));
    expect(await page.locator(`${DIAGRAM} [data-kind="many-to-many"][data-junction="enrollments"]`).count()).toBeGreaterThan(0);
    await page.locator(`${DIAGRAM} [data-view="physical"]`).click();
    await page.locator(`${DIAGRAM} svg g[data-table="enrollments"]`).waitFor();
    const description = await page.locator(`${DIAGRAM} svg.erd > desc`).textContent();
    expect(description).toContain('enrollments links students and courses (many-to-many, pure junction)');
  });

  it('removes the junction and its relationship on DROP TABLE; the others stay where they were', async () => {
    const page = journey.page;
    const before = { students: await placeOf(page, 'students'), courses: await placeOf(page, 'courses') };
    await run(page, 'DROP TABLE enrollments;');
    await page.waitForFunction(() => !document.querySelector('.diagram-panel svg g[data-table="enrollments"]'));
    expect(await page.locator(`${DIAGRAM} [data-junction="enrollments"]`).count()).toBe(0);
    expect(await placeOf(page, 'students')).toEqual(before.students);
    expect(await placeOf(page, 'courses')).toEqual(before.courses);
    expect(journey.errors).toEqual([]);
  });
});

describe('dragging a table', () => {
  it('moves only that table, and the lesson remembers where it was put', async () => {
    const page = await journey.open('#/en/many-to-many');
    const students = page.locator(`${DIAGRAM} svg.erd g[data-table="students"]`);
    await students.waitFor();
    const before = { students: await placeOf(page, 'students'), courses: await placeOf(page, 'courses') };
    const box = (await students.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 80, box.y + 50, { steps: 5 });
    await page.mouse.move(box.x + 140, box.y + 90, { steps: 5 });
    await page.mouse.up();
    const moved = await placeOf(page, 'students');
    expect(moved.transform).not.toBe(before.students.transform);
    expect(moved.rect.x).toBeGreaterThan(before.students.rect.x + 60);
    expect(await placeOf(page, 'courses')).toEqual(before.courses);

    await page.waitForTimeout(700); // positions are saved after a short pause
    await page.reload();
    await page.waitForSelector('.app:not([aria-busy])');
    await students.waitFor();
    expect((await placeOf(page, 'students')).transform).toBe(moved.transform);
  });
});
