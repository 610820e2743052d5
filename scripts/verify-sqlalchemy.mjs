// Compares our SQLAlchemy bridge with real SQLAlchemy 2.0 (run by verify-sqlalchemy.sh, not by npm test):
//  1. each golden fixture test/fixtures/sqlalchemy/NN_*.py: our `junction ddl` output must equal what
//     create_all() emits (and the recorded .expected.sql);
//  2. each schema test/fixtures/sqlalchemy/schemas/*.sql: the models `junction orm` generates must import,
//     configure their mappers, and create_all() must give the same sqlite_schema as our own DDL for them.
// Usage: node scripts/verify-sqlalchemy.mjs PYTHON   (PYTHON has sqlalchemy==2.0.54 installed)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const python = process.argv[2];
if (!python) throw new Error('verify-sqlalchemy.mjs needs the path of a Python with SQLAlchemy as its argument.');
const root = join(import.meta.dirname, '..');
const runner = join(root, 'scripts/verify-sqlalchemy.py');
const fixtures = join(root, 'test/fixtures/sqlalchemy');
const work = mkdtempSync(join(tmpdir(), 'junction-verify-'));

// Bundle our two commands on their own, so the check does not depend on main.ts wiring.
const bundle = join(work, 'bridge.mjs');
await build({
  stdin: {
    contents: `export { ddlCommand } from './src/cli/ddl-command.ts'; export { ormCommand } from './src/cli/orm-command.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
// The bundle imports packages from this repo's node_modules: load it from a path inside the repo.
const local = join(root, `.verify-bridge-${process.pid}.mjs`);
writeFileSync(local, readFileSync(bundle));
const { ddlCommand, ormCommand } = await import(local);
rmSync(local);

async function runCommand(command, args) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readFile: async (p) => new Uint8Array(await readFile(p)),
    writeFile: async (p, d) => writeFileSync(p, d),
    listFiles: async (p) => [p],
  };
  const status = await command.run(args, io);
  return { status, stdout, stderr };
}

const py = (...args) => execFileSync(python, [runner, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let failures = 0;
const report = (ok, what, detail = '') => {
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? `\n${detail}` : ''}`);
};

for (const file of readdirSync(fixtures)
  .filter((f) => f.endsWith('.py'))
  .sort()) {
  const path = join(fixtures, file);
  const ours = await runCommand(ddlCommand, [path]);
  const theirs = py('ddl', path);
  const recorded = readFileSync(path.replace(/\.py$/, '.expected.sql'), 'utf8');
  const same = ours.stdout === theirs && theirs === recorded && ours.stderr === '';
  report(same, `ddl ${file}`, same ? '' : `--- ours\n${ours.stdout}${ours.stderr}--- SQLAlchemy\n${theirs}`);
}

const schemas = join(fixtures, 'schemas');
for (const file of readdirSync(schemas)
  .filter((f) => f.endsWith('.sql'))
  .sort()) {
  const models = join(work, file.replace(/\.sql$/, '.py'));
  const generated = await runCommand(ormCommand, [join(schemas, file), '-o', models]);
  if (generated.status !== 0) {
    report(false, `orm ${file}`, generated.stderr);
    continue;
  }
  const ddl = join(work, file.replace(/\.sql$/, '.ddl.sql'));
  const ours = await runCommand(ddlCommand, [models, '-o', ddl]);
  let theirs;
  try {
    theirs = py('schema', models);
  } catch (e) {
    report(false, `orm ${file}: the generated models do not run`, e.stderr);
    continue;
  }
  const oursSchema = py('sqlschema', ddl);
  const same = theirs === oursSchema && ours.stderr === '';
  report(
    same,
    `orm ${file} (generated models run, mappers configure, create_all() = our DDL)`,
    same ? '' : `--- ours\n${oursSchema}${ours.stderr}--- SQLAlchemy\n${theirs}`,
  );
}

rmSync(work, { recursive: true, force: true });
console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
process.exitCode = failures ? 1 : 0;
