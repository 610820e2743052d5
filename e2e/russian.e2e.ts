/**
 * A Russian learner meets Russian everywhere: verdicts, SQL error explanations, the diagram's
 * warnings and Schema text, the Rows view, the model bridge, row counts with their plural forms.
 */
import { describe, expect, it } from 'vitest';
import { checkAndWait as check, runInPlayground, typeInEditor, useBrowser } from './browser.js';

const journey = useBrowser();

/** English prose words that must not appear in a Russian sentence (identifiers and SQL are fine). */
const ENGLISH = /\b(the|is|are|of|to|this|that|there|rows?|missing|extra|your|called|already|table|cannot|expected|no)\b/i;

/** Asserts `text` is Russian; SQLite's own text, quoted «…», may stay English. */
function russian(text: string | null): string {
  expect(text ?? '').toMatch(/[а-яё]/i);
  expect((text ?? '').replace(/«[^»]*»/g, '')).not.toMatch(ENGLISH);
  return text ?? '';
}

const ENROLLMENTS = `CREATE TABLE enrollments (
  student_id INTEGER NOT NULL REFERENCES students(id),
  course_id INTEGER NOT NULL REFERENCES courses(id),
  PRIMARY KEY (student_id, course_id)
);`;

describe('a Russian lesson', () => {
  it('shows the Rows view empty state in Russian while there is no junction', async () => {
    // The first lesson's designs have no junction yet: that is its point.
    const page = await journey.open('#/ru/why-a-junction');
    await page.locator('[data-tab="rows"]').click();
    russian(await page.locator('.instance-empty').textContent());
    await page.locator('[data-tab="diagram"]').click();
  });

  it('says a wrong answer in Russian, with the right plural forms', async () => {
    const page = await journey.open('#/ru/many-to-many');
    const scope = '[data-exercise="enroll-ada"]';
    await typeInEditor(page, scope, 'INSERT INTO enrollments (student_id, course_id) VALUES (1, 3);');
    const feedback = await check(page, scope);
    const verdict = russian(await feedback.locator('.verdict').textContent());
    expect(verdict).toContain('не хватает 2 ожидаемых строк и есть 1 лишняя строка');
    expect(russian(await feedback.locator('.lesson-meta').textContent())).toBe('не хватает 2 строк, 1 лишняя строка');
    expect(await feedback.locator('.diff .expected h4').textContent()).toBe('Ожидалось');
    expect(await page.locator(`${scope} .badge`).textContent()).toBe('Ещё не решено');
  });

  it('counts rows in Russian: 1 строка, 2 строки, 5 строк', async () => {
    const page = journey.page;
    const metas = async (sql: string) => (await runInPlayground(page, sql)).locator('.result .meta').allTextContents();
    expect((await metas('SELECT 1;'))[0]).toMatch(/^1 строка · /);
    expect((await metas('SELECT 1 UNION ALL SELECT 2;'))[0]).toMatch(/^2 строки · /);
    const five = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5) SELECT x FROM c;';
    expect((await metas(five))[0]).toMatch(/^5 строк · /);
    expect((await metas(ENROLLMENTS))[0]).toMatch(/^таблица enrollments создана · \d+,?\d* мс$/);
  });

  it.each([
    ['an unknown table', 'SELECT * FROM enrolments;', /В этой базе нет таблицы enrolments\. Может быть, вы имели в виду enrollments\?/],
    ['a foreign key failure', 'INSERT INTO enrollments (student_id, course_id) VALUES (9, 1);', /нет строки в students с id 9/i],
    [
      'a duplicate pair',
      'INSERT INTO enrollments (student_id, course_id) VALUES (1, 1);\nINSERT INTO enrollments (student_id, course_id) VALUES (1, 1);',
      /Такая пара \(student_id, course_id\) уже есть в enrollments/,
    ],
  ])('explains %s in Russian beside SQLite’s own text', async (_what, sql, expected) => {
    const page = journey.page;
    const results = await runInPlayground(page, sql);
    const error = results.locator('.result.error');
    expect(russian(await error.locator('header').textContent())).toMatch(/^Ошибка в операторе на строке \d$/);
    const explanation = russian(await error.locator('.explanation').textContent());
    expect(explanation).toMatch(expected);
    // SQLite's own message stays as SQLite wrote it.
    expect(await error.locator('.message').textContent()).toMatch(/^(no such table|FOREIGN KEY|UNIQUE)/);
  });

  it('writes the diagram warnings and the Schema text in Russian', async () => {
    const page = journey.page;
    await runInPlayground(
      page,
      'CREATE TABLE loose_pairs (student_id INTEGER REFERENCES students(id), course_id INTEGER REFERENCES courses(id));',
    );
    // Warnings are collapsed to a count; the toggle lists them.
    const toggle = page.locator('[data-action="warnings"]');
    await toggle.waitFor();
    russian((await toggle.textContent()) ?? '');
    await toggle.click();
    const warnings = page.locator('.diagram-warnings li');
    await warnings.first().waitFor();
    expect(await warnings.count()).toBeGreaterThan(0);
    for (const text of await warnings.allTextContents()) russian(text);
    await page.locator('[data-action="schema"]').click();
    const schema = page.locator('.diagram-schema');
    expect(await schema.textContent()).toContain('Таблица students:');
    expect(await schema.textContent()).toContain('Связи:');
    expect(await schema.textContent()).toContain('enrollments связывает students и courses');
    expect(await schema.textContent()).not.toMatch(/\b(Table|references|Relationships|Warnings)\b/);
  });
});

