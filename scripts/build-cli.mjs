// Bundles the `junction` CLI (src/cli) into dist-cli/junction.mjs so Node 20 can run it, and beside
// it the SQLite worker thread (src/db/node-worker.ts) as dist-cli/sqlite-worker.mjs, which the CLI
// starts from its own folder (src/cli/main.ts). sql.js stays external: it is resolved from
// node_modules, and finds its wasm beside its own script there.
// Runs on `npm install` (the `prepare` script), so `npx junction` works right after install.
import { build } from 'esbuild';

await build({
  entryPoints: { junction: 'src/cli/main.ts', 'sqlite-worker': 'src/db/node-worker.ts' },
  outdir: 'dist-cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
  define: { 'import.meta.vitest': 'undefined' },
});
