/**
 * Journey: an instructor's page on one origin embeds lessons whose files (embed.js, embed.html,
 * the wasm) come from another — the preview server of dist/. Both embeds render, share one wasm
 * download, announce their events on the host document, the iframe posts to the named parent
 * origin only, and a strict CSP (docs/embedding.md) is enough.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compileLesson } from '../src/core/lessons/compile-lesson.js';
import { COMPILED_BASE, compiledFileText } from '../src/core/lessons/compiled-file.js';
import { parseLesson } from '../src/core/lessons/parse-lesson.js';
import { CHROMIUM, FLAGS, seriousAxeViolations } from './browser.js';

const LESSON_FILE = 'examples/lessons/tags.md';
const lessonText = readFileSync(LESSON_FILE, 'utf8');
const lesson = parseLesson(lessonText, { fileName: 'tags.md' }).lesson;
const solution = (id: string) => lesson.exercises.find((e) => e.id === id)!.solution!.sql;
const NONCE = 'e2e-host';
/** The same lesson compiled as `junction lessons build` writes it, and a damaged copy. */
const compiledText = compiledFileText(compileLesson(lessonText, { fileName: 'tags.md', baseUrl: COMPILED_BASE }));
const damagedText = compiledText.replace('"kind":"exercise"', '"kind":"script"');

const INLINE_LESSON = `
    ---
    id: inline-enrol
    title: Inline
    setup: |
      CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
      INSERT INTO students VALUES (1, 'Ada'), (2, 'Grace');
    ---

    # Names

    \`\`\`sql exercise id=names
    SELECT 1;
    \`\`\`

    \`\`\`sql solution for=names
    SELECT name FROM students ORDER BY name;
    \`\`\`
`;

let browser: Browser;
let host: Server;
let hostOrigin = '';
let embedBase = '';
let embedOrigin = '';

/** The directives docs/embedding.md lists, for a page at `self` embedding from `embed`. */
const strictCsp = (embed: string) =>
  [
    "default-src 'none'",
    `script-src 'self' ${embed} 'wasm-unsafe-eval' 'nonce-${NONCE}'`,
    `worker-src blob: ${embed}`,
    `connect-src ${embed} 'self'`,
    `img-src 'self' data: ${embed}`,
    // The diagram's SVG carries its own <style> (the same SVG its export saves).
    "style-src 'self' 'unsafe-inline'",
  ].join('; ');

/** The host page: `body` plus a listener logging every embed event and CSP violation into `window.__log`. */
function hostPage(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title>
<script nonce="${NONCE}">
  window.__log = [];
  for (const type of ['junction-ready', 'junction-run', 'junction-checked', 'junction-solved']) {
    document.addEventListener(type, (e) => window.__log.push({ type, lesson: e.lesson, exercise: e.exercise, passed: e.passed, statements: e.statements, ok: e.ok, target: e.target.id }));
  }
  document.addEventListener('securitypolicyviolation', (e) => window.__log.push({ type: 'csp', directive: e.violatedDirective, uri: e.blockedURI, at: e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber, sample: e.sample }));
  window.addEventListener('message', (e) => window.__log.push({ type: 'message', origin: e.origin, data: e.data }));
</script>
<script type="module" src="${embedBase}embed.js"></script>
</head><body>${body}</body></html>`;
}

const twoEmbeds = () =>
  hostPage(`<h1>Two exercises</h1>
<junction-lesson id="from-src" src="/lessons/tags.md" exercise="post-tags"></junction-lesson>
<junction-lesson id="inline" diagram="none"><script type="text/markdown">${INLINE_LESSON}</script></junction-lesson>`);

const compiledEmbeds = () =>
  hostPage(`<junction-lesson id="compiled" src="/lessons/tags.json" exercise="post-tags" diagram="none"></junction-lesson>
<junction-lesson id="damaged" src="/lessons/damaged.json"></junction-lesson>`);

const sizedEmbeds = () =>
  hostPage(`<junction-lesson id="default" src="/lessons/tags.md" exercise="post-tags"></junction-lesson>
<junction-lesson id="short" src="/lessons/tags.md" exercise="post-tags" style="--j-diagram-height: 12rem"></junction-lesson>`);

/** The same exercise twice, in each language, with its diagram, for axe. */
const bothLanguages = () =>
  hostPage(`<h1>Exercises</h1>
<junction-lesson id="en" src="/lessons/tags.md" exercise="post-tags" lang="en"></junction-lesson>
<junction-lesson id="ru" src="/lessons/tags.md" exercise="post-tags" lang="ru" theme="dark"></junction-lesson>`);

/** An author's slips: an exercise id the lesson lacks, and a lesson that is not there, in a Russian part of the page. */
const mistakes = () =>
  hostPage(`<junction-lesson id="typo" src="/lessons/tags.md" exercise="post-tag"></junction-lesson>
<junction-lesson id="underscore" src="/lessons/tags.md" exercise="post_tags"></junction-lesson>
<section lang="ru"><junction-lesson id="missing" src="/lessons/nowhere.md"></junction-lesson></section>`);

/** An iframe the host sizes to its content, as docs/embedding.md shows. */
const sizedFrame = () => {
  const src = (extra: string) =>
    `${embedBase}embed.html#src=${encodeURIComponent(`${hostOrigin}/lessons/tags.md`)}&exercise=post-tags${extra}&parent-origin=${encodeURIComponent(hostOrigin)}`;
  // One frame starts far taller than its content, one asks for a height of its own.
  return hostPage(`<iframe id="fitted" style="width:100%;height:3000px;border:0" src="${src('')}"></iframe>
<iframe id="short" style="width:100%;height:600px;border:0" src="${src('&height=20rem')}"></iframe>
<script nonce="${NONCE}">
  addEventListener('message', (e) => {
    if (e.data?.type !== 'resize') return;
    const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
    frame.style.height = e.data.height + 'px';
  });
</script>`);
};

