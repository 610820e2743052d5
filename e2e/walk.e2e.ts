/**
 * A learner walks whole lessons from an empty profile, typing each exercise's solution and pressing
 * Check only (never Run): every exercise passes, and a passing answer changes their database, so
 * the diagram follows the lesson.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../src/core/lessons/parse-lesson.js';
import type { Lesson } from '../src/core/lessons/types.js';
import type { Language } from '../src/core/messages/language.js';
import { checkAndWait, typeInEditor, useBrowser } from './browser.js';

const journey = useBrowser();
const LESSONS = new URL('../lessons/', import.meta.url);

/** The course lesson with `id` in `lang`, parsed from its file as the app's build does. */
async function lessonFile(lang: Language, id: string): Promise<Lesson> {
  const folder = new URL(`${lang}/`, LESSONS);
  for (const name of await readdir(folder)) {
    const { lesson } = parseLesson(await readFile(new URL(name, folder), 'utf8'), { fileName: `${lang}/${name}` });
    if (lesson.id === id) return lesson;
  }
  throw new Error(`No ${lang} lesson with id "${id}".`);
}

async function solveEveryExercise(page: Page, lesson: Lesson) {
  for (const exercise of lesson.exercises) {
    const scope = `[data-exercise="${exercise.id}"]`;
    await typeInEditor(page, scope, exercise.solution!.sql);
    const verdict = (await checkAndWait(page, scope)).locator('.verdict');
    expect(await verdict.getAttribute('class'), `${lesson.id}/${exercise.id}: ${await verdict.textContent()}`).toContain('pass');
    await page.locator(`${scope}.solved`).waitFor();
    // A passing answer also runs on the learner's database; the next exercise builds on it.
    await page.waitForFunction((s) => !document.querySelector(`${s} .exercise-editor[aria-busy]`), scope);
  }
}

describe('walking a lesson with Check only', () => {
  it('solves every exercise of lesson 1 from an empty profile', async () => {
    const lesson = await lessonFile('en', 'why-a-junction');
    const page = await journey.open('#/en/why-a-junction');
    await solveEveryExercise(page, lesson);
    expect(await page.locator('.course-index a[aria-current="page"] .done').textContent()).toBe('✓');
  });

  it('solves every exercise of the junction lesson, and the diagram shows the junction', async () => {
    const lesson = await lessonFile('en', 'many-to-many');
    const page = await journey.open('#/en/many-to-many');
    await solveEveryExercise(page, lesson);
    const junction = page.locator('.diagram-panel svg.erd g[data-table="enrollments"]');
    await junction.waitFor();
    expect(await page.locator('.diagram-panel [data-kind="many-to-many"][data-junction="enrollments"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.course-index a[aria-current="page"] .done').textContent()).toBe('✓');
  });

  it.each(['many-to-many', 'enrolled-in-all'])('solves every exercise of the Russian lesson %s', async (id) => {
    const lesson = await lessonFile('ru', id);
    const page = await journey.open(`#/ru/${id}`);
    await solveEveryExercise(page, lesson);
    expect(await page.locator('.course-index a[aria-current="page"] .done').textContent()).toBe('✓');
    expect(journey.errors).toEqual([]);
  });

  it.each(['en', 'ru'] as const)('opens every lesson of the %s course from the index, with no warnings and no errors', async (lang) => {
    const page = await journey.open(`#/${lang}`);
    const links = await page.locator('.course-index li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const files = (await readdir(new URL(`${lang}/`, LESSONS))).filter((f) => f.endsWith('.md'));
    expect(links.length).toBe(files.length);
    for (const href of links) {
      const id = decodeURIComponent(href.split('/').pop() ?? '');
      await journey.open(href);
      await page.locator(`.lesson[data-lesson="${id}"] h1`).waitFor();
      expect(await page.locator('.lesson .lesson-warnings').count(), href).toBe(0);
    }
    expect(journey.errors).toEqual([]);
  });
});
