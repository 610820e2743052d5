/**
 * How readable the ER diagram is, before and after the junction-aware layout, side by side in one
 * run: for every schema of test/fixtures/erd-corpus and both views, table overlaps, lines through
 * tables, label overlaps, junctions between their parents and crossings, counted by
 * src/core/erd/readability.ts. "Before" is the layout at commit BASELINE, extracted with git and
 * bundled beside the current one. Then the update after one DDL (a new junction) at 10 and 200
 * tables, before and after. `node bench/erd-readability.mjs`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importBundled, ROOT } from './bundle.mjs';

/** The last commit with the first (dagre-only, junction-blind) layout. */
export const BASELINE = '9e9f4a5';
const CORPUS = join(ROOT, 'test/fixtures/erd-corpus');
const COUNTS = ['tableOverlaps', 'edgesThroughTables', 'labelOverlaps', 'crossings'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeMedian(fn, runs) {
  return timings(fn, runs).median;
}

/** Median and slowest of `runs` timings of `fn` in ms, after two warm-up calls. */
function timings(fn, runs) {
  fn();
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return { median: median(times), max: Math.max(...times) };
}

/** The baseline's src/core, checked out of git into a folder inside the repo (so packages resolve). */
async function baselineModule() {
  const dir = mkdtempSync(join(ROOT, 'bench', '.baseline-'));
  try {
    const tar = execFileSync('git', ['archive', BASELINE, 'src/core'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    return await importBundled(
      `export { buildGraph } from './src/core/erd/graph.ts';
       export { layoutDiagram } from './src/core/erd/layout.ts';`,
      { resolveDir: dir },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The baseline drew a label's text with its baseline 4 px above `labelAt`; the measures want the label's centre. */
function asDrawn(layout) {
  return { ...layout, routes: layout.routes.map((r) => ({ ...r, labelAt: { x: r.labelAt.x, y: r.labelAt.y - 4 - 3.5 } })) };
}

/** Runs the benchmark and returns its printed lines. */
export async function run() {
  const now = await importBundled(
    `export { buildGraph } from './src/core/erd/graph.ts';
     export { layoutDiagram } from './src/core/erd/layout.ts';
     export { measureReadability } from './src/core/erd/readability.ts';
     export { renderSvg } from './src/core/erd/svg.ts';
     export { introspectSchema } from './src/core/schema/introspect.ts';
     export { inferRelationships } from './src/core/relations/infer.ts';
     export { createNodeEngine } from './src/db/node-engine.ts';
     export { aGeneratedSchema, aPureJunction, aSchema } from './test/helpers/erd-builders.ts';`,
    { external: ['sql.js'] },
  );
  const before = await baselineModule();
  const engine = await now.createNodeEngine();
  const lines = [
    `ER readability on ${CORPUS.replace(`${ROOT}/`, '')} (before = layout at ${BASELINE}, after = this tree), counts before → after`,
    '',
    '| schema | view | tables | table overlaps | edges through tables | label overlaps | junctions between parents | crossings |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  const total = { before: {}, after: {} };
  for (const side of ['before', 'after']) for (const k of [...COUNTS, 'junctions', 'junctionsBetween']) total[side][k] = 0;
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  for (const file of files) {
    const db = file;
    await engine.open(db);
    const outcome = await engine.run(db, readFileSync(join(CORPUS, file), 'utf8'), { maxRows: 0 });
    if (!outcome.ok) throw new Error(`${file} failed to load`);
    const schema = await now.introspectSchema(engine, db);
    await engine.close(db);
    const relations = now.inferRelationships(schema);
    for (const view of ['physical', 'logical']) {
      const m = {
        before: now.measureReadability(asDrawn(before.layoutDiagram(before.buildGraph(schema, relations, { view })))),
        after: now.measureReadability(now.layoutDiagram(now.buildGraph(schema, relations, { view }))),
      };
      for (const side of ['before', 'after']) for (const k of Object.keys(total[side])) total[side][k] += m[side][k];
      const cell = (k) => `${m.before[k]} → ${m.after[k]}`;
      const between = (s) => (m[s].junctions === 0 ? '–' : `${m[s].junctionsBetween}/${m[s].junctions}`);
      lines.push(
        `| ${file.replace('.sql', '')} | ${view} | ${schema.tables.length} | ${cell('tableOverlaps')} | ${cell('edgesThroughTables')} | ${cell('labelOverlaps')} | ${between('before')} → ${between('after')} | ${cell('crossings')} |`,
      );
    }
  }
  const t = total;
  const pct = (s) => (t[s].junctions === 0 ? 100 : (100 * t[s].junctionsBetween) / t[s].junctions);
  lines.push(
    `| **all** | both | | ${t.before.tableOverlaps} → ${t.after.tableOverlaps} | ${t.before.edgesThroughTables} → ${t.after.edgesThroughTables} | ${t.before.labelOverlaps} → ${t.after.labelOverlaps} | ${t.before.junctionsBetween}/${t.before.junctions} → ${t.after.junctionsBetween}/${t.after.junctions} | ${t.before.crossings} → ${t.after.crossings} |`,
    '',
  );
  const met = (ok) => (ok ? 'met' : 'NOT met');
  lines.push(
    `targets: 0 table overlaps ${met(t.after.tableOverlaps === 0)}; 0 edges through tables ${met(t.after.edgesThroughTables === 0)}; 0 label overlaps ${met(t.after.labelOverlaps === 0)}; ` +
      `junctions between parents ${pct('after').toFixed(0)}% (≥ 90%) ${met(pct('after') >= 90)}; crossings ${t.after.crossings} ≤ ${t.before.crossings / 2} (half of before) ${met(t.after.crossings <= t.before.crossings / 2)}`,
    '',
  );

  // Update after one DDL: a new junction between two existing tables, laid out against the previous drawing.
  lines.push('Update after one DDL (CREATE TABLE of a junction between two existing tables), layout + routing, median', '');
  lines.push('| tables | before ms | after ms | after, graph + layout + SVG ms |', '|---:|---:|---:|---:|');
  const after = new Map();
  for (const n of [10, 200]) {
    const schema = now.aGeneratedSchema(n, 42);
    const entities = schema.tables.filter((x) => x.primaryKey.length === 1);
    const a = entities[1].name;
    const b = entities[entities.length - 1].name;
    const grown = now.aSchema([...schema.tables, now.aPureJunction('added_junction', a, b)]);
    const rel0 = now.inferRelationships(schema);
    const rel1 = now.inferRelationships(grown);
    const firstNow = now.layoutDiagram(now.buildGraph(schema, rel0, { view: 'physical' }));
    const firstBefore = before.layoutDiagram(before.buildGraph(schema, rel0, { view: 'physical' }));
    const graphNow = now.buildGraph(grown, rel1, { view: 'physical' });
    const graphBefore = before.buildGraph(grown, rel1, { view: 'physical' });
    const runs = 41;
    const msBefore = timeMedian(() => before.layoutDiagram(graphBefore, firstBefore.positions), runs);
    const msAfter = timeMedian(() => now.layoutDiagram(graphNow, firstNow.positions, firstNow), runs);
    const whole = timings(
      () => now.renderSvg(now.layoutDiagram(now.buildGraph(grown, rel1, { view: 'physical' }), firstNow.positions, firstNow)),
      runs,
    );
    after.set(n, { layout: msAfter, whole });
    lines.push(`| ${n} | ${msBefore.toFixed(2)} | ${msAfter.toFixed(2)} | ${whole.median.toFixed(2)} |`);
  }
  const ratio = after.get(200).layout / after.get(10).layout;
  const worst = after.get(200).whole.max;
  lines.push(
    '',
    `update ratio 200 ÷ 10 tables (after): ${ratio.toFixed(2)} (target ≤ 2: ${met(ratio <= 2)})`,
    `whole update at 200 tables (graph + layout + SVG), slowest of 41 runs: ${worst.toFixed(1)} ms (no long task, ≤ 50 ms: ${met(worst <= 50)})`,
  );
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await run()) console.log(line);
}
