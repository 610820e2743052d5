/**
 * How readable the ER diagram is, before and after the junction-aware layout, side by side in one
 * run: for every schema of test/fixtures/erd-corpus and both views, table overlaps, lines through
 * tables, label overlaps, junctions between their parents and crossings, counted by
 * src/core/erd/readability.ts. "Before" is the layout at commit BASELINE, extracted with git and
 * bundled beside the current one. Then the update after one DDL (a new junction) at 10 and 200
 * tables, before and after, the sizes timed in turns. `node bench/erd-readability.mjs`.
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

/** Sizes the update is timed at, and runs per size and variant. */
const UPDATE_SIZES = [10, 200];
const UPDATE_RUNS = 301;

/** Median, 95th percentile and slowest of a list of timings in ms. */
function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.floor(sorted.length * 0.95)], max: sorted.at(-1) };
}

/**
 * Times each variant of each case `runs` times. A variant is timed at every size in turns
 * (10, 200, 10, 200, ...) so a burst of load on a shared machine lands on both alike, and apart
 * from the other variants, so one's garbage is not collected in another's time. Warm-up calls
 * first, so every variant is timed compiled. Returns the summary of each variant by case.
 */
function interleaved(cases, runs) {
  const out = new Map([...cases.keys()].map((k) => [k, {}]));
  for (const v of Object.keys(cases.values().next().value)) {
    const times = new Map([...cases.keys()].map((k) => [k, []]));
    for (let i = 0; i < 20; i++) for (const variants of cases.values()) variants[v]();
    for (let i = 0; i < runs; i++) {
      for (const [k, variants] of cases) {
        const t = performance.now();
        variants[v]();
        times.get(k).push(performance.now() - t);
      }
    }
    for (const [k, ts] of times) out.get(k)[v] = summary(ts);
  }
  return out;
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
     // The diagram's title and labels are sentences: Node loads both languages at once.
     import './src/core/messages/render.ts';
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
  // The sizes are timed in turns (10, 200, 10, 200, ...) so the load of a shared machine falls on both alike.
  lines.push(
    `Update after one DDL (CREATE TABLE of a junction between two existing tables), median of ${UPDATE_RUNS} runs per size, sizes interleaved`,
    '',
  );
  lines.push(
    '| tables | before ms | after ms (layout + routes) | after, graph + layout + SVG: median ms | slowest ms |',
    '|---:|---:|---:|---:|---:|',
  );
  const cases = new Map();
  for (const n of UPDATE_SIZES) {
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
    cases.set(n, {
      before: () => before.layoutDiagram(graphBefore, firstBefore.positions),
      after: () => now.layoutDiagram(graphNow, firstNow.positions, firstNow),
      // What the app does after the statement: the graph of the whole schema, the update, the whole SVG.
      whole: () => now.renderSvg(now.layoutDiagram(now.buildGraph(grown, rel1, { view: 'physical' }), firstNow.positions, firstNow)),
    });
  }
  const timed = interleaved(cases, UPDATE_RUNS);
  for (const n of UPDATE_SIZES) {
    const m = timed.get(n);
    lines.push(
      `| ${n} | ${m.before.median.toFixed(2)} | ${m.after.median.toFixed(2)} | ${m.whole.median.toFixed(2)} | ${m.whole.max.toFixed(1)} |`,
    );
  }
  const ratio = timed.get(200).after.median / timed.get(10).after.median;
  const whole = timed.get(200).whole;
  lines.push(
    '',
    `update ratio 200 ÷ 10 tables (after, layout + routes): ${ratio.toFixed(2)} (target ≤ 2: ${met(ratio <= 2)})`,
    `whole update at 200 tables (graph + layout + SVG): median ${whole.median.toFixed(1)} ms, 95th percentile ${whole.p95.toFixed(1)} ms, slowest of ${UPDATE_RUNS} ${whole.max.toFixed(1)} ms (no long task, slowest ≤ 50 ms: ${met(whole.max <= 50)})`,
  );
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await run()) console.log(line);
}
