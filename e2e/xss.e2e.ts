/**
 * Hostile strings from DOMPurify's and OWASP's corpora (test/fixtures/xss) in every place a lesson,
 * a result or a name reaches the page: nothing runs, nothing navigates, no dangerous markup lands.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAndWait, typeInEditor, useBrowser } from './browser.js';

interface Payload {
  id: string;
  source: 'dompurify' | 'owasp';
  title: string;
  payload: string;
}

const PAYLOADS: Payload[] = JSON.parse(await readFile(new URL('../test/fixtures/xss/payloads.json', import.meta.url), 'utf8'));
const journey = useBrowser();
const dialogs: string[] = [];
const popups: string[] = [];

/** Every way a payload could call out: the dialog functions set a trap, and so does any remote script. */
const TRAP = `(() => {
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    Object.defineProperty(window, name, { value: (...args) => { (window.top.__xss ??= []).push(name + ':' + args.join(',')); }, writable: false });
  }
})();`;

beforeAll(async () => {
  await journey.context.addInitScript(TRAP);
  // A payload that pulls a script from elsewhere (OWASP's xss.rocks) would set the trap too.
  await journey.context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/javascript', body: "(window.top.__xss ??= []).push('remote script')" }),
  );
  journey.context.on('page', (p) => popups.push(p.url()));
  journey.context.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});

/** Markup in the app that could run script, found by attribute and tag rather than by effect. */
function dangerousMarkup(page: Page, root = '#app', shadow = false) {
  return page.evaluate(
    ({ scope, shadow }) => {
      const found: string[] = [];
      const host = document.querySelector(scope);
      const within = shadow ? host?.shadowRoot : host;
      const badUrl = (value: string) =>
        /^(javascript|vbscript|data:text\/html)/i.test(value.replace(/[\u0000-\u0020\u00a0\u2028\u2029]/g, ''));
      const banned = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'form', 'link']);
      for (const el of within?.querySelectorAll('*') ?? []) {
        const tag = el.localName.toLowerCase();
        // The diagram carries its own <style>; a lesson may not.
        if (banned.has(tag) || (tag === 'style' && el.closest('.lesson'))) found.push(`<${tag}>`);
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
          if (
            /^(href|src|action|formaction|xlink:href|poster|background|srcdoc|data|lowsrc|dynsrc)$/i.test(attr.name) &&
            badUrl(attr.value)
          ) {
            found.push(`${tag}[${attr.name}=${attr.value.slice(0, 30)}]`);
          }
        }
        if (el instanceof HTMLAnchorElement && el.hasAttribute('href') && /^(javascript|vbscript|data):/i.test(el.protocol))
          found.push(`a:${el.protocol}`);
      }
      return found;
    },
    { scope: root, shadow },
  );
}

/** Fires the events inline handlers in the corpus listen to, on everything under `root` (links are not followed). */
async function provoke(page: Page, root: string, shadow = false) {
  await page.evaluate(
    ({ scope, shadow }) => {
      const events = ['mouseover', 'mouseout', 'mousedown', 'focus', 'blur', 'load', 'error', 'scroll', 'begin', 'submit'];
      const host = document.querySelector(scope);
      for (const el of (shadow ? host?.shadowRoot : host)?.querySelectorAll('*') ?? []) {
        for (const type of events) el.dispatchEvent(new Event(type));
      }
    },
    { scope: root, shadow },
  );
  // Image errors, SVG loads and autofocus happen on their own time.
  await page.waitForTimeout(400);
}

/** Nothing ran, nothing asked, nothing opened, and the app is still the app. */
async function expectNothingHappened(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: string[] }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(popups).toEqual([]);
  const url = new URL(page.url());
  expect(`${url.origin}${url.pathname}`).toBe(journey.baseUrl.replace(/\/?$/, '/'));
  expect(await page.locator('.app').count()).toBe(1);
}

function sqlString(text: string) {
  return `'${text.replaceAll("'", "''")}'`;
}
function sqlName(text: string) {
  return `"${text.replaceAll('"', '""')}"`;
}

