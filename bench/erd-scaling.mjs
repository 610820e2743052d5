/**
 * ER pipeline scaling: build graph + layout + render SVG for generated schemas of 10/50/100/200
 * tables, the 100 ÷ 10 time ratio (target ≤ 5), and dagre's gzip size in a minified bundle.
 * Self-contained: bundles src/core/erd on the fly with esbuild. `node bench/erd-scaling.mjs`.
 */
import { pathToFileURL } from 'node:url';
import { bundleSize, importBundled } from './bundle.mjs';
const SIZES = [10, 50, 100, 200];

/** Median of `runs` timings of `fn` in ms, after two warm-up calls. */
function median(fn, runs) {
  fn();
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Runs the benchmark and returns its printed lines. */
export async function run() {
  const erd = await importBundled(`
    export { buildGraph } from './src/core/erd/graph.ts';
    export { layoutDiagram } from './src/core/erd/layout.ts';
    export { renderSvg } from './src/core/erd/svg.ts';
    // The diagram's title and labels are sentences: Node loads both languages at once.
    import './src/core/messages/render.ts';
    export { aGeneratedSchema } from './test/helpers/erd-builders.ts';
    export { inferRelationships } from './src/core/relations/infer.ts';
  `);
  const lines = ['ER diagram scaling (build graph + dagre layout + SVG, median)', ''];
  lines.push('| tables | edges | physical ms | logical ms | SVG KiB |', '|---:|---:|---:|---:|---:|');
  const physical = new Map();
  for (const n of SIZES) {
    const schema = erd.aGeneratedSchema(n, 42);
    const relations = erd.inferRelationships(schema);
    const times = {};
    let svg = '';
    let edges = 0;
    for (const view of ['physical', 'logical']) {
      times[view] = median(
        () => {
          const graph = erd.buildGraph(schema, relations, { view });
          if (view === 'physical') edges = graph.edges.length;
          svg = erd.renderSvg(erd.layoutDiagram(graph));
        },
        n >= 100 ? 5 : 15,
      );
    }
    physical.set(n, times.physical);
    lines.push(`| ${n} | ${edges} | ${times.physical.toFixed(1)} | ${times.logical.toFixed(1)} | ${(svg.length / 1024).toFixed(1)} |`);
  }
  const ratio = physical.get(100) / physical.get(10);
  lines.push('', `ratio 100 ÷ 10 tables (physical): ${ratio.toFixed(1)} (target ≤ 5: ${ratio <= 5 ? 'met' : 'NOT met'})`);
  const dagre = await bundleSize(`export { Graph, layout } from '@dagrejs/dagre';`);
  lines.push(`@dagrejs/dagre minified + gzip: ${(dagre.gzip / 1024).toFixed(1)} KiB`);
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await run()) console.log(line);
}