const framePage = () => {
  const hash = (parent: string) =>
    `#src=${encodeURIComponent(`${hostOrigin}/lessons/tags.md`)}&exercise=post-tags&lang=en&theme=light&parent-origin=${encodeURIComponent(parent)}`;
  return hostPage(`<iframe id="named" style="width:100%;height:600px" src="${embedBase}embed.html${hash(hostOrigin)}"></iframe>
<iframe id="other" style="width:100%;height:300px" src="${embedBase}embed.html${hash('http://127.0.0.1:9')}"></iframe>`);
};

beforeAll(async () => {
  embedBase = inject('baseUrl');
  embedOrigin = new URL(embedBase).origin;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  host = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    if (path === '/lessons/tags.md') {
      res.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8', 'access-control-allow-origin': '*' });
      return void res.end(lessonText);
    }
    const compiled: Record<string, string> = { '/lessons/tags.json': compiledText, '/lessons/damaged.json': damagedText };
    if (path in compiled) {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      return void res.end(compiled[path]);
    }
    const pages: Record<string, () => string> = {
      '/two.html': twoEmbeds,
      '/strict.html': twoEmbeds,
      '/frame.html': framePage,
      '/compiled.html': compiledEmbeds,
      '/sized.html': sizedEmbeds,
      '/sized-frame.html': sizedFrame,
      '/languages.html': bothLanguages,
      '/mistakes.html': mistakes,
    };
    const page = pages[path];
    if (!page) return void res.writeHead(404).end();
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
    if (path === '/strict.html') headers['content-security-policy'] = strictCsp(embedOrigin);
    res.writeHead(200, headers).end(page());
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

interface Logged {
  type: string;
  lesson?: string;
  exercise?: string | null;
  passed?: boolean;
  target?: string;
  origin?: string;
  directive?: string;
  uri?: string;
  data?: { source: string; type: string; lesson?: string; exercise?: string; passed?: boolean; height?: number };
}

const log = (page: Page): Promise<Logged[]> => page.evaluate(() => (window as unknown as { __log: Logged[] }).__log);

/** Polls the page's log from here (a strict CSP forbids evaluating a predicate's source there). */
async function waitForLog(page: Page, found: (entries: Logged[]) => boolean, timeoutMs = 30000): Promise<Logged[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const entries = await log(page);
    if (found(entries)) return entries;
    if (Date.now() > deadline) throw new Error(`The host page's log never matched: ${JSON.stringify(entries)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Replaces the text of the editor inside `scope` (a locator string, shadow roots pierced) and presses Check. */
/**
 * Types `answer` into the first exercise in `scope` and checks it. An embed loads no editor before
 * the learner touches its code: the click on the highlighted code makes the editor.
 */
async function solve(target: Page | FrameLocator, scope: string, answer: string): Promise<void> {
  const code = target.locator(`${scope} .exercise .editor-host`).first();
  await code.scrollIntoViewIfNeeded();
  expect(await target.locator(`${scope} .exercise .cm-content`).count()).toBe(0);
  await code.click();
  await target.locator(`${scope} .exercise .cm-content:focus`).first().waitFor();
  const page = 'keyboard' in target ? target : target.owner().page();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(answer);
  await target.locator(`${scope} .exercise [data-action="check"]`).first().click();
}

/** A fresh context (its own IndexedDB) and page, with every wasm request and every error counted. */
async function openHost(path: string) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const wasm: string[] = [];
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (/\.wasm(\?|$)/.test(r.url())) wasm.push(r.url());
    if (/\.js(\?|$)/.test(r.url())) scripts.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // A missing favicon is the host page's business, not the embed's.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`${m.text()} (${m.location().url})`);
  });
  await page.goto(`${hostOrigin}${path}`);
  return { context, page, wasm, scripts, errors };
}

describe('embedding from another origin', () => {
  it('renders both embeds, shares one wasm download and announces junction-solved with its ids', async () => {
    const { context, page, wasm, scripts, errors } = await openHost('/two.html');
    const ready = await waitForLog(page, (entries) => entries.filter((e) => e.type === 'junction-ready').length === 2);
    expect(ready.filter((e) => e.type === 'junction-ready').map((e) => [e.target, e.lesson, e.exercise])).toEqual(
      expect.arrayContaining([
        ['from-src', 'embed-tags', 'post-tags'],
        ['inline', 'inline-enrol', null],
      ]),
    );
    // Markdown is parsed on the page: its parser loaded (once, for both).
    expect(scripts.filter((url) => /markdown-source/.test(url))).toHaveLength(1);
    // The exercise alone: its section's prose and editor, not the other exercise.
    const fromSrc = page.locator('#from-src');
    expect(await fromSrc.locator('.exercise').count()).toBe(1);
    expect(await fromSrc.locator('.exercise').getAttribute('data-exercise')).toBe('post-tags');
    expect(await fromSrc.locator('h2').first().textContent()).toBe('The junction');
    expect(await page.locator('#inline .exercise[data-exercise="names"]').count()).toBe(1);
    // The inline exercise has no hint: its Hint button is not shown.
    expect(await page.locator('#inline [data-action="hint"]').isVisible()).toBe(false);
    expect(await page.locator('#from-src [data-action="hint"]').isVisible()).toBe(true);

    await solve(page, '#from-src', solution('post-tags'));
    const entries = await waitForLog(page, (all) => all.some((e) => e.type === 'junction-solved'));
    expect(entries.filter((e) => e.type === 'junction-checked').map((e) => [e.target, e.lesson, e.exercise, e.passed])).toEqual([
      ['from-src', 'embed-tags', 'post-tags', true],
    ]);
    expect(entries.filter((e) => e.type === 'junction-solved').map((e) => [e.target, e.lesson, e.exercise])).toEqual([
      ['from-src', 'embed-tags', 'post-tags'],
    ]);
    expect(await fromSrc.locator('.exercise.solved').count()).toBe(1);

    // A wrong answer in the other embed is checked, not solved; Run announces junction-run.
    await solve(page, '#inline', 'SELECT name FROM students WHERE id = 1;');
    const after = await waitForLog(page, (all) => all.filter((e) => e.type === 'junction-checked').length === 2);
    expect(after.filter((e) => e.type === 'junction-checked').at(-1)).toMatchObject({
      target: 'inline',
      lesson: 'inline-enrol',
      passed: false,
    });
    await page.locator('#inline [data-action="run"]').click();
    await waitForLog(page, (all) => all.some((e) => e.type === 'junction-run' && e.target === 'inline'));

    expect(wasm).toEqual([expect.stringMatching(new RegExp(`^${embedOrigin}/`))]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('renders a compiled lesson with no markdown parser, and says what is wrong with a damaged one', async () => {
    const { context, page, scripts, errors } = await openHost('/compiled.html');
    await waitForLog(page, (entries) => entries.some((e) => e.type === 'junction-ready' && e.target === 'compiled'));
    await page.locator('#damaged [role="alert"]').waitFor();
    expect(await page.locator('#damaged [role="alert"]').textContent()).toContain('This compiled lesson is damaged (at lesson.blocks.');
    // On screen, and nobody has touched it: the wasm is downloading, but no worker code, no results
    // view, no error explanations and no DOMPurify (Chromium sanitises) has loaded. (The whole
    // catalogue has: the damaged embed's message is one of its sentences.)
    await page.waitForTimeout(500);
    const beforeTouch = scripts.map((url) => url.split('/').pop() ?? '');
    expect(beforeTouch.filter((name) => /^(worker|results-view|purify|explain-error)[.-]/.test(name))).toEqual([]);
    expect(await page.locator('#compiled [data-action="run"]').first().isVisible()).toBe(true);
    await solve(page, '#compiled', solution('post-tags'));
    const entries = await waitForLog(page, (all) => all.some((e) => e.type === 'junction-solved'));
    expect(entries.find((e) => e.type === 'junction-solved')).toMatchObject({
      lesson: 'embed-tags',
      exercise: 'post-tags',
      target: 'compiled',
    });
    // Its prose came compiled: the parser's chunk was never asked for (the markdown embeds ask for it).
    expect(scripts.some((url) => /\/lesson-[^/]*\.js$/.test(url))).toBe(true);
    expect(scripts.filter((url) => /markdown-source/.test(url))).toEqual([]);
    expect(scripts.some((url) => /\/worker-[^/]*\.js$/.test(url))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the iframe page posts its solved message to the parent origin it names, and only there', async () => {
    const { context, page } = await openHost('/frame.html');
    await waitForLog(page, (all) => all.some((e) => e.type === 'message' && e.data?.type === 'ready'));
    const frame = page.frameLocator('#named');
    await solve(frame, 'body', solution('post-tags'));
    const entries = await waitForLog(page, (all) => all.some((e) => e.type === 'message' && e.data?.type === 'solved'));
    const messages = entries.filter((e) => e.type === 'message');
    expect(messages.every((m) => m.origin === embedOrigin)).toBe(true);
    expect(messages.find((m) => m.data?.type === 'solved')?.data).toEqual({
      source: 'junction',
      type: 'solved',
      lesson: 'embed-tags',
      exercise: 'post-tags',
      passed: true,
    });
    expect(messages.find((m) => m.data?.type === 'checked')?.data).toEqual({
      source: 'junction',
      type: 'checked',
      lesson: 'embed-tags',
      exercise: 'post-tags',
      passed: true,
    });
    expect(messages.some((m) => m.data?.type === 'resize' && (m.data.height ?? 0) > 100)).toBe(true);
    // The second frame was told another parent origin: the browser delivers none of its messages
    // here, so exactly one ready arrived (from the first frame).
    expect(messages.filter((m) => m.data?.type === 'ready')).toHaveLength(1);
    await context.close();
  });

  it('runs under the strict CSP the docs list, with no securitypolicyviolation', async () => {
    const { context, page, errors } = await openHost('/strict.html');
    await waitForLog(page, (all) => all.filter((e) => e.type === 'junction-ready').length === 2);
    // Run, the diagram and Check: the worker, the wasm and every lazy chunk under the policy.
    await page.locator('#from-src [data-action="run"]').click();
    await waitForLog(page, (all) => all.some((e) => e.type === 'junction-run'));
    await page.locator('#from-src .embed-diagram svg').first().waitFor();
    await solve(page, '#inline', 'SELECT name FROM students ORDER BY name;');
    const entries = await waitForLog(page, (all) => all.some((e) => e.type === 'junction-solved'));
    expect(entries.filter((e) => e.type === 'csp')).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("an author's mistakes", () => {
  it("name the lesson's exercises for an unknown id, and speak the page's language before a lesson is read", async () => {
    const { context, page } = await openHost('/mistakes.html');
    const typo = page.locator('#typo .embed-status.error');
    await typo.waitFor();
    expect(await typo.textContent()).toBe('The lesson embed-tags has no exercise post-tag. Its exercises: post-tags and tag-counts.');
    expect(await typo.locator('code').allTextContents()).toEqual(['post-tag', 'post-tags', 'tag-counts']);
    // An id no lesson could have is the same mistake, not a request for the whole lesson.
    await expect
      .poll(() => page.locator('#underscore .embed-status.error').textContent())
      .toBe('The lesson embed-tags has no exercise post_tags. Its exercises: post-tags and tag-counts.');
    const missing = page.locator('#missing .embed-status.error');
    await missing.waitFor();
    expect(await missing.textContent()).toBe(`${hostOrigin}/lessons/nowhere.md ответил 404 Not Found.`);
    await context.close();
  });
});

describe("an embed's diagram", () => {
  it('takes a drawing area that suits a course page, which --j-diagram-height sets', async () => {
    const { context, page, errors } = await openHost('/sized.html');
    await waitForLog(page, (all) => all.filter((e) => e.type === 'junction-ready').length === 2);
    const height = async (id: string) => {
      const canvas = page.locator(`#${id} .embed-diagram .diagram-canvas`);
      await canvas.locator('svg').first().waitFor();
      return (await canvas.boundingBox())?.height ?? 0;
    };
    // 16 px to the rem: clamp(14rem, 45vh, 26rem) in a 900 px high window is 405 px, not the app pane's 40rem.
    expect(await height('default')).toBeCloseTo(405, 0);
    expect(await height('short')).toBeCloseTo(12 * 16, 0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a fixed drawing area in the iframe page, so a frame sized to its content settles', async () => {
    const { context, page } = await openHost('/sized-frame.html');
    const canvas = page.frameLocator('#fitted').locator('.embed-diagram .diagram-canvas');
    await canvas.locator('svg').first().waitFor();
    const frameHeight = () => page.locator('#fitted').evaluate((frame) => frame.getBoundingClientRect().height);
    // It shrinks from 3,000 px to its content: the frame reports the lesson's height, not its own.
    await expect.poll(frameHeight).toBeLessThan(1500);
    expect(await frameHeight()).toBeGreaterThan(600);
    const settled = await frameHeight();
    await page.waitForTimeout(500);
    expect(await frameHeight()).toBe(settled);
    expect((await canvas.boundingBox())?.height).toBeCloseTo(22 * 16, 0);
    // `height` in the hash is the element's attribute, as in a page: the frame is told that height.
    await expect.poll(() => page.locator('#short').evaluate((frame) => frame.getBoundingClientRect().height)).toBe(20 * 16);
    await context.close();
  });
});