/** One lesson with every payload as raw HTML, in headings, in inline Markdown, and a few hostile Markdown links. */
function hostileLesson(title: string): string {
  const blocks = PAYLOADS.map((p) => `<!-- ${p.id} -->\n\n${p.payload}\n`);
  const inline = PAYLOADS.map((p) => `- *${p.payload}* [${p.id}](#x "${p.payload.replaceAll('"', '')}") \`${p.payload}\``);
  const headings = PAYLOADS.slice(0, 10).map((p) => `## ${p.payload}`);
  const links = [
    '[js](javascript:alert(1))',
    '[JS](JaVaScRiPt:alert(1))',
    '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '![img](javascript:alert(1))',
    '<javascript:alert(1)>',
  ];
  // Raw HTML comes last: an unclosed <textarea> or <listing> rightly swallows what follows it.
  return [`# ${title}`, '', ...inline, '', ...headings, '', ...links, '', ...blocks, ''].join('\n');
}

describe(`${PAYLOADS.length} payloads in lessons`, () => {
  it('has at least 40 payloads from both corpora', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(PAYLOADS.map((p) => p.source))).toEqual(new Set(['dompurify', 'owasp']));
  });

  it('springs the trap when script does run (so a quiet trap means something)', async () => {
    const page = await journey.open('#/en/many-to-many');
    await page.evaluate(() => window.alert('probe'));
    expect(await page.evaluate(() => (window as unknown as { __xss?: string[] }).__xss)).toEqual(['alert:probe']);
    await page.evaluate(() => delete (window as unknown as { __xss?: string[] }).__xss);
  });

  it('opened by URL: nothing runs, no dangerous markup lands', async () => {
    const url = `${journey.baseUrl}courses/hostile-corpus.md`;
    await journey.context.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/markdown; charset=utf-8', body: hostileLesson('Hostile by URL') }),
    );
    const page = await journey.open(`#/open?src=${encodeURIComponent(url)}`);
    await page.locator('.lesson h1', { hasText: 'Hostile by URL' }).waitFor();
    await provoke(page, '.lesson');
    expect(await dangerousMarkup(page)).toEqual([]);
    // The lesson is there, payloads and all (an unclosed <textarea> in one rightly swallows the rest).
    expect((await page.locator('.lesson').innerText()).length).toBeGreaterThan(1000);
    await expectNothingHappened(page);
  });

  it('opened by URL in a browser without its own HTML Sanitizer: DOMPurify keeps it as safe', async () => {
    const url = `${journey.baseUrl}courses/hostile-fallback.md`;
    await journey.context.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/markdown; charset=utf-8', body: hostileLesson('Hostile, no native sanitizer') }),
    );
    const opened = popups.length;
    const page = await journey.context.newPage();
    popups.splice(opened); // this page is ours, not a popup
    // As in a browser that has not shipped the Sanitizer API (Safari today).
    await page.addInitScript(() => delete (Document as unknown as { parseHTML?: unknown }).parseHTML);
    const dompurify: string[] = [];
    page.on('request', (request) => {
      if (/\/purify|dompurify/i.test(request.url())) dompurify.push(request.url());
    });
    await page.goto(`${journey.baseUrl}#/open?src=${encodeURIComponent(url)}`);
    await page.locator('.lesson h1', { hasText: 'Hostile, no native sanitizer' }).waitFor();
    expect(dompurify.length).toBe(1);
    await provoke(page, '.lesson');
    expect(await dangerousMarkup(page)).toEqual([]);
    expect((await page.locator('.lesson').innerText()).length).toBeGreaterThan(1000);
    await expectNothingHappened(page);
    await page.close();
  });

  it('dropped as a file: the same', async () => {
    const page = await journey.open('#/en/many-to-many');
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'hostile.md', { type: 'text/markdown' }));
      return dt;
    }, hostileLesson('Hostile by file'));
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    await page.locator('.lesson h1', { hasText: 'Hostile by file' }).waitFor();
    await provoke(page, '.lesson');
    expect(await dangerousMarkup(page)).toEqual([]);
    await expectNothingHappened(page);
  });
});

