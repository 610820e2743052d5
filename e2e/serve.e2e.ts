/**
 * The authoring loop: `junction lessons serve` on a folder; saving the lesson file updates the page
 * without a reload (the learner's editor text kept), and a broken file lists its problems as file:line.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorText, typeInEditor, useBrowser } from './browser.js';

const CLI = fileURLToPath(new URL('../bin/junction.js', import.meta.url));
const EXERCISE = '[data-exercise="names"]';
const PANEL = '.junction-authoring';

const lesson = (prose: string, solution = 'SELECT name FROM students;') => `---
id: enrol
title: Enrolling students
setup: |
  CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
  INSERT INTO students VALUES (1, 'Ada'), (2, 'Boris');
---

# Enrolling students

${prose}

\`\`\`sql exercise id=names
SELECT
\`\`\`

\`\`\`sql solution for=names
${solution}
\`\`\`
`;

const journey = useBrowser();
let root: string;
let file: string;
let server: ChildProcess;
let url: string;
let page: Page;

/** Starts `junction lessons serve course --port 0` in `root` and resolves to the address it prints. */
function serve(): Promise<string> {
  server = spawn(process.execPath, [CLI, 'lessons', 'serve', 'course', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    server.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (found) resolve(found[0]);
    });
    server.on('exit', (code) => reject(new Error(`lessons serve exited with ${code}: ${out}`)));
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'junction-authoring-'));
  await mkdir(join(root, 'course'));
  file = join(root, 'course', '01-enrol.md');
  await writeFile(file, lesson('The first version of the text.'));
  url = await serve();
});

afterAll(async () => {
  server?.kill('SIGINT');
  await rm(root, { recursive: true, force: true });
});

describe('junction lessons serve', () => {
  it("opens the folder's first lesson and lists the folder's lessons, with no problems", async () => {
    page = journey.context.pages()[0] ?? (await journey.context.newPage());
    page.on('pageerror', (e) => journey.errors.push(`pageerror: ${e.message}`));
    await page.goto(url);
    await page.waitForSelector('.lesson[data-lesson="enrol"]');
    await page.waitForSelector('.app:not([aria-busy])');
    expect(await page.locator('.lesson-pane').textContent()).toContain('The first version of the text.');
    expect(await page.locator(`${PANEL} summary`).textContent()).toContain('Lessons in course');
    expect(await page.locator(`${PANEL} .lessons a[aria-current="page"]`).textContent()).toBe('Enrolling students');
    await expect.poll(() => page.locator(`${PANEL} .ok`).textContent()).toBe('junction lessons check finds no problems.');
    expect(await page.locator(`${PANEL} .ok code`).textContent()).toBe('junction lessons check');
  });

  it('shows the saved text without a manual reload, and keeps the text typed in the exercise', async () => {
    await typeInEditor(page, EXERCISE, 'SELECT name FROM students ORDER BY name;');
    // A page that reloaded would lose this mark.
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });
    await writeFile(file, lesson('The second version, saved on disk.'));
    await page.waitForFunction(() => document.querySelector('.lesson-pane')?.textContent?.includes('The second version, saved on disk.'));
    await page.waitForSelector('.app:not([aria-busy])');
    expect(await page.locator('.lesson-pane').textContent()).not.toContain('The first version');
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(await editorText(page, EXERCISE)).toBe('SELECT name FROM students ORDER BY name;');
    expect(await page.locator(`${PANEL} [role="status"]`).textContent()).toContain('course/01-enrol.md was saved');
  });

  it('lists what lessons check finds in a saved file, as file:line, on the page', async () => {
    await writeFile(file, lesson('A solution that fails.', 'SELECT nme FROM students;'));
    const problem = page.locator(`${PANEL} .problems li`);
    await expect.poll(() => problem.count(), { timeout: 20_000 }).toBe(1);
    expect(await problem.locator('code').textContent()).toBe('course/01-enrol.md:17');
    expect(await problem.textContent()).toMatch(/names/);
    expect(await page.locator(`${PANEL} summary`).textContent()).toContain('1 problem');
  });

  it('shows the problems of a file that does not parse, beside what could be read of it', async () => {
    await writeFile(file, '---\nid: [enrol\ntitle: Broken\n---\n\n# Still a heading\n\nSome prose.\n');
    const problem = page.locator(`${PANEL} .problems li`);
    // The YAML parser notices the unclosed `[` on the line after it.
    await expect.poll(() => problem.first().locator('code').textContent(), { timeout: 20_000 }).toBe('course/01-enrol.md:3');
    expect(await problem.first().textContent()).toContain('Bad YAML in the frontmatter');
    await page.waitForFunction(() => document.querySelector('.lesson-pane')?.textContent?.includes('Some prose.'));
    expect(await page.locator('.lesson-pane .lesson-warnings').count()).toBe(1);
  });

  it("speaks the chrome's language: the panel and its problems in Russian", async () => {
    await page.locator('select[data-control="language"]').selectOption('ru');
    await page.waitForSelector('html[lang="ru"]');
    await expect.poll(() => page.locator(`${PANEL} summary`).textContent()).toContain('Уроки в course');
    expect(await page.locator(`${PANEL} .problems li`).first().textContent()).toContain('course/01-enrol.md:3 Ошибка в YAML-шапке урока');
    expect(await page.locator(`${PANEL} [role="status"]`).textContent()).toContain('course/01-enrol.md сохранён: урок прочитан заново.');
    expect(journey.errors).toEqual([]);
  });
});
