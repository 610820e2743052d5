import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferRelationships } from '../relations/infer.js';
import type { Schema } from '../schema/types.js';
import { END_REACH, polylineLength } from './geometry.js';
import { buildGraph, type ErdView } from './graph.js';
import { layoutDiagram } from './layout.js';
import { junctionPlacements, measureReadability } from './readability.js';
import { schemaOf } from '../../../test/helpers/schema-fixture.js';

const CORPUS = join(import.meta.dirname, '../../../test/fixtures/erd-corpus');
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.sql'));

async function corpus(file: string): Promise<Schema> {
  return schemaOf(readFileSync(join(CORPUS, file), 'utf8'));
}

function draw(schema: Schema, view: ErdView = 'physical') {
  return layoutDiagram(buildGraph(schema, inferRelationships(schema), { view }));
}

describe('the junction-aware layout on the corpus', () => {
  it.each(files.flatMap((f) => [[f, 'physical'] as const, [f, 'logical'] as const]))(
    '%s (%s): no box overlaps, no line through a table, no label on anything',
    async (file, view) => {
      const m = measureReadability(draw(await corpus(file), view));
      expect([m.tableOverlaps, m.edgesThroughTables, m.labelOverlaps]).toEqual([0, 0, 0]);
    },
  );

  it('puts at least 90% of the junctions between the tables they link', async () => {
    let all = 0;
    let between = 0;
    for (const file of files) {
      for (const view of ['physical', 'logical'] as const) {
        const m = measureReadability(draw(await corpus(file), view));
        all += m.junctions;
        between += m.junctionsBetween;
      }
    }
    expect(all).toBeGreaterThan(10);
    expect(between / all).toBeGreaterThanOrEqual(0.9);
  });

  it('draws students — enrollments — courses with the junction between its parents', async () => {
    expect(junctionPlacements(draw(await corpus('students-courses.sql')))).toEqual([
      { junction: 'enrollments', parents: ['students', 'courses'], between: true },
    ]);
  });
});

describe('junction shapes', () => {
  it('draws the two FKs of a self-referential junction as two lines that never meet', async () => {
    const layout = draw(await corpus('follows.sql'));
    const lines = layout.routes.filter((r) => layout.graph.edges[r.index]!.source === 'follows');
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map((r) => r.points);
    const shared = a!.filter((p) => b!.some((q) => q.x === p.x && q.y === p.y));
    expect(shared).toEqual([]);
    // Beside its table: no further away than a couple of box margins.
    const users = layout.positions.users!;
    const follows = layout.positions.follows!;
    expect(Math.abs(follows.y - users.y)).toBeLessThan(100);
  });

  it("gives every n-ary line a crow's foot at the junction end", async () => {
    const layout = draw(await corpus('supplies.sql'));
    const legs = layout.graph.edges.filter((e) => e.source === 'supplies');
    expect(legs).toHaveLength(3);
    for (const leg of legs) expect(leg.sourceEnd).toBe('zero-or-many');
  });

  it('ends every arm of an n-ary hub on a corner of its own and on its table', async () => {
    const layout = draw(await corpus('supplies.sql'), 'logical');
    const arms = layout.routes.filter((r) => layout.graph.edges[r.index]!.source === 'hub:supplies');
    expect(arms).toHaveLength(3);
    expect(new Set(arms.map((r) => `${r.points[0]!.x},${r.points[0]!.y}`)).size).toBe(3);
    for (const arm of arms) {
      const edge = layout.graph.edges[arm.index]!;
      const node = layout.graph.nodes.find((n) => n.id === edge.target)!;
      const at = layout.positions[edge.target]!;
      const end = arm.points.at(-1)!;
      const onBorder = (end.x === at.x || end.x === at.x + node.width) && end.y > at.y && end.y < at.y + node.height;
      const onTopOrBottom = (end.y === at.y || end.y === at.y + node.height) && end.x > at.x && end.x < at.x + node.width;
      expect(onBorder || onTopOrBottom).toBe(true);
    }
  });

  it('makes a logical M:N line long enough for both ends and its label', async () => {
    const layout = draw(await corpus('association-object.sql'), 'logical');
    const [route] = layout.routes;
    expect(layout.graph.edges[route!.index]!.label).toBe('enrollments (enrolled_on, grade)');
    expect(polylineLength(route!.points)).toBeGreaterThan(2 * END_REACH + 20);
  });
});
