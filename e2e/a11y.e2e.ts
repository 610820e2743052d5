/** Keyboard and screen-reader journeys: focus after Run and Check, Tab order, editors by Tab, axe-core. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations, useBrowser } from './browser.js';

const journey = useBrowser({ viewport: { width: 1280, height: 800 } });

/** What has focus: a tag, class and data-action, and its size, enough to tell stops apart. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', action: '', cls: '', width: 0, height: 0, text: '' };
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      action: el.dataset.action ?? el.dataset.control ?? '',
      cls: el.className && typeof el.className === 'string' ? el.className : '',
      width: box.width,
      height: box.height,
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
    };
  });
}

/** Waits until the block under `scope` shows a result that is not `stale`. */
async function waitForResult(page: Page, scope: string) {
  await page.waitForFunction((s) => {
    const block = document.querySelector(s);
    return block && !block.querySelector('[aria-busy]') && !block.matches('[aria-busy]') && block.querySelector('.results')?.firstChild;
  }, scope);
}

describe('the keyboard', () => {
  it('reaches a skip link first, and it moves focus to the lesson', async () => {
    const page = await journey.open('#/en/many-to-many');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.tag).toBe('a');
    expect(first.cls).toContain('skip-link');
    // Visible once focused: a keyboard user sees where they are.
    expect(first.width).toBeGreaterThan(20);
    expect(first.height).toBeGreaterThan(10);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.matches('main.lesson-pane'))).toBe(true);
    // The hash router is not disturbed by the skip link.
    expect(await page.evaluate(() => location.hash)).toBe('#/en/many-to-many');
  });

  it('meets no invisible stop in the first 30 Tab presses', async () => {
    const page = await journey.open('#/en/many-to-many');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const tiny: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      if (stop.tag !== 'body' && (stop.width < 4 || stop.height < 4)) tiny.push(`${i + 1}: ${stop.tag}.${stop.cls} ${stop.action}`);
    }
    expect(tiny).toEqual([]);
  });

  it('keeps focus on Run after Enter and Space, and moves it to the result when asked', async () => {
    const page = await journey.open('#/en/many-to-many');
    const run = page.locator('.playground [data-action="run"]');
    for (const key of ['Enter', 'Space']) {
      await run.focus();
      await page.keyboard.press(key);
      await waitForResult(page, '.playground');
      expect(
        await page.evaluate(() => document.activeElement?.closest('.playground') && document.activeElement?.getAttribute('data-action')),
      ).toBe('run');
    }
    // The learner asks: the result is focused (and announced by its label).
    const goto = page.locator('.playground [data-action="go-to-result"]');
    expect(await goto.isVisible()).toBe(true);
    await goto.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.matches('.playground .results'))).toBe(true);
  });

  it('keeps focus on Check after Enter, and can go to the verdict', async () => {
    const page = await journey.open('#/en/many-to-many');
    const scope = '[data-exercise="create-enrollments"]';
    const check = page.locator(`${scope} [data-action="check"]`);
    await check.scrollIntoViewIfNeeded();
    await check.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => (document.querySelector(`${s} .feedback .verdict`)?.classList.length ?? 0) > 1, scope);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('check');
    const goto = page.locator(`${scope} [data-action="go-to-feedback"]`);
    await goto.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate((s) => document.activeElement?.matches(`${s} .feedback`), scope)).toBe(true);
  });

  it('reaches every editor of a long lesson by Tab from the top, whatever was scrolled', async () => {
    const page = await journey.open('#/en/many-to-many');
    const blocks = await page.locator('.lesson .runnable, .lesson .exercise-editor').count();
    expect(blocks).toBeGreaterThan(1);
    await page.locator('main.lesson-pane').focus();
    const reached = new Set<number>();
    for (let i = 0; i < 120 && reached.size < blocks; i++) {
      await page.keyboard.press('Tab');
      const index = await page.evaluate(() => {
        const el = document.activeElement;
        const block = el?.closest('.lesson .runnable, .lesson .exercise-editor');
        if (!block || !el?.matches('.cm-content')) return -1;
        return [...document.querySelectorAll('.lesson .runnable, .lesson .exercise-editor')].indexOf(block);
      });
      if (index >= 0) {
        reached.add(index);
        // Leave the editor as the hint says: Esc, then Tab.
        await page.keyboard.press('Escape');
      }
    }
    expect(reached.size).toBe(blocks);
  });
});

describe('axe-core', () => {
  for (const lang of ['en', 'ru'] as const) {
    it(`finds no serious or critical violation on the course index and a lesson (${lang})`, async () => {
      const page = await journey.open(`#/${lang}`);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await journey.open(`#/${lang}/many-to-many`);
      // Every block's editor exists, as after a reader scrolled through the lesson.
      await page.evaluate(async () => {
        const pane = document.querySelector('main.lesson-pane')!;
        for (let y = 0; y < pane.scrollHeight; y += 400) {
          pane.scrollTop = y;
          await new Promise((r) => requestAnimationFrame(r));
        }
        pane.scrollTop = 0;
      });
      expect(await seriousAxeViolations(page)).toEqual([]);
    });

    it(`finds none on the diagram, its other tabs, and a result (${lang})`, async () => {
      const page = await journey.open(`#/${lang}/many-to-many`);
      await page.locator('.diagram-panel svg.erd g[data-table]').first().waitFor();
      expect(await seriousAxeViolations(page, '.workspace')).toEqual([]);
      for (const tab of ['rows', 'sqlalchemy']) {
        await page.locator(`[data-tab="${tab}"]`).click();
        await page.waitForTimeout(300);
        expect(await seriousAxeViolations(page, '.workspace')).toEqual([]);
      }
      await page.locator('[data-tab="diagram"]').click();
      await page.locator('.playground [data-action="run"]').click();
      await waitForResult(page, '.playground');
      expect(await seriousAxeViolations(page)).toEqual([]);
      // A failing statement's result too.
      await page.locator('.playground .cm-content').click();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.insertText('SELECT * FROM nowhere;');
      await page.locator('.playground [data-action="run"]').click();
      await page.locator('.playground .results .error, .playground .results [role=alert]').first().waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
});
