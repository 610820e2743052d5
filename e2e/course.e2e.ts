/** The course as a learner goes through it: editable models, exercises that change the database, the end. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';

const journey = useBrowser();
const DIAGRAM = '.diagram-panel';

const MODELS_LESSON = `---
id: editable-models
title: Editable models
---

# Editable models

\`\`\`python
class Student(Base):
    __tablename__ = "students"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
\`\`\`
`;

const WITH_EMAIL = [
  'class Student(Base):',
  '    __tablename__ = "students"',
  '    id: Mapped[int] = mapped_column(primary_key=True)',
  '    name: Mapped[str] = mapped_column(String(100))',
  '    email: Mapped[str] = mapped_column(String(200), unique=True)',
].join('\n');

async function openModelsLesson(page: Page) {
  const url = `${journey.baseUrl}courses/models.md`;
  await journey.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/markdown', body: MODELS_LESSON }));
  await journey.open(`#/open?src=${encodeURIComponent(url)}`);
  await page.locator('.lesson h1', { hasText: 'Editable models' }).waitFor();
}

describe('a python block', () => {
  it('is an editor: an added column shows in Show SQL and, after Create tables, in the diagram', async () => {
    const page = journey.page ?? (await journey.open('#/en'));
    await openModelsLesson(page);
    const block = page.locator('.code-block.python').first();
    await block.locator('.python-host').click();
    const editor = block.locator('.cm-content');
    await editor.waitFor();
    // The learner adds a column to the model.
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(WITH_EMAIL);
    await block.locator('[data-action="show-sql"]').click();
    await block.locator('.ddl:not([hidden]) pre').waitFor();
    await page.waitForFunction(() => document.querySelector('.code-block.python .ddl pre')?.textContent?.includes('email'));
    expect(await block.locator('.ddl pre').textContent()).toMatch(/email VARCHAR\(200\) NOT NULL/);
    await block.locator('[data-action="create-tables"]').click();
    await page.locator(`${DIAGRAM} svg.erd g[data-table="students"]`).waitFor();
    expect(await page.locator(`${DIAGRAM} svg.erd g[data-table="students"]`).textContent()).toContain('email');
  });

  it('keeps the learner’s edit after a reload', async () => {
    const page = journey.page;
    await page.waitForTimeout(600); // edits are saved after a short pause
    await page.reload();
    await page.waitForSelector('.app:not([aria-busy])');
    await page.locator('.lesson h1', { hasText: 'Editable models' }).waitFor();
    expect(await page.locator('.code-block.python pre').first().textContent()).toContain('email');
  });
});

describe('the end of the course', () => {
  it('leads from the last lesson to a summary of what was solved', async () => {
    const page = await journey.open('#/en');
    const last = page.locator('.course-index li a').last();
    await last.click();
    await page.locator('.lesson-nav a[rel="next"]', { hasText: 'Finish the course' }).click();
    const summary = page.locator('.course-summary');
    await summary.waitFor();
    expect(await summary.locator('h1').textContent()).toMatch(/^(Course complete|Your progress in the course)$/);
    const lessons = await page.locator('.course-index li').count();
    expect(await summary.locator('.summary-lessons li').count()).toBe(lessons);
    expect(await summary.locator('.summary-total').textContent()).toMatch(/^You solved/);
  });
});

describe('moving between lessons', () => {
  it('opens the next lesson at its top, wherever the learner had scrolled to', async () => {
    const page = await journey.open('#/en/many-to-many');
    await page.waitForSelector('.app:not([aria-busy])');
    const pane = page.locator('.lesson-pane');
    await pane.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    expect(await pane.evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
    await page.locator('.lesson-nav a[rel="next"]').click();
    await page.waitForSelector('.app:not([aria-busy]) .lesson[data-lesson="querying-through-the-junction"]');
    expect(await pane.evaluate((el) => el.scrollTop)).toBe(0);
  });
});
