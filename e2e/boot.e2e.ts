/**
 * The light boot (issue 11): the lesson is on screen and its Run works while SQLite's wasm is still
 * on its way; CodeMirror waits for SQLite. The wasm is held back by the test until it lets it go.
 */
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM, FLAGS } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
});
afterAll(async () => {
  await browser?.close();
});

describe('a cold start on a slow network', () => {
  it('shows the lesson and runs its code once SQLite arrives, with no editor before it', async () => {
    // No service worker: it would answer the wasm request where the test cannot hold it.
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let wasmRequests = 0;
    await page.route('**/*.wasm', async (route) => {
      wasmRequests++;
      await held;
      await route.continue();
    });
    await page.goto(`${inject('baseUrl')}#/en/many-to-many`);

    // The lesson, its code highlighted and a Run button, while SQLite is not there yet.
    const block = page.locator('.lesson .runnable').first();
    await block.locator('pre[data-highlighted] .tok-keyword').first().waitFor();
    expect(await page.locator('.app').getAttribute('aria-busy')).toBe('true');
    expect(wasmRequests).toBeGreaterThan(0);
    expect(await page.locator('.cm-editor').count()).toBe(0);
    // The boot is a few files, not the thirty small chunks the shared modules once made (vite.config.ts's
    // BOOT_CHUNKS): on classroom Wi-Fi each is a round trip before the lesson shows.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\.js$/.test(e.name)).length);
    expect(scripts).toBeLessThanOrEqual(16);

    // Run, pressed now, answers once the wasm is let through: on the lesson's data, not an empty database.
    await block.locator('[data-action="run"]').click();
    await expect.poll(() => block.getAttribute('aria-busy')).toBe('true');
    release();
    const rows = block.locator('table.rows').first();
    await rows.waitFor();
    expect(await rows.locator('th').allTextContents()).toEqual(['id', 'name']);
    expect(await rows.locator('tbody tr').count()).toBeGreaterThan(1);
    await page.waitForSelector('.app:not([aria-busy])');

    // Then the editors come, for the code in view, without being asked.
    await page.locator('.playground .cm-editor').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('registers its offline copy only once the first lesson is open and SQLite has answered', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${inject('baseUrl')}#/en/many-to-many`);
    await page.locator('.lesson .runnable [data-action="run"]').first().waitFor();
    // The page has loaded (its load event is where a service worker is usually registered), yet its
    // precache, the whole course and the wasm again, does not compete with the wasm on its way.
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.waitForTimeout(300);
    expect(requested.filter((path) => path.endsWith('/sw.js'))).toEqual([]);

    release();
    await page.waitForSelector('.app:not([aria-busy])');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)).toMatch(/\/sw\.js$/);
    await context.close();
  });
});
