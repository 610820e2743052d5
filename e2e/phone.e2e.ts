/** On a phone: the lesson and the lab one tap apart, each back where it was left; the wide layout as before. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runAndWait, seriousAxeViolations, typeInEditor, useBrowser } from './browser.js';

const journey = useBrowser({ viewport: { width: 375, height: 740 } });
const LESSON_TAB = '.pane-switch [data-pane="lesson"]';
const LAB_TAB = '.pane-switch [data-pane="lab"]';
/** The lesson's last exercise, some 4,500 px down at this width. */
const DEEP = '[data-exercise="copy-pairs"]';
const CREATE = '[data-exercise="create-enrollments"]';
const CREATE_ENROLLMENTS = `CREATE TABLE enrollments (
  student_id INTEGER NOT NULL REFERENCES students(id),
  course_id INTEGER NOT NULL REFERENCES courses(id),
  PRIMARY KEY (student_id, course_id)
);`;

/** Where `selector`'s box is in the viewport, and how much of its height shows above the switch. */
function placeOf(page: Page, selector: string) {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) throw new Error(`Nothing matches ${s}.`);
    const box = el.getBoundingClientRect();
    const bar = document.querySelector('.pane-switch')?.getBoundingClientRect();
    const bottom = bar && bar.height > 0 ? bar.top : window.innerHeight;
    return { top: box.top, height: box.height, shown: Math.max(0, Math.min(box.bottom, bottom) - Math.max(box.top, 0)) };
  }, selector);
}

/** Scrolls `selector` to a third of the way down the viewport, as a reader working on it would have it. */
async function scrollTo(page: Page, selector: string) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.evaluate((s) => window.scrollBy(0, document.querySelector(s)!.getBoundingClientRect().top - window.innerHeight / 3), selector);
  // Blocks come near the viewport and build their editors: let the page settle first.
  await page.waitForTimeout(300);
}

function selected(page: Page) {
  return page.evaluate(() => document.querySelector('.pane-switch [aria-selected="true"]')?.getAttribute('data-pane'));
}

