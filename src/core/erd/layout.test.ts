import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Schema, Table } from '../schema/types.js';
import { polylineCrossesRect } from './geometry.js';
import { buildGraph, type ErdGraph } from './graph.js';
import { type Layout, layoutDiagram } from './layout.js';
import { junctionPlacements, measureReadability } from './readability.js';
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

function graphOf(schema: Schema): ErdGraph {
  return buildGraph(schema, relationsOf(schema), { view: 'physical' });
}

function overlaps(layout: Layout): string[] {
  const boxes = layout.graph.nodes.map((n) => ({ id: n.id, ...layout.positions[n.id]!, w: n.width, h: n.height }));
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) found.push(`${a.id} × ${b.id}`);
    }
  }
  return found;
}

/** A random schema: tables t0..tn-1, each with a few columns and FKs to earlier (or its own) tables. */
const schemaArb = fc
  .array(
    fc.record({
      columns: fc.integer({ min: 0, max: 8 }),
      nameLength: fc.integer({ min: 1, max: 24 }),
      refs: fc.array(fc.nat(), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 60 },
  )
  .map((specs) =>
    aSchema(
      specs.map((spec, i) => {
        const refs = [...new Set(spec.refs.map((r) => r % (i + 1)))];
        const columns = [
          anId(),
          ...Array.from({ length: spec.columns }, (_, c) => aColumn(`c${c}_${'x'.repeat(spec.nameLength)}`, { type: 'TEXT' })),
          ...refs.map((r) => aColumn(`t${r}_id`, { notNull: r % 2 === 0 })),
        ];
        return aTable(`t${i}`, columns, { foreignKeys: refs.map((r, k) => aForeignKey([`t${r}_id`], `t${r}`, ['id'], k)) });
      }),
    ),
  );

const newTableArb = fc.record({ refs: fc.array(fc.nat(), { maxLength: 3 }), columns: fc.integer({ min: 0, max: 10 }) });

function withNewTable(schema: Schema, spec: { refs: number[]; columns: number }): Schema {
  const n = schema.tables.length;
  const refs = [...new Set(spec.refs.map((r) => `t${r % n}`))];
  const table: Table = aTable(
    'added',
    [anId(), ...Array.from({ length: spec.columns }, (_, c) => aColumn(`extra_${c}`)), ...refs.map((r) => aColumn(`${r}_id`))],
    { foreignKeys: refs.map((r, k) => aForeignKey([`${r}_id`], r, ['id'], k)) },
  );
  return aSchema([...schema.tables, table]);
}

describe('layoutDiagram', () => {
  it('places every box of a fresh diagram, without overlaps, and routes every edge', () => {
    const { schema, relations } = studentsAndCourses();
    const layout = layoutDiagram(buildGraph(schema, relations, { view: 'physical' }));
    expect(Object.keys(layout.positions).sort()).toEqual(['courses', 'enrollments', 'students']);
    expect(overlaps(layout)).toEqual([]);
    expect(layout.routes.map((r) => r.edgeId)).toEqual(layout.graph.edges.map((e) => e.id));
  });

  it('is deterministic: the same graph gives the same positions', () => {
    const { schema, relations } = studentsAndCourses();
    const graph = buildGraph(schema, relations, { view: 'physical' });
    expect(layoutDiagram(graph).positions).toEqual(layoutDiagram(graph).positions);
  });

  it('keeps the exact positions it is given, even unusual ones', () => {
    const schema = aSchema([anEntity('a'), anEntity('b')]);
    const previous = { a: { x: -500, y: 12.5 }, b: { x: 900, y: 900 } };
    expect(layoutDiagram(graphOf(schema), previous).positions).toEqual(previous);
  });

  it('drops positions of tables that no longer exist', () => {
    const schema = aSchema([anEntity('a')]);
    const layout = layoutDiagram(graphOf(schema), { a: { x: 0, y: 0 }, gone: { x: 50, y: 50 } });
    expect(layout.positions).toEqual({ a: { x: 0, y: 0 } });
  });

  it('places a new table next to the table it references, not on top of anything', () => {
    const before = aSchema([anEntity('students'), anEntity('courses')]);
    const previous = { students: { x: 0, y: 0 }, courses: { x: 400, y: 0 } };
    const after = aSchema([
      ...before.tables,
      aTable('notes', [anId(), aColumn('student_id')], { foreignKeys: [aForeignKey(['student_id'], 'students')] }),
    ]);
    const layout = layoutDiagram(graphOf(after), previous);
    expect(layout.positions.students).toEqual(previous.students);
    expect(layout.positions.courses).toEqual(previous.courses);
    expect(overlaps(layout)).toEqual([]);
    const notes = layout.positions.notes!;
    // Nearer to students (its neighbour) than to courses.
    expect(Math.hypot(notes.x - 0, notes.y - 0)).toBeLessThan(Math.hypot(notes.x - 400, notes.y - 0));
  });

  it('treats a table named __proto__ as an ordinary key', () => {
    const schema = aSchema([anEntity('__proto__'), anEntity('b')]);
    const first = layoutDiagram(graphOf(schema));
    expect(Object.hasOwn(first.positions, '__proto__')).toBe(true);
    const again = layoutDiagram(graphOf(schema), JSON.parse(JSON.stringify(first.positions)));
    expect(again.positions).toEqual(first.positions);
  });

  it('contains every box and route point within its bounds', () => {
    const { schema, relations } = studentsAndCourses();
    const layout = layoutDiagram(buildGraph(schema, relations, { view: 'logical' }));
    const { x, y, width, height } = layout.bounds;
    for (const n of layout.graph.nodes) {
      const p = layout.positions[n.id]!;
      expect(p.x).toBeGreaterThanOrEqual(x);
      expect(p.y).toBeGreaterThanOrEqual(y);
      expect(p.x + n.width).toBeLessThanOrEqual(x + width);
      expect(p.y + n.height).toBeLessThanOrEqual(y + height);
    }
  });

  it('never overlaps boxes nor runs a line through a box in a fresh layout of a random schema of up to 60 tables', () => {
    fc.assert(
      fc.property(schemaArb, (schema) => {
        const layout = layoutDiagram(graphOf(schema));
        expect(overlaps(layout)).toEqual([]);
        expect(measureReadability(layout).edgesThroughTables).toBe(0);
      }),
      { numRuns: 40 },
    );
  });

  it('moves no existing table when one is added, and overlaps nothing', () => {
    fc.assert(
      fc.property(schemaArb, newTableArb, (schema, spec) => {
        const first = layoutDiagram(graphOf(schema));
        const second = layoutDiagram(graphOf(withNewTable(schema, spec)), first.positions);
        for (const t of schema.tables) expect(second.positions[t.name]).toEqual(first.positions[t.name]);
        expect(overlaps(second)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('places several unconnected new tables without overlaps when most of the diagram is new', () => {
    fc.assert(
      fc.property(schemaArb, (schema) => {
        const kept = schema.tables[0]!.name;
        const layout = layoutDiagram(graphOf(schema), { [kept]: { x: 37, y: -20 } });
        expect(layout.positions[kept]).toEqual({ x: 37, y: -20 });
        expect(overlaps(layout)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('leaves room between two lone tables, and a junction added later goes between them', () => {
    const before = aSchema([anEntity('students', 'name'), anEntity('courses', 'title')]);
    const first = layoutDiagram(graphOf(before));
    const { schema, relations } = studentsAndCourses();
    const second = layoutDiagram(buildGraph(schema, relations, { view: 'physical' }), first.positions, first);
    expect(second.positions.students).toEqual(first.positions.students);
    expect(second.positions.courses).toEqual(first.positions.courses);
    expect(junctionPlacements(second)).toEqual([{ junction: 'enrollments', parents: ['students', 'courses'], between: true }]);
    expect(measureReadability(second).edgesThroughTables).toBe(0);
  });

  it('puts a new junction beside the table it links when there is no room between', () => {
    const { schema, relations } = studentsAndCourses();
    const previous = { students: { x: 0, y: 0 }, courses: { x: 150, y: 0 } };
    const layout = layoutDiagram(buildGraph(schema, relations, { view: 'physical' }), previous);
    expect(overlaps(layout)).toEqual([]);
    const enrollments = layout.positions.enrollments!;
    expect(Math.hypot(enrollments.x - 75, enrollments.y)).toBeLessThan(300);
  });

  it('keeps the routes of lines nothing moved across when it is given the layout drawn before', () => {
    const schema = aSchema([
      anEntity('a'),
      anEntity('b'),
      aTable('c', [anId(), aColumn('a_id')], { foreignKeys: [aForeignKey(['a_id'], 'a')] }),
    ]);
    const first = layoutDiagram(graphOf(schema));
    const grown = aSchema([...schema.tables, aTable('d', [anId(), aColumn('b_id')], { foreignKeys: [aForeignKey(['b_id'], 'b')] })]);
    const second = layoutDiagram(graphOf(grown), first.positions, first);
    const old = first.routes.find((r) => r.edgeId.startsWith('fk:c('))!;
    expect(second.routes.find((r) => r.edgeId === old.edgeId)!.points).toBe(old.points);
    expect(measureReadability(second).edgesThroughTables).toBe(0);
  });

  it('after one new table, runs no line through a box', () => {
    fc.assert(
      fc.property(schemaArb, newTableArb, (schema, spec) => {
        const first = layoutDiagram(graphOf(schema));
        const second = layoutDiagram(graphOf(withNewTable(schema, spec)), first.positions, first);
        expect(measureReadability(second).edgesThroughTables).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('after one new table, reroutes only its lines and those its box covers; the others keep their points', () => {
    fc.assert(
      fc.property(schemaArb, newTableArb, (schema, spec) => {
        const first = layoutDiagram(graphOf(schema));
        const second = layoutDiagram(graphOf(withNewTable(schema, spec)), first.positions, first);
        const box = { ...second.positions.added!, width: 0, height: 0 };
        const added = second.graph.nodes.find((n) => n.id === 'added')!;
        box.width = added.width;
        box.height = added.height;
        const before = new Map(first.routes.map((r) => [r.edgeId, r]));
        for (const route of second.routes) {
          const edge = second.graph.edges[route.index]!;
          const old = before.get(route.edgeId);
          if (edge.source === 'added' || edge.target === 'added' || !old) continue;
          if (!polylineCrossesRect(old.points, box)) {
            expect(route.points).toBe(old.points);
            expect(route.labelAt).toEqual(old.labelAt);
          }
        }
        for (const t of schema.tables) expect(second.positions[t.name]).toEqual(first.positions[t.name]);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps every other route when a table is dropped, and places it again without overlaps', () => {
    fc.assert(
      fc.property(schemaArb, newTableArb, (schema, spec) => {
        const grown = withNewTable(schema, spec);
        const first = layoutDiagram(graphOf(grown));
        const second = layoutDiagram(graphOf(schema), first.positions, first);
        const before = new Map(first.routes.map((r) => [r.edgeId, r]));
        for (const route of second.routes) expect(route.points).toBe(before.get(route.edgeId)!.points);
        const third = layoutDiagram(graphOf(grown), second.positions, second);
        expect(third.positions.added).toBeDefined();
        expect(overlaps(third)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('routes the lines of a new junction clear of every box, keeping the old line', () => {
    const { schema, relations } = studentsAndCourses();
    const first = layoutDiagram(graphOf(aSchema(schema.tables.filter((t) => t.name !== 'enrollments'))));
    const layout = layoutDiagram(buildGraph(schema, relations, { view: 'physical' }), first.positions, first);
    expect(measureReadability(layout).edgesThroughTables).toBe(0);
    expect(layout.routes.filter((r) => r.edgeId.startsWith('fk:enrollments'))).toHaveLength(2);
  });

  it('contains every box and route point within its bounds after an update', () => {
    const { schema, relations } = studentsAndCourses();
    const first = layoutDiagram(graphOf(aSchema(schema.tables.filter((t) => t.name !== 'enrollments'))));
    const layout = layoutDiagram(buildGraph(schema, relations, { view: 'physical' }), first.positions, first);
    const { x, y, width, height } = layout.bounds;
    for (const n of layout.graph.nodes) {
      const p = layout.positions[n.id]!;
      expect(p.x >= x && p.y >= y && p.x + n.width <= x + width && p.y + n.height <= y + height).toBe(true);
    }
    for (const r of layout.routes)
      for (const p of r.points) expect(p.x >= x && p.y >= y && p.x <= x + width && p.y <= y + height).toBe(true);
  });

  it('sets new tables that link to nothing drawn beside the drawing, moving nothing', () => {
    const schema = aSchema([anEntity('a'), anEntity('b')]);
    const first = layoutDiagram(graphOf(schema));
    const grown = aSchema([
      ...schema.tables,
      anEntity('x'),
      aTable('y', [anId(), aColumn('x_id')], { foreignKeys: [aForeignKey(['x_id'], 'x')] }),
    ]);
    const second = layoutDiagram(graphOf(grown), first.positions, first);
    expect(second.positions.a).toEqual(first.positions.a);
    expect(second.positions.b).toEqual(first.positions.b);
    expect(overlaps(second)).toEqual([]);
    expect(measureReadability(second).edgesThroughTables).toBe(0);
  });
});
