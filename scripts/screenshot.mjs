// `npm run screenshot`: remakes docs/screenshot.png (the README's picture) from the production build,
// as a learner sees lesson 2 after creating the junction in the playground. Run `npm run build` first.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'];
const SQL = `CREATE TABLE enrollments (
  student_id INTEGER NOT NULL REFERENCES students(id),
  course_id  INTEGER NOT NULL REFERENCES courses(id),
  PRIMARY KEY (student_id, course_id)
);
INSERT INTO enrollments VALUES (1, 1), (1, 2), (2, 1);
SELECT s.name, c.title
FROM students s
JOIN enrollments e ON e.student_id = s.id
JOIN courses c ON c.id = e.course_id;`;

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const { port } = server.httpServer.address();
const profile = await mkdtemp(join(tmpdir(), 'junction-shot-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  args: FLAGS,
  viewport: { width: 1440, height: 900 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${port}/#/en/many-to-many`);
  await page.waitForSelector('.app:not([aria-busy]) .lesson[data-lesson="many-to-many"]');
  const editor = page.locator('.playground .cm-content');
  await page.locator('.playground .editor-host').click();
  await editor.click();
  await page.keyboard.insertText(SQL);
  await page.keyboard.press('Shift+Control+Enter');
  await page.locator('.diagram-panel svg.erd g[data-table="enrollments"]').waitFor();
  await page.locator('.playground table.rows').waitFor();
  // Let the "changed" highlight fade, as a learner sees the drawing a moment later.
  await page.waitForTimeout(1800);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('docs/screenshot.png written');
} finally {
  await context.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}