describe('payloads in an embedded lesson', () => {
  /** A course page (no CSP of its own) with the embed from dist/, its lesson by `src` or inline. */
  async function openHostPage(name: string, element: string): Promise<Page> {
    const url = `${journey.baseUrl}courses/${name}.html`;
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title>
<script type="module" src="../embed.js"></script></head><body>${element}</body></html>`;
    await journey.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    const page = await journey.context.newPage();
    await page.goto(url);
    return page;
  }

  async function expectEmbedUntouched(page: Page, title: string) {
    await page.locator('junction-lesson .lesson h1', { hasText: title }).waitFor();
    await provoke(page, 'junction-lesson', true);
    expect(await dangerousMarkup(page, 'junction-lesson', true)).toEqual([]);
    expect((await page.locator('junction-lesson .lesson').innerText()).length).toBeGreaterThan(1000);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string[] }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(popups).toEqual([]);
    expect(await page.locator('junction-lesson').count()).toBe(1);
  }

  it('from src: nothing runs, no dangerous markup lands in the shadow root', async () => {
    const lesson = `${journey.baseUrl}courses/hostile-embed.md`;
    await journey.context.route(lesson, (route) =>
      route.fulfill({ status: 200, contentType: 'text/markdown; charset=utf-8', body: hostileLesson('Hostile embed') }),
    );
    const page = await openHostPage('hostile-src', '<junction-lesson src="hostile-embed.md"></junction-lesson>');
    popups.length = 0; // the host page is ours, not a popup
    await expectEmbedUntouched(page, 'Hostile embed');
    await page.close();
  });

  it('inline: the same (the host page itself holds the markdown)', async () => {
    // A payload with </script> would end the host's own script element: that is the host's HTML, not a lesson.
    const inline = hostileLesson('Hostile inline').replace(/<\/script/gi, '<\\/script');
    const front = '---\nid: hostile-inline\n---\n\n';
    const page = await openHostPage(
      'hostile-inline',
      `<junction-lesson><script type="text/markdown">${front}${inline}</script></junction-lesson>`,
    );
    popups.length = 0;
    await expectEmbedUntouched(page, 'Hostile inline');
    await page.close();
  });
});

describe('payloads in results, names and the diagram', () => {
  it('shows every payload in result cells and column names as text', async () => {
    const page = await journey.open('#/en/many-to-many');
    const rows = PAYLOADS.map((p, i) => `SELECT ${i} AS n, ${sqlString(p.payload)} AS v`).join('\nUNION ALL ');
    await typeInEditor(page, '.playground', `${rows};`);
    await runAndWait(page, '.playground', 'Shift+Control+Enter');
    const cells = await page.locator('.playground .results table td').allTextContents();
    // The cells hold the payloads' own text (however a long one is cut to fit).
    expect(cells.some((c) => c.includes('onerror=alert(1)'))).toBe(true);
    const columns = PAYLOADS.slice(0, 20)
      .map((p, i) => `${i} AS ${sqlName(p.payload)}`)
      .join(', ');
    await typeInEditor(page, '.playground', `SELECT ${columns};\nSELECT * FROM ${sqlName(PAYLOADS[0]!.payload)};`);
    await runAndWait(page, '.playground', 'Shift+Control+Enter');
    await provoke(page, '.playground');
    expect(await dangerousMarkup(page)).toEqual([]);
    await expectNothingHappened(page);
  });

  it('draws tables and columns named by payloads: diagram, Schema text, Rows, models, autocomplete', async () => {
    const page = journey.page;
    const statements = PAYLOADS.map((p, i) => {
      const table = sqlName(p.payload);
      const column = sqlName(PAYLOADS[(i + 1) % PAYLOADS.length]!.payload);
      const link = i > 0 ? `, prev_id INTEGER REFERENCES ${sqlName(PAYLOADS[i - 1]!.payload)}(id)` : '';
      return `CREATE TABLE ${table} (id INTEGER PRIMARY KEY, ${column} TEXT${link});\nINSERT INTO ${table} (id, ${column}) VALUES (1, ${sqlString(p.payload)});`;
    });
    await typeInEditor(page, '.playground', statements.join('\n'));
    await runAndWait(page, '.playground', 'Shift+Control+Enter');
    expect(await page.locator('.playground .results .result.error').allTextContents()).toEqual([]);
    const diagram = '.diagram-panel';
    await page.waitForFunction((n) => document.querySelectorAll('.diagram-panel svg.erd g[data-table]').length >= n, PAYLOADS.length, {
      timeout: 20_000,
    });
    await page.locator(`${diagram} [data-action="schema"]`).click();
    await page.locator(`${diagram} .diagram-schema:not([hidden])`).waitFor();
    expect(await page.locator(`${diagram} .diagram-schema`).textContent()).toContain(PAYLOADS[3]!.payload.slice(0, 12));
    await provoke(page, '.workspace');
    expect(await dangerousMarkup(page)).toEqual([]);

    await page.locator('[data-tab="rows"]').click();
    await page.waitForTimeout(600);
    await provoke(page, '.workspace');
    expect(await dangerousMarkup(page)).toEqual([]);

    await page.locator('[data-tab="sqlalchemy"]').click();
    await page.locator('.models-view pre').first().waitFor({ timeout: 15_000 });
    await provoke(page, '.workspace');
    expect(await dangerousMarkup(page)).toEqual([]);
    await page.locator('[data-tab="diagram"]').click();

    // Autocomplete offers the hostile names, as text. (Focused by script: with 53 tables the
    // diagram's "New:" button lies over the playground.)
    await page.locator('.playground .cm-content').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText('SELECT * FROM ');
    await page.keyboard.press('Control+Space');
    await page.locator('.cm-tooltip-autocomplete li').first().waitFor();
    expect(await page.locator('.cm-tooltip-autocomplete li').count()).toBeGreaterThan(5);
    expect(await dangerousMarkup(page, 'body')).toEqual([]);
    await page.keyboard.press('Escape');
    await expectNothingHappened(page);
  });

  it('exports an SVG that runs nothing when opened on its own', async () => {
    const page = journey.page;
    const svg = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          // The download goes through an object URL on a link: catch the blob behind it.
          const create = URL.createObjectURL;
          URL.createObjectURL = (blob: Blob) => {
            void (blob as Blob).text().then(resolve);
            URL.createObjectURL = create;
            return create(blob);
          };
          document.querySelector<HTMLElement>('.diagram-panel [data-action="export-svg"]')?.click();
        }),
    );
    expect(svg).toContain('<svg');
    const viewer = await journey.context.newPage();
    popups.length = 0; // the viewer is ours
    try {
      await viewer.goto(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
      await viewer.waitForTimeout(400);
      const found = await viewer.evaluate(() => {
        const bad: string[] = [];
        for (const el of document.querySelectorAll('*')) {
          if (el.localName === 'script' || el.localName === 'foreignObject') bad.push(el.localName);
          for (const attr of el.attributes) {
            // data-* attributes carry the hostile names as plain data; only handlers and URLs could run.
            const url = /^(href|xlink:href|src)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value);
            if (/^on/i.test(attr.name) || url) bad.push(`${el.localName}[${attr.name}]`);
          }
        }
        return { bad, trap: (window as unknown as { __xss?: string[] }).__xss, tables: document.querySelectorAll('g[data-table]').length };
      });
      expect(found.bad).toEqual([]);
      expect(found.trap).toBeUndefined();
      expect(found.tables).toBeGreaterThanOrEqual(PAYLOADS.length);
      // Opened as HTML as well: an SVG pasted into a page must stay inert there too.
      await viewer.goto('about:blank');
      await viewer.setContent(svg);
      await viewer.waitForTimeout(300);
      expect(await viewer.evaluate(() => (window as unknown as { __xss?: string[] }).__xss)).toBeUndefined();
    } finally {
      await viewer.close();
    }
    await expectNothingHappened(page);
  });
});

describe('payloads in URL parameters', () => {
  it('open neither a script nor another page from #/open?src=, #/en/<id> or #/file/<name>', async () => {
    const page = await journey.open('#/en/many-to-many');
    const hashes = [
      ...PAYLOADS.map((p) => `#/en/${encodeURIComponent(p.payload)}`),
      ...PAYLOADS.slice(0, 15).map((p) => `#/open?src=${encodeURIComponent(p.payload)}`),
      ...PAYLOADS.slice(15, 25).map((p) => `#/file/${encodeURIComponent(p.payload)}`),
      '#/open?src=javascript:alert(1)',
      `#/open?src=${encodeURIComponent('data:text/html,<script>alert(1)</script>')}`,
      `#/ru/${PAYLOADS[0]!.payload}`,
    ];
    for (const hash of hashes) {
      await page.evaluate((h) => {
        location.hash = h;
      }, hash);
      await page.waitForSelector('.app:not([aria-busy])');
    }
    await page.waitForTimeout(500);
    await provoke(page, '#app');
    expect(await dangerousMarkup(page)).toEqual([]);
    await expectNothingHappened(page);
  });
});