describe("an embed's accessibility", () => {
  it('has no serious or critical axe violation, in either language or theme, before and after Run and Check', async () => {
    const { context, page, errors } = await openHost('/languages.html');
    await waitForLog(page, (all) => all.filter((e) => e.type === 'junction-ready').length === 2);
    for (const id of ['en', 'ru']) await page.locator(`#${id} .embed-diagram svg`).first().waitFor();
    // A hidden button is not shown by its class's display: nothing to go to before a Run or a Check.
    expect(await page.locator('#en [data-action="go-to-result"]').isVisible()).toBe(false);
    expect(await page.locator('#en [data-action="go-to-feedback"]').isVisible()).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // A result, an error, a failed verdict with its counterexample, and the editor.
    await page.locator('#en [data-action="run"]').click();
    await waitForLog(page, (all) => all.some((e) => e.type === 'junction-run' && e.target === 'en'));
    expect(await page.locator('#en [data-action="go-to-result"]').isVisible()).toBe(true);
    await solve(page, '#ru', 'CREATE TABLE post_tags (post_id INTEGER, tag_id INTEGER);');
    await waitForLog(page, (all) => all.some((e) => e.type === 'junction-checked' && e.target === 'ru'));
    await page.locator('#ru .feedback .verdict').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("an embed's progress", () => {
  it('keeps an edit when the page goes away before its save was due', async () => {
    const { context, page, errors } = await openHost('/two.html');
    await waitForLog(page, (all) => all.filter((e) => e.type === 'junction-ready').length === 2);
    const code = page.locator('#inline .exercise .editor-host').first();
    await code.scrollIntoViewIfNeeded();
    await code.click();
    await page.locator('#inline .exercise .cm-content:focus').first().waitFor();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText('SELECT 1 AS kept;');
    // The page is hidden (a tab closed or switched) well within the 600 ms an edit waits to be saved.
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false })));
    await page.waitForTimeout(300);
    await page.reload();
    await waitForLog(page, (all) => all.filter((e) => e.type === 'junction-ready').length === 2);
    expect(await page.locator('#inline .exercise pre').first().textContent()).toBe('SELECT 1 AS kept;');
    expect(errors).toEqual([]);
    await context.close();
  });
});
