import { describe, expect, it } from 'vitest';
import { endGlyph } from './crows-foot.js';
import { buildGraph } from './graph.js';
import { HEADER_HEIGHT, ROW_HEIGHT } from './metrics.js';
import { type Point, routeEdges, STUB } from './route.js';
import { aColumn, aForeignKey, anEntity, anId, aSchema, aTable, relationsOf } from '../../../test/helpers/erd-builders.js';

const schema = aSchema([
  anEntity('users', 'name'),
  aTable('posts', [anId(), aColumn('title'), aColumn('author_id', { notNull: true })], {
    foreignKeys: [aForeignKey(['author_id'], 'users')],
  }),
]);
const graph = buildGraph(schema, relationsOf(schema), { view: 'physical' });
const users = graph.nodes.find((n) => n.id === 'users')!;
const posts = graph.nodes.find((n) => n.id === 'posts')!;

function onBorder(p: Point, at: Point, w: number, h: number): boolean {
  const inX = p.x >= at.x && p.x <= at.x + w;
  const inY = p.y >= at.y && p.y <= at.y + h;
  return (inY && (p.x === at.x || p.x === at.x + w)) || (inX && (p.y === at.y || p.y === at.y + h));
}

function isOrthogonal(points: Point[]): boolean {
  return points.slice(1).every((p, i) => p.x === points[i]!.x || p.y === points[i]!.y);
}

describe('routeEdges', () => {
  it.each([
    ['side by side', { posts: { x: 0, y: 0 }, users: { x: 400, y: 30 } }],
    ['mirrored', { posts: { x: 400, y: 0 }, users: { x: 0, y: 90 } }],
    ['stacked', { posts: { x: 0, y: 0 }, users: { x: 20, y: 300 } }],
    ['touching', { posts: { x: 0, y: 0 }, users: { x: 30, y: 40 } }],
  ])('starts and ends on box borders with axis-parallel segments when %s', (_, positions) => {
    const [route] = routeEdges(graph, positions);
    const pts = route!.points;
    expect(isOrthogonal(pts)).toBe(true);
    expect(onBorder(pts[0]!, positions.posts, posts.width, posts.height)).toBe(true);
    expect(onBorder(pts[pts.length - 1]!, positions.users, users.width, users.height)).toBe(true);
    // Both end segments are long enough for a crow's foot.
    const first = Math.abs(pts[1]!.x - pts[0]!.x) + Math.abs(pts[1]!.y - pts[0]!.y);
    const last = Math.abs(pts.at(-1)!.x - pts.at(-2)!.x) + Math.abs(pts.at(-1)!.y - pts.at(-2)!.y);
    expect(Math.min(first, last)).toBeGreaterThanOrEqual(STUB);
  });

  it('leaves and enters side by side boxes at the rows of the FK column and the referenced column', () => {
    const [route] = routeEdges(graph, { posts: { x: 0, y: 0 }, users: { x: 400, y: 0 } });
    const row = (i: number) => HEADER_HEIGHT + i * ROW_HEIGHT + ROW_HEIGHT / 2;
    expect(route!.points[0]).toEqual({ x: posts.width, y: row(2) });
    expect(route!.points.at(-1)).toEqual({ x: 400, y: row(0) });
  });

  it('follows a dragged box: re-routing with new positions moves the line ends', () => {
    const before = routeEdges(graph, { posts: { x: 0, y: 0 }, users: { x: 400, y: 0 } })[0]!;
    const after = routeEdges(graph, { posts: { x: 0, y: 0 }, users: { x: 400, y: 250 } })[0]!;
    expect(after.points.at(-1)!.y - before.points.at(-1)!.y).toBe(250);
  });

  it('draws a self-reference as a loop on the right side with two distinct ends', () => {
    const s = aSchema([aTable('employees', [anId(), aColumn('manager_id')], { foreignKeys: [aForeignKey(['manager_id'], 'employees')] })]);
    const g = buildGraph(s, relationsOf(s), { view: 'physical' });
    const [route] = routeEdges(g, { employees: { x: 10, y: 10 } });
    const right = 10 + g.nodes[0]!.width;
    expect(route!.points[0]!.x).toBe(right);
    expect(route!.points.at(-1)!.x).toBe(right);
    expect(route!.points[0]!.y).not.toBe(route!.points.at(-1)!.y);
  });

  it('leaves out edges whose boxes have no position yet', () => {
    expect(routeEdges(graph, { posts: { x: 0, y: 0 } })).toEqual([]);
  });

  it('fans apart lines that leave one box side for different tables', () => {
    const s = aSchema([
      anEntity('a'),
      anEntity('b'),
      aTable('j', [aColumn('a_id'), aColumn('b_id')], {
        foreignKeys: [aForeignKey(['a_id'], 'a'), aForeignKey(['b_id'], 'b', ['id'], 1)],
      }),
    ]);
    const g = buildGraph(s, relationsOf(s), { view: 'physical' });
    const routes = routeEdges(g, { a: { x: 0, y: 0 }, b: { x: 0, y: 200 }, j: { x: 400, y: 100 } });
    expect(routes[0]!.points[1]!.x).not.toBe(routes[1]!.points[1]!.x);
  });
});

describe('endGlyph', () => {
  it.each([
    ['one', 2, false],
    ['zero-or-one', 1, true],
    ['many', 3, false],
    ['zero-or-many', 2, true],
  ] as const)('draws %s with %i strokes and circle=%s', (end, strokes, circle) => {
    const glyph = endGlyph(end, { x: 100, y: 50 }, { x: 0, y: 50 });
    expect(glyph.d.match(/M/g)).toHaveLength(strokes);
    expect(glyph.circle !== null).toBe(circle);
  });

  it("opens the crow's foot at the box border, whatever the direction of the line", () => {
    for (const from of [
      { x: 0, y: 50 },
      { x: 200, y: 50 },
      { x: 100, y: 0 },
      { x: 100, y: 200 },
    ]) {
      const glyph = endGlyph('zero-or-many', { x: 100, y: 50 }, from);
      const points = [...glyph.d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
      // Toes lie on the border (perpendicular to the line through the tip); the heel sits 10 px back on the line.
      const dir = { x: Math.sign(100 - from.x), y: Math.sign(50 - from.y) };
      const toes = points.filter((p) => Math.hypot(p.x - 100, p.y - 50) === 7);
      expect(toes).toHaveLength(2);
      for (const t of toes) expect(Math.abs((t.x - 100) * dir.x + (t.y - 50) * dir.y)).toBe(0);
      const heels = points.filter((p) => p.x === 100 - 10 * dir.x && p.y === 50 - 10 * dir.y);
      expect(heels).toHaveLength(2);
      expect(Math.hypot(glyph.circle!.x - from.x, glyph.circle!.y - from.y)).toBeLessThan(Math.hypot(100 - from.x, 50 - from.y));
    }
  });
});
