import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { compileLesson } from './src/core/lessons/compile-lesson.js';

/**
 * `lessons/**​/*.md?lesson` imports become compiled lessons (parsed, markdown rendered) at build
 * time, so the page ships no markdown or YAML parser for the built-in course; `?lesson-summary`
 * imports are the little the course index needs (id, title, summary, exercise count), so the index
 * loads with the app and each lesson only when it is opened.
 */
function compileLessons(): Plugin {
  return {
    name: 'junction-lessons',
    enforce: 'pre',
    async load(id) {
      const [file, query] = id.split('?', 2);
      if (!file?.endsWith('.md') || (query !== 'lesson' && query !== 'lesson-summary')) return null;
      this.addWatchFile(file);
      const compiled = compileLesson(await readFile(file, 'utf8'), { fileName: `${basename(dirname(file))}/${basename(file)}` });
      if (query === 'lesson') return `export default ${JSON.stringify(compiled)};`;
      const { id: lessonId, title, summary, exercises } = compiled.lesson;
      return `export default ${JSON.stringify({ id: lessonId, title, summary, exercises: exercises.length })};`;
    },
  };
}

/**
 * Starts SQLite's wasm download while the page is still parsing its script (see
 * src/db/browser-engine.ts), and the app's main chunk alongside the tiny entry (src/app/main.ts).
 */
function preloadSqlite(): Plugin {
  return {
    name: 'junction-preload-sqlite',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle ?? {};
        const wasm = Object.keys(bundle).find((file) => /sql-wasm.*\.wasm$/.test(file));
        const tags: HtmlTagDescriptor[] = [];
        if (wasm) {
          tags.push({
            tag: 'link',
            // Ahead of the app's scripts: on a slow network it is the longest download before the first Run.
            attrs: { rel: 'preload', href: `./${wasm}`, as: 'fetch', type: 'application/wasm', crossorigin: '', fetchpriority: 'high' },
            injectTo: 'head-prepend',
          });
        }
        // The app proper is a dynamic import of the tiny entry: fetch it alongside the entry.
        const start = Object.values(bundle).find(
          (chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/src/app/start.ts'),
        );
        if (start?.type === 'chunk') {
          for (const file of [start.fileName, ...start.imports]) {
            tags.push({ tag: 'link', attrs: { rel: 'modulepreload', href: `./${file}`, crossorigin: '' }, injectTo: 'head' });
          }
        }
        return tags;
      },
    },
  };
}

/**
 * Offline after the first visit: a Workbox service worker (build only, so `npm run dev` has none)
 * precaches the built app — its chunks, the compiled course inside them, SQLite's wasm. A new
 * version activates at once (skipWaiting + clientsClaim) and the next load runs it; the page
 * already open keeps the code it loaded.
 */
function offline() {
  return VitePWA({
    registerType: 'autoUpdate',
    // Registered by the app itself once the first lesson is open (src/app/offline.ts): on the
    // page's load event its precache competed with the first visit's own downloads.
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,wasm,svg,png,ico,woff2}'],
      // SQLite's wasm and the app's main chunk are each past Workbox's 2 MiB default.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      // Hash routes: every page is index.html, precached by name, so no fallback is needed; and
      // embed.html (the embed build's, written after this one) must never be answered with the app.
      navigateFallback: null,
      cleanupOutdatedCaches: true,
      skipWaiting: true,
      clientsClaim: true,
    },
  });
}

/** The modules `file` imports by name (its `import … from './x.js'` lines), as absolute `.ts` paths. */
function staticImportsOf(file: string): Set<string> {
  const source = readFileSync(file, 'utf8');
  return new Set([...source.matchAll(/^import [^'\n]+ from '(\.{1,2}\/[^']+)\.js';$/gm)].map((m) => resolve(dirname(file), `${m[1]}.ts`)));
}

/**
 * What the app needs before its first lesson shows, in two files rather than the twenty small
 * chunks its shared modules would otherwise make: on classroom Wi-Fi each file costs a round trip.
 * `main` holds what the tiny entry imports (src/app/main.ts, which starts the worker before the
 * app's code parses), `app` the rest of what src/app/start.ts imports; lazy parts stay their own.
 */
const MAIN_IMPORTS = staticImportsOf(fileURLToPath(new URL('./src/app/main.ts', import.meta.url)));
const BOOT_CHUNKS = [
  { name: 'main', test: (id: string) => MAIN_IMPORTS.has(id), priority: 2 },
  { name: 'app', test: /\/src\/app\/start\.ts$/, priority: 1 },
];

/** The engine's huge-result corpus (see the project below). */
const HUGE_RESULTS = 'src/db/result-budget.test.ts';

// The build is a static site: hash routes, relative asset URLs, module workers.
export default defineConfig({
  base: './',
  plugins: [compileLessons(), preloadSqlite(), offline()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { output: { codeSplitting: { groups: BOOT_CHUNKS } } },
  },
  test: {
    environment: 'node',
    testTimeout: 20000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: [HUGE_RESULTS] },
      },
      {
        // Node 20's optimising compiler segfaults (exit 139, reproduced outside Vitest) after a few
        // 50 MB values read from sql.js are cut to size; this file alone runs without it. Chromium's
        // V8 runs the same code on real 50 MB cells in e2e/huge-results.e2e.ts.
        extends: true,
        test: { name: 'huge-results', include: [HUGE_RESULTS], execArgv: ['--no-turbofan'] },
      },
    ],
  },
});
