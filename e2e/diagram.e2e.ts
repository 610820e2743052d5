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
    // The lesson's own diagram has courses and a junction too: wait for the redrawn one, which the
    // run's result shows ahead of (the schema is read after the rows).
    await page.waitForFunction(() => !document.querySelector('.diagram-panel svg g[data-table="enrollments"]'));
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
    // The tables used are read after the rows are shown: the diagram lights them a moment later.
    for (const table of ['students', 'enrollments', 'courses']) {
      await expect.poll(() => page.locator(`${DIAGRAM} g[data-table="${table}"]`).getAttribute('class')).toContain('used');
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

/** Where a table's box is on screen, relative to the diagram canvas. */
async function screenBox(page: Page, table: string) {
  return page.locator(`${DIAGRAM} svg.erd g[data-table="${table}"] > rect.erd-box`).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const c = el.closest('.diagram-canvas')!.getBoundingClientRect();
    return { x: r.x - c.x, y: r.y - c.y, width: r.width, height: r.height, canvasWidth: c.width, canvasHeight: c.height };
  });
}

describe("lesson 1's junction", () => {
  it('puts enrollments between students and courses, all in view, with no stale notice', async () => {
    const page = await journey.open('#/en/many-to-many');
    await page.locator(`${DIAGRAM} svg g[data-table="courses"]`).waitFor();
    const before = { students: await placeOf(page, 'students'), courses: await placeOf(page, 'courses') };
    await run(
      page,
      `CREATE TABLE enrollments (
         student_id INTEGER NOT NULL REFERENCES students(id),
         course_id  INTEGER NOT NULL REFERENCES courses(id),
         PRIMARY KEY (student_id, course_id));`,
    );
    await page.locator(`${DIAGRAM} svg g[data-table="enrollments"]`).waitFor();
    expect(await placeOf(page, 'students')).toEqual(before.students);
    expect(await placeOf(page, 'courses')).toEqual(before.courses);
    const boxes = {
      students: await screenBox(page, 'students'),
      enrollments: await screenBox(page, 'enrollments'),
      courses: await screenBox(page, 'courses'),
    };
    const centre = (b: { x: number; width: number }) => b.x + b.width / 2;
    const [left, right] = [boxes.students, boxes.courses].sort((a, b) => a.x - b.x) as [typeof boxes.students, typeof boxes.students];
    expect(centre(boxes.enrollments)).toBeGreaterThan(centre(left));
    expect(centre(boxes.enrollments)).toBeLessThan(centre(right));
    for (const b of Object.values(boxes)) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(b.canvasWidth);
      expect(b.y + b.height).toBeLessThanOrEqual(b.canvasHeight);
    }
    expect(await page.locator(`${DIAGRAM} [data-action="show-new"]`).isVisible()).toBe(false);
  });

  it('moves none of the tables already drawn when another is added', async () => {
    const page = journey.page;
    const tables = ['students', 'courses', 'enrollments'];
    const before = await Promise.all(tables.map((t) => placeOf(page, t)));
    await run(page, 'CREATE TABLE teachers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, course_id INTEGER REFERENCES courses(id));');
    await page.locator(`${DIAGRAM} svg g[data-table="teachers"]`).waitFor();
    const after = await Promise.all(tables.map((t) => placeOf(page, t)));
    expect(after.map((p) => p.transform)).toEqual(before.map((p) => p.transform));
    expect(journey.errors).toEqual([]);
  });
});

describe('the split between the playground and the diagram', () => {
  it('resizes by mouse and by keyboard and survives a reload', async () => {
    const page = journey.page;
    const split = page.locator('.workspace-split[role="separator"]');
    const diagramHeight = () => page.locator(DIAGRAM).evaluate((el) => el.getBoundingClientRect().height);
    const start = Number(await split.getAttribute('aria-valuenow'));
    const tall = await diagramHeight();
    const grip = (await split.boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2 - 60, { steps: 5 });
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2 - 120, { steps: 5 });
    await page.mouse.up();
    const dragged = Number(await split.getAttribute('aria-valuenow'));
    expect(dragged).toBeLessThan(start);
    expect(await diagramHeight()).toBeGreaterThan(tall + 60);
    // The drawing keeps covering its canvas; its own size moves in 256 px steps, not with each px
    // (an SVG sized in % is laid out again, every text, whenever the page around it is).
    const sizes = await page.locator(`${DIAGRAM} .diagram-canvas`).evaluate((canvas) => {
      const svg = canvas.querySelector(':scope > svg')!.getBoundingClientRect();
      return { canvas: [canvas.clientWidth, canvas.clientHeight], svg: [svg.width, svg.height] };
    });
    for (const i of [0, 1]) {
      expect(sizes.svg[i]).toBeGreaterThanOrEqual(sizes.canvas[i]!);
      expect(sizes.svg[i]! % 256).toBe(0);
    }

    await split.focus();
    await page.keyboard.press('ArrowDown');
    expect(Number(await split.getAttribute('aria-valuenow'))).toBe(dragged + 5);

    await page.reload();
    await page.waitForSelector('.app:not([aria-busy])');
    expect(Number(await page.locator('.workspace-split[role="separator"]').getAttribute('aria-valuenow'))).toBe(dragged + 5);
  });
});

describe('Fit on a big schema', () => {
  it('keeps text at least 9 px tall on screen with 30 tables', async () => {
    const page = journey.page;
    const ddl = Array.from({ length: 30 }, (_, i) =>
      i === 0
        ? 'CREATE TABLE t0 (id INTEGER PRIMARY KEY, name TEXT NOT NULL);'
        : `CREATE TABLE t${i} (id INTEGER PRIMARY KEY, name TEXT NOT NULL, parent_id INTEGER REFERENCES t${Math.floor((i - 1) / 2)}(id));`,
    ).join('\n');
    await run(page, ddl);
    await page.locator(`${DIAGRAM} svg g[data-table="t29"]`).waitFor();
    await page.locator(`${DIAGRAM} [data-action="fit"]`).click();
    const px = await page
      .locator(`${DIAGRAM} svg.erd g[data-table="t0"] text.erd-name`)
      .first()
      .evaluate((el) => (el as SVGTextElement).getScreenCTM()!.a * Number.parseFloat(getComputedStyle(el).fontSize));
    expect(px).toBeGreaterThanOrEqual(9);
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

describe('the diagram tab', () => {
  it('fills its panel once its code has loaded, and hides with its tab', async () => {
    const page = await journey.open('#/en/many-to-many');
    await page.locator(`${DIAGRAM} svg g[data-table="students"]`).waitFor();
    // The slot the diagram loads into is the tab panel; the canvas keeps at least half of it.
    const slot = page.locator(`${DIAGRAM} .diagram-slot`);
    expect(await slot.getAttribute('aria-busy')).toBeNull();
    const [panel, canvas] = await Promise.all(
      [slot, page.locator(`${DIAGRAM} .diagram-canvas`)].map((l) => l.evaluate((el) => el.getBoundingClientRect().height)),
    );
    expect(canvas).toBeGreaterThanOrEqual(panel! / 2);
    await page.locator('[data-tab="rows"]').click();
    expect(await slot.isVisible()).toBe(false);
    expect(await page.locator('.instance-view').isVisible()).toBe(true);
    await page.locator('[data-tab="diagram"]').click();
    expect(await page.locator(`${DIAGRAM} .diagram-canvas`).isVisible()).toBe(true);
  });
});
