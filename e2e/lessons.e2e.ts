import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkAndWait, editorText, typeInEditor, useBrowser } from './browser.js';

const journey = useBrowser();
const EXERCISE = '[data-exercise="create-enrollments"]';

const WRONG = `CREATE TABLE enrollments (
  student_id INTEGER NOT NULL REFERENCES students(id),
  course_id  INTEGER NOT NULL REFERENCES courses(id)
);`;
const RIGHT = `CREATE TABLE enrollments (
  student_id INTEGER NOT NULL REFERENCES students(id),
  course_id INTEGER NOT NULL REFERENCES courses(id),
  PRIMARY KEY (student_id, course_id)
);`;

async function check(page: import('playwright-core').Page, scope: string) {
  return (await checkAndWait(page, scope)).locator('.verdict');
}

describe('a lesson exercise', () => {
  it('shows the wrong answer its hint and the expected-vs-actual diff', async () => {
    const page = await journey.open('#/en/many-to-many');
    await typeInEditor(page, EXERCISE, WRONG);
    const verdict = await check(page, EXERCISE);
    expect(await verdict.getAttribute('class')).toContain('fail');
    expect(await page.locator(`${EXERCISE} .hint-from-wrong`).textContent()).toMatch(/no primary key on the pair/);
    // The pk column of pragma_table_info differs: rows are missing from the learner's side and extra on it.
    expect(await page.locator(`${EXERCISE} .diff .expected tr.missing`).count()).toBeGreaterThan(0);
    expect(await page.locator(`${EXERCISE} .diff .actual tr.extra`).count()).toBeGreaterThan(0);
    expect(await page.locator(`${EXERCISE} .badge`).textContent()).toBe('Not solved yet');
  });

  it('marks the right answer solved, in the exercise and in the course index', async () => {
    const page = journey.page;
    await typeInEditor(page, EXERCISE, RIGHT);
    const verdict = await check(page, EXERCISE);
    expect(await verdict.getAttribute('class')).toContain('pass');
    expect(await page.locator(EXERCISE).getAttribute('class')).toContain('solved');
    expect(await page.locator(`${EXERCISE} .badge`).textContent()).toBe('✓ Solved');
    const exercises = await page.locator('.lesson .exercise').count();
    expect(await page.locator('.course-index a[aria-current="page"] .done').textContent()).toBe(`1/${exercises}`);
  });

  it('is still solved after a reload, with the learner’s text back in the editor', async () => {
    const page = journey.page;
    await page.waitForTimeout(600); // the editor text is saved after a short pause
    await page.reload();
    await page.waitForSelector('.app:not([aria-busy])');
    expect(await page.locator(EXERCISE).getAttribute('class')).toContain('solved');
    expect(await editorText(page, EXERCISE)).toBe(RIGHT);
  });

  it('forgets it all after Reset lesson (with a confirm)', async () => {
    const page = journey.page;
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('[data-action="reset-lesson"]').click();
    await page.waitForFunction((s) => !document.querySelector(s)?.classList.contains('solved') && document.querySelector(s), EXERCISE);
    expect(await editorText(page, EXERCISE)).toMatch(/your columns and keys here/);
    await page.reload();
    await page.waitForSelector('.app:not([aria-busy])');
    expect(await page.locator(EXERCISE).getAttribute('class')).not.toContain('solved');
  });
});

const INSTRUCTOR_LESSON = `---
id: instructor-demo
title: Tags for posts
setup: |
  CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
  CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE);
  CREATE TABLE post_tags (post_id INTEGER NOT NULL REFERENCES posts(id), tag_id INTEGER NOT NULL REFERENCES tags(id), PRIMARY KEY (post_id, tag_id));
  INSERT INTO posts VALUES (1, 'Hello'), (2, 'Joins');
  INSERT INTO tags VALUES (1, 'sql'), (2, 'intro');
  INSERT INTO post_tags VALUES (1, 2), (2, 1);
---

# Tags for posts

![[schema.png]]

\`\`\`sql exercise id=labels title="Labels of post 2"
SELECT
\`\`\`

\`\`\`sql solution for=labels
SELECT t.label FROM tags t JOIN post_tags pt ON pt.tag_id = t.id WHERE pt.post_id = 2;
\`\`\`
`;

