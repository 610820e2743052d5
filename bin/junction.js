#!/usr/bin/env node
// The `junction` command: runs the CLI bundle that `npm install` builds (scripts/build-cli.mjs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist-cli/junction.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('junction: the CLI is not built yet; run `npm install` (or `npm run build:cli`) first.\n');
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
