import { describe, expect, it } from 'vitest';
import { buildGraph, type ErdGraph } from './graph.js';
import type { Layout } from './layout.js';
import { junctionPlacements, measureReadability } from './readability.js';
import { routeEdges } from './route.js';
import type { Positions } from './route.js';
import {
  aColumn,
  aForeignKey,
  anEntity,
  anId,
  aSchema,
  aTable,
  relationsOf,
  studentsAndCourses,
} from '../../../test/helpers/erd-builders.js';

function placed(graph: ErdGraph, positions: Positions): Layout {
  return { graph, positions, routes: routeEdges(graph, positions), bounds: { x: 0, y: 0, width: 1, height: 1 } };
}

const physical = (() => {
  const { schema, relations } = studentsAndCourses();
  return buildGraph(schema, relations, { view: 'physical' });
})();

describe('measureReadability', () => {
  it('counts overlapping boxes once per pair', () => {
    const layout = placed(physical, { students: { x: 0, y: 0 }, courses: { x: 10, y: 10 }, enrollments: { x: 20, y: 20 } });
    expect(measureReadability(layout).tableOverlaps).toBe(3);
  });

  it('counts a line through a table that is not one of its ends', () => {
    const graph = physical;
    const layout = placed(graph, { students: { x: 0, y: 0 }, courses: { x: 900, y: 0 }, enrollments: { x: 400, y: 200 } });
    // Force a straight line from enrollments to students straight through courses' box.
    const courses = graph.nodes.find((n) => n.id === 'courses')!;
    const toStudents = layout.routes.find((r) => graph.edges[r.index]!.target === 'students')!;
    toStudents.points = [
      { x: 1200, y: 30 },
      { x: 900 + courses.width / 2, y: 30 },
      { x: 100, y: 30 },
    ];
    expect(measureReadability(layout).edgesThroughTables).toBe(1);
  });

  it('counts crossings between different lines, not shared ends', () => {
    const layout = placed(physical, { students: { x: 0, y: 0 }, courses: { x: 600, y: 0 }, enrollments: { x: 300, y: 300 } });
    expect(measureReadability(layout).crossings).toBe(0);
    layout.routes[0]!.points = [
      { x: 0, y: 500 },
      { x: 1000, y: 500 },
    ];
    layout.routes[1]!.points = [
      { x: 500, y: 400 },
      { x: 500, y: 600 },
    ];
    expect(measureReadability(layout).crossings).toBe(1);
  });

  it('counts a label that covers a table, another label or a line end', () => {
    const { schema, relations } = studentsAndCourses();
    const graph = buildGraph(schema, relations, { view: 'logical' });
    const layout = placed(graph, { students: { x: 0, y: 0 }, courses: { x: 600, y: 0 } });
    expect(measureReadability(layout).labelOverlaps).toBe(0);
    layout.routes[0]!.labelAt = { x: 40, y: 20 };
    expect(measureReadability(layout).labelOverlaps).toBeGreaterThan(0);
    const start = layout.routes[0]!.points[0]!;
    layout.routes[0]!.labelAt = { x: start.x + 8, y: start.y };
    expect(measureReadability(layout).labelOverlaps).toBeGreaterThan(0);
  });

  it.each([
    ['between side-by-side parents', { students: { x: 0, y: 0 }, enrollments: { x: 300, y: 10 }, courses: { x: 700, y: 0 } }, true],
    ['between stacked parents', { students: { x: 0, y: 0 }, enrollments: { x: 20, y: 200 }, courses: { x: 0, y: 400 } }, true],
    ['beside two stacked parents (a "<")', { students: { x: 0, y: 0 }, enrollments: { x: 400, y: 200 }, courses: { x: 0, y: 400 } }, false],
    ['beyond both parents', { students: { x: 0, y: 0 }, courses: { x: 300, y: 0 }, enrollments: { x: 700, y: 0 } }, false],
  ])('tells whether a junction sits %s', (_, positions, between) => {
    const [placement] = junctionPlacements(placed(physical, positions));
    expect(placement).toEqual({ junction: 'enrollments', parents: ['students', 'courses'], between });
  });

  it('leaves a self-referential junction out of the junctions between parents', () => {
    const schema = aSchema([
      anEntity('users'),
      aTable(
        'follows',
        [aColumn('follower_id', { pkPosition: 1, notNull: true }), aColumn('followee_id', { pkPosition: 2, notNull: true })],
        {
          foreignKeys: [aForeignKey(['follower_id'], 'users'), aForeignKey(['followee_id'], 'users', ['id'], 1)],
        },
      ),
    ]);
    const relations = relationsOf(schema, { kind: 'many-to-many', junction: 'follows', between: ['users', 'users'], pattern: 'pure' });
    const graph = buildGraph(schema, relations, { view: 'physical' });
    expect(measureReadability(placed(graph, { users: { x: 0, y: 0 }, follows: { x: 300, y: 0 } })).junctions).toBe(0);
  });

  it('measures an empty drawing as all zero', () => {
    const graph = buildGraph(aSchema([aTable('t', [anId()])]), relationsOf(aSchema([])), { view: 'physical' });
    expect(measureReadability(placed(graph, { t: { x: 0, y: 0 } }))).toEqual({
      tableOverlaps: 0,
      edgesThroughTables: 0,
      labelOverlaps: 0,
      junctions: 0,
      junctionsBetween: 0,
      crossings: 0,
    });
  });
});