describe('a lesson opened by URL', () => {
  it('renders, resolves its images next to it, and its exercise checks', async () => {
    const page = journey.page;
    const url = `${journey.baseUrl}courses/db101/tags.md`;
    await journey.context.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/markdown; charset=utf-8', body: INSTRUCTOR_LESSON }),
    );
    await journey.open(`#/open?src=${encodeURIComponent(url)}`);
    await page.locator('.lesson h1', { hasText: 'Tags for posts' }).waitFor();
    expect(await page.locator('.lesson img').getAttribute('src')).toBe(`${journey.baseUrl}courses/db101/schema.png`);
    const scope = '[data-exercise="labels"]';
    // A right answer, not one that matches the solution only on this data (trap data would catch that).
    await typeInEditor(page, scope, 'SELECT t.label FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = 2;');
    expect(await (await check(page, scope)).getAttribute('class')).toContain('pass');
  });

  it('explains a failed fetch instead of rendering it', async () => {
    const page = journey.page;
    const url = `${journey.baseUrl}courses/missing.md`;
    await journey.context.route(url, (route) => route.fulfill({ status: 404, body: 'nope' }));
    await journey.open(`#/open?src=${encodeURIComponent(url)}`);
    // A lesson is open, so the failure is a notice over it (e2e/persistence.e2e.ts: it stays as it was).
    const alert = page.locator('.notices [role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('404');
  });
});

const HOSTILE = `# Hostile

<img src=x onerror="window.__pwned = 'img'">

<script>window.__pwned = 'script'</script>

[click me](javascript:window.__pwned='link')

<a href="javascript:window.__pwned='a'" id="js-link">and me</a>

<svg><animate onbegin="window.__pwned='svg'" attributeName="x" dur="1s"/></svg>

<iframe src="javascript:window.top.__pwned='iframe'"></iframe>
`;

describe('an untrusted lesson', () => {
  it('runs nothing: no handlers, no scripts, no javascript: links', async () => {
    const page = journey.page;
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const url = `${journey.baseUrl}hostile.md`;
    await journey.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/markdown', body: HOSTILE }));
    await journey.open(`#/open?src=${encodeURIComponent(url)}`);
    await page.locator('.lesson h1', { hasText: 'Hostile' }).waitFor();
    await page.waitForTimeout(1200);
    for (const link of await page.locator('.lesson a').all()) {
      expect((await link.getAttribute('href')) ?? '').not.toMatch(/^\s*javascript:/i);
      await link.click({ force: true }).catch(() => undefined);
    }
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator('.lesson script, .lesson iframe, .lesson [onerror], .lesson [onbegin]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

describe('the source note, dropped as a file', () => {
  it('renders cleanly: Russian text, both Python blocks highlighted, the embed as a quiet placeholder', async () => {
    const page = await journey.open('#/en/many-to-many');
    const note = await readFile(new URL('../test/fixtures/lessons/source-note.ru.md', import.meta.url), 'utf8');
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'source-note.ru.md', { type: 'text/markdown' }));
      return dt;
    }, note);
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    await page.locator('.lesson', { hasText: 'многие к многим' }).first().waitFor();
    const python = page.locator('.lesson pre.language-python');
    // Python is highlighted as it comes into view.
    await python.nth(1).scrollIntoViewIfNeeded();
    await page.locator('.lesson pre.language-python[data-highlighted]').nth(1).waitFor();
    expect(await python.count()).toBe(2);
    expect(await python.nth(0).locator('.tok-keyword', { hasText: 'class' }).count()).toBeGreaterThan(0);
    expect(await python.nth(1).locator('.tok-keyword').count()).toBeGreaterThan(0);
    const embed = page.locator('.lesson .embed-missing');
    expect(await embed.count()).toBe(1);
    expect(await embed.textContent()).toContain('Pasted image 20250404121302.png');
    expect(await page.locator('.lesson').innerText()).not.toContain('![[');
    expect(await page.locator('.lesson .lesson-warnings').count()).toBe(0);
  });
});

describe('the language switch', () => {
  it('opens the same lesson in Russian with Russian UI strings, and back', async () => {
    const page = await journey.open('#/en/many-to-many');
    await page.locator('[data-control="language"]').selectOption('ru');
    await page.waitForFunction(() => location.hash === '#/ru/many-to-many');
    // The Russian lesson replaces the English one once it has opened (its database is set up first).
    await page.waitForFunction(() => /[а-яё]/i.test(document.querySelector('.lesson h1')?.textContent ?? ''));
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.locator('.playground [data-action="run"]').textContent()).toContain('Выполнить');
    expect(await page.locator('.course-index h2').textContent()).toBe('Курс');
    await page.locator('[data-control="language"]').selectOption('en');
    await page.waitForFunction(() => location.hash === '#/en/many-to-many');
    await page.locator('.playground [data-action="run"]', { hasText: 'Run' }).waitFor();
  });
});
