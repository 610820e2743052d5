// Bundles the `junction` CLI (src/cli) into dist-cli/junction.mjs so Node 20 can run it.
// Runs on `npm install` (the `prepare` script), so `npx junction` works right after install.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist-cli/junction.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
  define: { 'import.meta.vitest': 'undefined' },
});
