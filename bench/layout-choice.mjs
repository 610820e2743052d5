/**
 * dagre or elkjs for the ER diagram? Lays out the same generated schemas (10/50/100/200 tables,
 * box sizes from our own graph stage) with both, side by side in one run, and measures each
 * library's minified + gzipped size when bundled with esbuild. `node bench/layout-choice.mjs`.
 */
import { pathToFileURL } from 'node:url';
import { bundleSize, importBundled } from './bundle.mjs';
const SIZES = [10, 50, 100, 200];

async function median(fn, runs) {
  await fn();
  await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function overlapCount(boxes) {
  let n = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) n++;
    }
  }
  return n;
}

/** Runs the comparison and returns its printed lines. */
export async function run() {
  const m = await importBundled(`
    export { buildGraph } from './src/core/erd/graph.ts';
    export { aGeneratedSchema } from './test/helpers/erd-builders.ts';
    export { inferRelationships } from './src/core/relations/infer.ts';
    export { Graph, layout } from '@dagrejs/dagre';
    export { default as ELK } from 'elkjs/lib/elk.bundled.js';
  `);
  const elk = new m.ELK();
  const lines = ['Layout engine choice: dagre vs elkjs (layered), same graphs, median ms', ''];
  lines.push('| tables | edges | dagre ms | elk ms | elk ÷ dagre | dagre area kpx² | elk area kpx² | overlaps d/e |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of SIZES) {
    const schema = m.aGeneratedSchema(n, 42);
    const graph = m.buildGraph(schema, m.inferRelationships(schema), { view: 'physical' });
    const edges = graph.edges.filter((e) => e.source !== e.target);
    let dagreBoxes = [];
    let dagreArea = 0;
    const dagreMs = await median(
      () => {
        const g = new m.Graph({ multigraph: true });
        g.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 80, edgesep: 20 });
        g.setDefaultEdgeLabel(() => ({}));
        for (const node of graph.nodes) g.setNode(node.id, { width: node.width, height: node.height });
        edges.forEach((e, i) => {
          g.setEdge(e.target, e.source, {}, `e${i}`);
        });
        m.layout(g);
        dagreBoxes = graph.nodes.map((node) => {
          const p = g.node(node.id);
          return { x: p.x - node.width / 2, y: p.y - node.height / 2, w: node.width, h: node.height };
        });
        dagreArea = g.graph().width * g.graph().height;
      },
      n >= 100 ? 5 : 15,
    );
    let elkBoxes = [];
    let elkArea = 0;
    const elkMs = await median(
      async () => {
        const result = await elk.layout({
          id: 'root',
          layoutOptions: {
            'elk.algorithm': 'layered',
            'elk.direction': 'RIGHT',
            'elk.spacing.nodeNode': '40',
            'elk.layered.spacing.nodeNodeBetweenLayers': '80',
            'elk.edgeRouting': 'ORTHOGONAL',
          },
          children: graph.nodes.map((node) => ({ id: node.id, width: node.width, height: node.height })),
          edges: edges.map((e, i) => ({ id: `e${i}`, sources: [e.target], targets: [e.source] })),
        });
        elkBoxes = result.children.map((c) => ({ x: c.x, y: c.y, w: c.width, h: c.height }));
        elkArea = result.width * result.height;
      },
      n >= 100 ? 5 : 15,
    );
    lines.push(
      `| ${n} | ${edges.length} | ${dagreMs.toFixed(1)} | ${elkMs.toFixed(1)} | ${(elkMs / dagreMs).toFixed(1)} | ${(dagreArea / 1000).toFixed(0)} | ${(elkArea / 1000).toFixed(0)} | ${overlapCount(dagreBoxes)}/${overlapCount(elkBoxes)} |`,
    );
  }
  const dagre = await bundleSize(`export { Graph, layout } from '@dagrejs/dagre';`);
  const elkSize = await bundleSize(`export { default } from 'elkjs/lib/elk.bundled.js';`);
  lines.push('', '| library | minified KiB | gzip KiB |', '|---|---:|---:|');
  lines.push(`| @dagrejs/dagre (Graph, layout) | ${(dagre.raw / 1024).toFixed(1)} | ${(dagre.gzip / 1024).toFixed(1)} |`);
  lines.push(`| elkjs/lib/elk.bundled.js | ${(elkSize.raw / 1024).toFixed(1)} | ${(elkSize.gzip / 1024).toFixed(1)} |`);
  lines.push(`elk ÷ dagre gzip size: ${(elkSize.gzip / dagre.gzip).toFixed(0)}×`);
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await run()) console.log(line);
}
