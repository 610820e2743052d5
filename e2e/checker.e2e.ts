import { describe, expect, it } from 'vitest';
import { checkAndWait, typeInEditor, useBrowser } from './browser.js';

const journey = useBrowser();
const EXERCISE = '[data-exercise="untaken-courses"]';
// The example: right on the lesson's data and its variant, because the courses nobody takes
// happen to have the highest ids.
const LUCKY = 'SELECT title FROM courses WHERE id > 4;';

async function check(page: import('playwright-core').Page) {
  const feedback = await checkAndWait(page, EXERCISE);
  expect(await feedback.locator('.verdict').getAttribute('class')).toContain('fail');
}

describe('a lucky query meets trap data', () => {
  it('is rejected in English with the few rows that tell it apart, both results side by side', async () => {
    const page = await journey.open('#/en/who-is-missing');
    await typeInEditor(page, EXERCISE, LUCKY);
    await check(page);
    const example = page.locator(`${EXERCISE} .counterexample`);
    expect(await page.locator(`${EXERCISE} .verdict`).textContent()).toMatch(/test database made from it to catch a common mistake/);
    expect(await example.locator('.counterexample-lead').textContent()).toMatch(
      /^On (this row|these \d rows) your query returns .+, the expected result is .+\.$/,
    );
    expect(await example.locator('.counterexample-table figcaption').allTextContents()).toEqual(['students', 'courses', 'enrollments']);
    const rows = await example.locator('.counterexample-table tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThanOrEqual(6);
    expect(await example.locator('.diff .actual h4').textContent()).toBe('Your query returns');
    expect(await example.locator('.diff .expected h4').textContent()).toBe('The expected result is');
    expect(await example.locator('.diff .actual').textContent()).not.toBe(await example.locator('.diff .expected').textContent());
    // The whole results on the whole database are not shown on top of it.
    expect(await page.locator(`${EXERCISE} .feedback > .diff`).count()).toBe(0);
    expect(journey.errors).toEqual([]);
  });

  it('is rejected in Russian in the same way', async () => {
    const page = await journey.open('#/ru/who-is-missing');
    await typeInEditor(page, EXERCISE, LUCKY);
    await check(page);
    const example = page.locator(`${EXERCISE} .counterexample`);
    expect(await page.locator(`${EXERCISE} .verdict`).textContent()).toMatch(/проверочной базе/);
    expect(await example.locator('.counterexample-lead').textContent()).toMatch(
      /^На (этой строке|этих \d строках) ваш запрос (не )?возвращает .+, а ожидаемый результат .+\.$/,
    );
    expect(await example.locator('h4').first().textContent()).toBe('База данных');
    expect(await example.locator('.diff .actual h4').textContent()).toBe('Ваш запрос возвращает');
    expect(await example.locator('.diff .expected h4').textContent()).toBe('Ожидаемый результат');
    expect(journey.errors).toEqual([]);
  });
});
