// The embed's figures (issue 11): the JS a page with one `<junction-lesson>` loads before the
// learner's first interaction, and a page of ten embeds — time until all are ready, and how many
// times the wasm is downloaded (target: once). The host page is on another origin than dist/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, copyFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveStatic } from './static-server.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A host page with `count` embeds of the example lesson (`file`: its .md or its compiled .json); it notes when each is ready. */
function hostPage(embedJs, count, file = 'lessons/tags.md') {
  const embeds = Array.from({ length: count }, (_, i) =>
    i % 2 === 0
      ? `<junction-lesson src="${file}" exercise="post-tags" diagram="none"></junction-lesson>`
      : `<junction-lesson src="${file}" exercise="tag-counts" diagram="none"></junction-lesson>`,
  );
  return `<!doctype html><meta charset="utf-8"><title>bench</title>
<script>window.__ready = []; document.addEventListener('junction-ready', () => window.__ready.push(performance.now()));</script>
<script type="module" src="${embedJs}"></script>
${embeds.join('\n')}`;
}

async function openPage(browser, url, expected) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const js = [];
  let wasm = 0;
  page.on('request', (request) => {
    if (/\.wasm(\?|$)/.test(request.url())) wasm++;
  });
  page.on('response', (response) => {
    if (/\.m?js(\?|$)/.test(response.url()) && response.url().includes('/app/')) {
      js.push(
        response
          .body()
          .then((b) => ({ url: response.url(), gzip: gzipSync(b).length }))
          .catch(() => null),
      );
    }
  });
  await page.goto(url);
  await page.waitForFunction((n) => window.__ready.length === n, expected, { timeout: 60000 });
  const allReady = await page.evaluate(() => Math.max(...window.__ready));
  // What loads unasked after ready (the editors of visible blocks, near-viewport work) still counts.
  await page.waitForTimeout(1000);
  const sizes = (await Promise.all(js)).filter(Boolean);
  await context.close();
  return { allReady, wasm, sizes };
}

/** Runs the embed figures against dist/ served at `appUrl` (…/app/); returns report lines. */
export async function run(browser, appUrl, rounds) {
  const site = mkdtempSync(join(tmpdir(), 'junction-host-'));
  mkdirSync(join(site, 'lessons'));
  copyFileSync('examples/lessons/tags.md', join(site, 'lessons/tags.md'));
  // The same lesson compiled ahead (`junction lessons build`): the page loads no markdown parser for it.
  execFileSync(process.execPath, ['bin/junction.js', 'lessons', 'build', 'examples/lessons/tags.md', '--out', join(site, 'lessons')]);
  writeFileSync(join(site, 'one.html'), hostPage(`${appUrl}/app/embed.js`, 1));
  writeFileSync(join(site, 'one-compiled.html'), hostPage(`${appUrl}/app/embed.js`, 1, 'lessons/tags.json'));
  writeFileSync(join(site, 'ten.html'), hostPage(`${appUrl}/app/embed.js`, 10));
  const host = await serveStatic({ '/': site });
  const lines = [];
  try {
    for (const [page, source] of [
      ['one.html', 'a lesson .md'],
      ['one-compiled.html', 'the same lesson compiled (.json)'],
    ]) {
      const one = await openPage(browser, `${host.url}/${page}`, 1);
      const total = one.sizes.reduce((n, s) => n + s.gzip, 0) / 1024;
      const boot =
        one.sizes.filter((s) => /\/embed\.js$|\/lesson-|\/frame-protocol-|\/events-/.test(s.url)).reduce((n, s) => n + s.gzip, 0) / 1024;
      const biggest = [...one.sizes].sort((a, b) => b.gzip - a.gzip).slice(0, 3);
      lines.push(
        `embed JS before interaction, ${source} (gzip, wasm excluded): ${total.toFixed(1)} KB  (target ≤ 30 KB) ${total <= 30 ? 'met' : 'NOT met'}; ` +
          `the element's own boot ${boot.toFixed(1)} KB; largest: ${biggest.map((s) => `${s.url.split('/').pop()} ${(s.gzip / 1024).toFixed(1)} KB`).join(', ')}`,
      );
    }
    const tens = [];
    let wasm = 0;
    for (let i = 0; i < rounds; i++) {
      const ten = await openPage(browser, `${host.url}/ten.html`, 10);
      tens.push(ten.allReady);
      wasm = Math.max(wasm, ten.wasm);
    }
    lines.push(
      `page of 10 embeds: all ready after ${median(tens).toFixed(0)} ms (median of ${rounds}); wasm downloads ${wasm}  (target 1) ${wasm === 1 ? 'met' : 'NOT met'}`,
    );
  } finally {
    await host.close();
    rmSync(site, { recursive: true, force: true });
  }
  return lines;
}
