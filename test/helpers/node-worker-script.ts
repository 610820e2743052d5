/**
 * The Node SQLite worker (`src/db/node-worker.ts`) bundled for tests, as scripts/build-cli.mjs
 * bundles it for the CLI: Node cannot start a worker thread from TypeScript. Built once per test
 * file into a temporary folder; sql.js stays external, imported from this checkout's node_modules.
 */
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('../../src/db/node-worker.ts', import.meta.url));
const sqlJs = pathToFileURL(createRequire(import.meta.url).resolve('sql.js')).href;

let built: Promise<URL> | null = null;

/** The worker script's address (built on first call). */
export function nodeWorkerScript(): Promise<URL> {
  built ??= (async () => {
    const outfile = join(await mkdtemp(join(tmpdir(), 'junction-worker-')), 'sqlite-worker.mjs');
    await build({
      entryPoints: [ENTRY],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      plugins: [
        {
          name: 'sql.js-from-this-checkout',
          setup(b) {
            b.onResolve({ filter: /^sql\.js$/ }, () => ({ path: sqlJs, external: true }));
          },
        },
      ],
    });
    return pathToFileURL(outfile);
  })();
  return built;
}