describe('the phone layout', () => {
  it('reaches the diagram from an exercise deep in the lesson in one tap, and the exercise in one tap back', async () => {
    const page = await journey.open('#/en/many-to-many');
    await scrollTo(page, DEEP);
    const before = await placeOf(page, DEEP);
    expect(before.shown).toBeGreaterThan(100);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(3000);
    // The lab is not somewhere below: it is not shown at all until asked for.
    expect(await page.locator('.diagram-panel').isVisible()).toBe(false);

    await page.locator(LAB_TAB).click();
    expect(await selected(page)).toBe('lab');
    await page.locator('.diagram-panel svg.erd g[data-table]').first().waitFor();
    expect(await page.locator('main.lesson-pane').isVisible()).toBe(false);
    const diagram = await placeOf(page, '.diagram-panel .diagram-canvas');
    expect(diagram.shown).toBeGreaterThan(Math.min(200, diagram.height));

    await page.locator(LESSON_TAB).click();
    expect(await selected(page)).toBe('lesson');
    const after = await placeOf(page, DEEP);
    expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(3);
    expect(await page.locator('.diagram-panel').isVisible()).toBe(false);
  });

  it('keeps the lab scrolled where it was left, too', async () => {
    const page = journey.page;
    await page.locator(LAB_TAB).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    const playground = await placeOf(page, '.playground');
    await page.locator(LESSON_TAB).click();
    await page.locator(LAB_TAB).click();
    expect(Math.abs((await placeOf(page, '.playground')).top - playground.top)).toBeLessThanOrEqual(3);
    await page.locator(LESSON_TAB).click();
    expect((await placeOf(page, DEEP)).shown).toBeGreaterThan(100);
  });

  it('marks the lab after an exercise’s Run changed it, and shows the new table one tap away', async () => {
    const page = await journey.open('#/en/many-to-many');
    await scrollTo(page, CREATE);
    await typeInEditor(page, CREATE, CREATE_ENROLLMENTS);
    expect(await page.locator('.pane-dot').isVisible()).toBe(false);
    await runAndWait(page, CREATE);
    expect(await page.locator('.pane-dot').isVisible()).toBe(true);
    expect(await page.locator(LAB_TAB).getAttribute('aria-selected')).toBe('false');
    // Screen readers hear it in the tab's name.
    expect(await page.locator(LAB_TAB).textContent()).toContain('changed');
    const before = await placeOf(page, CREATE);

    await page.locator(LAB_TAB).click();
    await page.locator('.diagram-panel svg.erd g[data-table="enrollments"]').waitFor();
    expect((await placeOf(page, '.diagram-panel .diagram-canvas')).shown).toBeGreaterThan(200);
    expect(await page.locator('.pane-dot').isVisible()).toBe(false);

    await page.locator(LESSON_TAB).click();
    expect(Math.abs((await placeOf(page, CREATE)).top - before.top)).toBeLessThanOrEqual(3);
    // A run in the lab's own playground is seen as it happens: no mark.
    await page.locator(LAB_TAB).click();
    await typeInEditor(page, '.playground', 'CREATE TABLE notes (id INTEGER PRIMARY KEY);');
    await runAndWait(page, '.playground');
    expect(await page.locator('.pane-dot').isVisible()).toBe(false);
    await page.locator(LESSON_TAB).click();
  });

  it('switches by keyboard, and Tab from the switch goes back to where the learner was', async () => {
    const page = await journey.open('#/en/many-to-many');
    await scrollTo(page, CREATE);
    await page.locator(`${CREATE} .cm-content`).click();
    const before = await placeOf(page, CREATE);
    await page.locator(LESSON_TAB).focus();
    await page.keyboard.press('ArrowRight');
    expect(await selected(page)).toBe('lab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-pane'))).toBe('lab');
    await page.keyboard.press('Home');
    expect(await selected(page)).toBe('lesson');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-pane'))).toBe('lesson');
    await page.keyboard.press('Tab');
    expect(await page.evaluate((s) => document.activeElement?.closest(s) !== null, CREATE)).toBe(true);
    expect(Math.abs((await placeOf(page, CREATE)).top - before.top)).toBeLessThanOrEqual(3);
    // The tabs name what they show.
    expect(await page.locator(LAB_TAB).getAttribute('aria-controls')).toBe(await page.locator('.workspace').getAttribute('id'));
    expect(await page.locator(LESSON_TAB).getAttribute('aria-controls')).toBe(await page.locator('main.lesson-pane').getAttribute('id'));
  });

  it('brings the lesson back for the skip link when the lab is shown', async () => {
    const page = journey.page;
    await page.locator(LAB_TAB).click();
    await page.evaluate(() => document.querySelector<HTMLElement>('.skip-link')?.click());
    expect(await selected(page)).toBe('lesson');
    expect(await page.evaluate(() => document.activeElement?.matches('main.lesson-pane'))).toBe(true);
  });

  it('speaks Russian', async () => {
    const page = await journey.open('#/ru/many-to-many');
    expect(await page.locator(LESSON_TAB).textContent()).toBe('Урок');
    expect(await page.locator(LAB_TAB).innerText()).toBe('Лаборатория');
    expect(await page.locator('.pane-switch').getAttribute('aria-label')).toBe('Показать урок или лабораторию');
  });

  for (const lang of ['en', 'ru'] as const) {
    it(`finds no serious or critical axe violation with either half shown (${lang})`, async () => {
      const page = await journey.open(`#/${lang}/many-to-many`);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.locator(LAB_TAB).click();
      await page.locator('.diagram-panel svg.erd g[data-table]').first().waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.locator(LESSON_TAB).click();
    });
  }
});

describe('the wide layout', () => {
  it('shows the lesson and the lab side by side, the split between playground and diagram, and no switch', async () => {
    const page = await journey.open('#/en/many-to-many');
    // Even when the phone layout was left on the lab.
    await page.locator(LAB_TAB).click();
    await page.setViewportSize({ width: 1440, height: 900 });
    try {
      expect(await page.locator('.pane-switch').isVisible()).toBe(false);
      const lesson = await page.locator('main.lesson-pane').boundingBox();
      const lab = await page.locator('.workspace').boundingBox();
      expect(lesson && lab).toBeTruthy();
      expect(lesson!.x + lesson!.width).toBeLessThanOrEqual(lab!.x + 1);
      expect(lesson!.height).toBeGreaterThan(700);
      expect(lab!.height).toBeGreaterThan(700);
      expect(await page.locator('.lesson').isVisible()).toBe(true);
      expect(await page.locator('.diagram-panel .diagram-canvas').isVisible()).toBe(true);
      expect(await page.locator('.workspace-split').isVisible()).toBe(true);
      // Nothing but the panes scrolls: the page is the viewport's height.
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(900);
    } finally {
      await page.setViewportSize({ width: 375, height: 740 });
    }
  });
});
