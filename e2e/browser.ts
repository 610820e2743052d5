/** Launches Debian's Chromium for a journey and opens the app; collects page errors so tests can assert none. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Journey {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Uncaught errors and console errors seen so far. */
  errors: string[];
  /** Opens a fresh page at `hash` (e.g. `#/en/many-to-many`) and waits for the app to be ready. */
  open(hash?: string): Promise<Page>;
}

/** Sets up a persistent browser profile for the file's tests (so reloads keep IndexedDB). */
export function useBrowser(options: { viewport?: { width: number; height: number } } = {}): Journey {
  let browser: Browser | undefined;
  let profile = '';
  const journey = { errors: [] as string[] } as Journey;
  beforeAll(async () => {
    journey.baseUrl = inject('baseUrl');
    profile = await mkdtemp(join(tmpdir(), 'junction-e2e-'));
    journey.context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: FLAGS,
      viewport: options.viewport ?? { width: 1440, height: 900 },
    });
    journey.open = async (hash = '') => {
      const page = journey.context.pages()[0] ?? (await journey.context.newPage());
      if (!journey.page || journey.page !== page) watch(page, journey.errors);
      journey.page = page;
      await page.goto(`${journey.baseUrl}${hash}`);
      // A new hash on the same page navigates without a reload: wait for the lesson it names, not
      // for the one still on screen.
      const [, lang, lesson] = /^#\/(en|ru)\/([^/?]+)/.exec(hash) ?? [];
      if (lang && lesson) await page.waitForSelector(`html[lang="${lang}"] .lesson[data-lesson="${decodeURIComponent(lesson)}"]`);
      await page.waitForSelector('.app:not([aria-busy])');
      return page;
    };
  });
  afterAll(async () => {
    await journey.context?.close();
    await browser?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });
  return journey;
}

function watch(page: Page, errors: string[]) {
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
}

/** Types into a CodeMirror editor (replacing its text) found under `scope`. */
export async function typeInEditor(page: Page, scope: string, text: string) {
  // Editors are created as their block comes into view, as for a reader scrolling down.
  await page.locator(scope).first().scrollIntoViewIfNeeded();
  const content = page.locator(`${scope} .cm-content`).first();
  await content.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** Presses `keys` in the editor under `scope` and waits until that block's results are replaced. */
export async function runAndWait(page: Page, scope: string, keys = 'Control+Enter') {
  const results = page.locator(`${scope} .results`).first();
  await results.evaluate((el) => {
    (el as HTMLElement & { __stale?: Node | null }).__stale = el.firstChild;
  });
  await page.keyboard.press(keys);
  await results.evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        const done = () =>
          el.firstChild !== null && el.firstChild !== (el as HTMLElement & { __stale?: Node | null }).__stale && !el.closest('[aria-busy]');
        if (done()) return resolve();
        const observer = new MutationObserver(() => {
          if (done()) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(el.parentElement ?? el, { childList: true, subtree: true, attributes: true });
      }),
  );
  return results;
}

/** Runs `sql` in the playground (every statement) and waits for its results (returned, as `runAndWait` gives them). */
export async function runInPlayground(page: Page, sql: string) {
  await typeInEditor(page, '.playground', sql);
  return runAndWait(page, '.playground', 'Shift+Control+Enter');
}

/** The values of the playground's first result column after running `sql`. */
export async function playgroundColumn(page: Page, sql: string): Promise<string[]> {
  await runInPlayground(page, sql);
  return page.locator('.playground tbody td:first-child').allTextContents();
}

/** The text of the CodeMirror editor under `scope` (scrolled into view, so it exists). */
export async function editorText(page: Page, scope: string) {
  await page.locator(scope).first().scrollIntoViewIfNeeded();
  return page.locator(`${scope} .cm-content`).first().innerText();
}

/** Reloads the page at once (no waiting for saves) and waits for the app to be ready again. */
export async function reloadApp(page: Page) {
  await page.reload();
  await page.waitForSelector('.app:not([aria-busy])');
}

/**
 * Runs `fn` in a blank page of the app's origin (not the app), so a test can write storage as it
 * likes before the app next starts. Leaving the app first lets it write what it had pending.
 */
export async function onBlankPage<A>(journey: Journey, fn: (arg: A) => unknown, arg: A): Promise<void> {
  const url = `${journey.baseUrl}__blank`;
  await journey.context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
  );
  const page = journey.page ?? journey.context.pages()[0] ?? (await journey.context.newPage());
  await page.goto(url);
  // playwright's own type for `fn` unboxes handles in `arg`; ours carries plain data only.
  await page.evaluate(fn as (arg: unknown) => unknown, arg as unknown);
}

/** An axe-core violation, reduced to what a failing test should print. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const AXE_PATH = new URL('../node_modules/axe-core/axe.min.js', import.meta.url);

/**
 * Runs axe-core on the page (injected once per document) and returns its serious and critical
 * violations; the page's CSP forbids inline scripts, so the source is evaluated, not tagged.
 */
export async function seriousAxeViolations(page: Page, include?: string): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    const { readFile } = await import('node:fs/promises');
    await page.evaluate(await readFile(AXE_PATH, 'utf8'));
  }
  return page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    interface AxeViolation {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[] }[];
    }
    const { violations } = await axe.run(scope ? { include: [scope] } : document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }, include ?? null);
}

/** Presses Check in the exercise under `scope` and waits for its verdict; resolves to its feedback. */
export async function checkAndWait(page: Page, scope: string) {
  await page.locator(`${scope} [data-action="check"]`).click();
  await page.waitForFunction((s) => (document.querySelector(`${s} .feedback .verdict`)?.classList.length ?? 0) > 1, scope);
  return page.locator(`${scope} .feedback`);
}
