// Compares our SQLAlchemy bridge with real SQLAlchemy 2.0 (run by verify-sqlalchemy.sh, not by npm test):
//  1. each golden fixture test/fixtures/sqlalchemy/NN_*.py: our `junction ddl` output must equal what
//     create_all() emits (and the recorded .expected.sql);
//  2. each schema test/fixtures/sqlalchemy/schemas/*.sql: the models `junction orm` generates must import,
//     configure their mappers, and create_all() must give the same sqlite_schema as our own DDL for them.
//  3. the same for the public corpus test/fixtures/real-world (models/*.py against their committed
//     .expected.sql, schemas/*.sql round-tripped), plus: every many-to-many `junction relations` finds
//     is mapped (relationship(secondary=) on both sides, or a mapped association class). A table's
//     CREATE INDEX statements are compared as a set: SQLAlchemy emits them in set order.
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
    contents: `export { ddlCommand } from './src/cli/ddl-command.ts'; export { ormCommand } from './src/cli/orm-command.ts';
      export { relationsCommand } from './src/cli/relations-command.ts'; export { indexOrderFree } from './src/core/orm/ddl.ts';`,
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
const { ddlCommand, ormCommand, relationsCommand, indexOrderFree } = await import(local);
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

/** `junction ddl` of each model file against create_all() and the recorded golden; returns x/y per file. */
async function checkModels(dir, label) {
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort()) {
    const path = join(dir, file);
    const ours = await runCommand(ddlCommand, [path]);
    const theirs = py('ddl', path);
    const recorded = readFileSync(path.replace(/\.py$/, '.expected.sql'), 'utf8');
    const same =
      indexOrderFree(ours.stdout) === indexOrderFree(theirs) && indexOrderFree(theirs) === indexOrderFree(recorded) && ours.stderr === '';
    const statements = theirs.split(';\n\n').filter((x) => x.trim()).length;
    const matched = new Set(indexOrderFree(ours.stdout).split(';\n\n'));
    const hits = indexOrderFree(theirs)
      .split(';\n\n')
      .filter((x) => x.trim() && matched.has(x)).length;
    report(
      same,
      `ddl ${label}${file}: ${hits}/${statements} statements as SQLAlchemy emits them`,
      same ? '' : `--- ours\n${ours.stdout}${ours.stderr}--- SQLAlchemy\n${theirs}`,
    );
  }
}

/** `junction orm` of each schema: the module runs, configures, rebuilds the schema and maps every many-to-many. */
async function checkSchemas(dir, label) {
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    const models = join(work, file.replace(/\.sql$/, '.py'));
    const generated = await runCommand(ormCommand, [join(dir, file), '-o', models]);
    if (generated.status !== 0 || generated.stderr !== '') {
      report(false, `orm ${label}${file}`, generated.stderr);
      continue;
    }
    const ddl = join(work, file.replace(/\.sql$/, '.ddl.sql'));
    const ours = await runCommand(ddlCommand, [models, '-o', ddl]);
    let theirs;
    let mapped;
    try {
      theirs = py('schema', models);
      mapped = py('mapped', models).split('\n');
    } catch (e) {
      report(false, `orm ${label}${file}: the generated models do not run`, e.stderr);
      continue;
    }
    const oursSchema = py('sqlschema', ddl);
    const same = theirs === oursSchema && ours.stderr === '';
    const tables = theirs.split(';\n').filter((x) => x.startsWith('CREATE TABLE')).length;
    const relations = JSON.parse((await runCommand(relationsCommand, [join(dir, file)])).stdout);
    const junctions = relations.relationships.filter((r) => r.kind === 'many-to-many');
    const isMapped = (j) => mapped.filter((l) => l === `secondary ${j.junction}`).length === 2 || mapped.includes(`class ${j.junction}`);
    const m2m = junctions.filter(isMapped).length;
    report(
      same && m2m === junctions.length,
      `orm ${label}${file}: models run and configure, create_all() = our DDL (${same ? tables : 0}/${tables} tables), ${m2m}/${junctions.length} many-to-many mapped`,
      same
        ? junctions
            .filter((j) => !isMapped(j))
            .map((j) => `not mapped: ${j.junction}`)
            .join('\n')
        : `--- ours\n${oursSchema}${ours.stderr}--- SQLAlchemy\n${theirs}`,
    );
  }
}

await checkModels(fixtures, '');
await checkSchemas(join(fixtures, 'schemas'), '');
const corpus = join(root, 'test/fixtures/real-world');
await checkModels(join(corpus, 'models'), 'real-world/');
await checkSchemas(join(corpus, 'schemas'), 'real-world/');

rmSync(work, { recursive: true, force: true });
console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
process.exitCode = failures ? 1 : 0;
