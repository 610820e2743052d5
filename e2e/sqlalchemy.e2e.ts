import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';

const journey = useBrowser();

describe('SQLAlchemy models in a lesson', () => {
  it('creates the tables of a python block and the diagram shows the three tables and the many-to-many', async () => {
    const page = await journey.open('#/en/many-to-many');
    const block = page
      .locator('.lesson .code-block.python')
      .filter({ has: page.locator('[data-action="create-tables"]') })
      .filter({ hasText: 'enrollments = Table(' })
      .first();
    await block.locator('[data-action="show-sql"]').click();
    expect(await block.locator('.ddl pre').innerText()).toContain('CREATE TABLE enrollments (');
    await block.locator('[data-action="create-tables"]').click();
    await page.locator('.diagram-panel svg g[data-table="enrollments"]').waitFor();
    for (const table of ['students', 'courses', 'enrollments']) {
      expect(await page.locator(`.diagram-panel svg g[data-table="${table}"]`).count()).toBe(1);
    }
    const m2m = page.locator('.diagram-panel [data-kind="many-to-many"][data-junction="enrollments"]').first();
    expect(await m2m.getAttribute('data-pattern')).toBe('pure');
    // The lesson's setup had already made students and courses: create_all() skips them.
    expect(await block.locator('.lesson-meta').textContent()).toContain('students, courses');
  });

  it('shows models for the live schema in the SQLAlchemy tab', async () => {
    const page = journey.page;
    await page.locator('[role=tab][data-tab="sqlalchemy"]').click();
    const code = await page.locator('.models-view pre').innerText();
    expect(code).toContain('class Base(DeclarativeBase):');
    expect(code).toContain('enrollments = Table(');
    expect(code).toMatch(/relationship\(\s*secondary=enrollments/);
  });
});
