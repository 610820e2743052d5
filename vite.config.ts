import { defineConfig, type Plugin } from 'vite';

/** Starts SQLite's wasm download while the page is still parsing its script (see src/db/browser-engine.ts). */
function preloadSqlite(): Plugin {
  return {
    name: 'junction-preload-sqlite',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const wasm = Object.keys(ctx.bundle ?? {}).find((file) => /sql-wasm.*\.wasm$/.test(file));
        if (!wasm) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: `./${wasm}`, as: 'fetch', type: 'application/wasm', crossorigin: '' },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}

// The build is a static site: hash routes, relative asset URLs, module workers.
export default defineConfig({
  base: './',
  plugins: [preloadSqlite()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
