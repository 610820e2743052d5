/** Shared by the Node benchmarks: import our TypeScript through an esbuild bundle, and measure bundle sizes. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles TypeScript `contents` (resolved from `resolveDir`, the repo root by default) into a
 * temporary module and imports it. Packages listed in `external` stay imports (sql.js finds its
 * wasm next to itself), so the module is then written inside the repo where they resolve.
 */
export async function importBundled(contents, { resolveDir = ROOT, external = [] } = {}) {
  const dir = await mkdtemp(external.length > 0 ? join(ROOT, 'bench', '.bundle-') : join(tmpdir(), 'junction-bench-'));
  const outfile = join(dir, 'bundle.mjs');
  try {
    await build({
      stdin: { contents, resolveDir, loader: 'ts', sourcefile: 'entry.ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      external,
      nodePaths: [join(ROOT, 'node_modules')],
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    // The module is loaded; the file is no longer needed.
    await rm(dir, { recursive: true, force: true });
  }
}

/** Minified and gzipped sizes in bytes of `contents` (an ES module entry) bundled for the browser. */
export async function bundleSize(contents) {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  const bytes = result.outputFiles[0].contents;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