const MODELS_LESSON = `---
id: tagged-posts
title: Посты и теги
lang: ru
setup: |
  CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
---

# Посты и теги

\`\`\`python
class Post(Base):
    __tablename__ = "posts"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100), frobnicate=True)
\`\`\`

\`\`\`sql exercise id=names title="Имена авторов"
SELECT
\`\`\`

\`\`\`sql solution for=names
SELECT name FROM authors;
\`\`\`
`;

describe('a Russian lesson from outside the course', () => {
  it('gives model warnings in Russian, and after a switch to English keeps the lesson, its feedback in Russian', async () => {
    const page = journey.page;
    const url = `${journey.baseUrl}courses/ru/posts.md`;
    await journey.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/markdown', body: MODELS_LESSON }));
    await journey.open(`#/open?src=${encodeURIComponent(url)}&lang=ru`);
    await page.locator('.lesson h1', { hasText: 'Посты и теги' }).waitFor();
    const warning = page.locator('.model-warnings .notice').first();
    await page.locator('.code-block.python').scrollIntoViewIfNeeded();
    await warning.waitFor();
    expect(russian(await warning.textContent())).toMatch(/^Строка 4: .*frobnicate/);

    const scope = '[data-exercise="names"]';
    await typeInEditor(page, scope, 'SELECT name FROM authorz;');
    russian(await (await check(page, scope)).locator('.verdict').textContent());

    await page.locator('[data-control="language"]').selectOption('en');
    await page.locator('.playground [data-action="run"]', { hasText: 'Run' }).waitFor();
    // The same lesson is still open: its text and its exercise are there, the chrome is English…
    expect(await page.locator('.lesson h1').textContent()).toBe('Посты и теги');
    expect(await page.locator(`${scope} [data-action="check"]`).textContent()).toContain('Check');
    expect(await page.locator('.model-warnings .notice').first().textContent()).toMatch(/^Line 4: .*frobnicate/);
    // …and feedback on its exercises still speaks the lesson's language.
    await typeInEditor(page, scope, 'SELECT name FROM authorz;');
    russian(await (await check(page, scope)).locator('.verdict').textContent());
  });
});

describe('an English lesson', () => {
  it('stays English: verdicts and explanations have no Russian in them', async () => {
    const page = await journey.open('#/en/many-to-many');
    // The page was on another lesson: wait for this one (and its playground) to be built.
    await page.locator('.lesson[data-lesson="many-to-many"] h1', { hasText: 'The junction table' }).waitFor();
    const results = await runInPlayground(page, 'SELECT * FROM enrolments;');
    const explanation = (await results.locator('.result.error .explanation').textContent()) ?? '';
    expect(explanation).toMatch(/^There is no table called enrolments/);
    expect(explanation).not.toMatch(/[а-яё]/i);
    expect(await results.locator('.result.error header').textContent()).toBe('Error in the statement on line 1');
    expect(journey.errors).toEqual([]);
  });
});
