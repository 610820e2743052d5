import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Relations } from '../relations/types.js';
import type { Schema } from '../schema/types.js';
import { describeSchema } from './describe.js';
import { buildGraph, type ErdView } from './graph.js';
import { layoutDiagram } from './layout.js';
import { edgeParts, renderSvg, renderSvgParts } from './svg.js';
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
// Every sentence in both languages, as Node has them (the page loads its learner's: renderer.ts).
import '../messages/render.js';

const { window } = new JSDOM('');

/** Parses SVG text as XML, failing the test on any well-formedness error. */
function parse(svg: string): Document {
  const doc = new window.DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`SVG is not well-formed XML: ${error.textContent}`);
  return doc;
}

function draw(schema: Schema, relations: Relations, view: ErdView = 'physical', description?: string): Document {
  const layout = layoutDiagram(buildGraph(schema, relations, { view }));
  return parse(renderSvg(layout, description === undefined ? {} : { description }));
}

describe('renderSvg', () => {
  it('is a standalone SVG document with a namespace, a viewBox, a style sheet, a title and a description', () => {
    const { schema, relations } = studentsAndCourses();
    const doc = draw(schema, relations, 'physical', describeSchema(schema, relations));
    const svg = doc.documentElement;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('viewBox')).toMatch(/^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/);
    expect(svg.querySelector('style')?.textContent).toContain('var(--erd-bg,#ffffff)');
    expect(svg.querySelector('title')?.textContent).toBe('Entity-relationship diagram (physical view)');
    expect(svg.querySelector('desc')?.textContent).toContain('enrollments links students and courses (many-to-many, pure junction).');
    expect(svg.getAttribute('aria-labelledby')).toBe('erd-title erd-desc');
  });

  it('marks each table and each relationship with machine-readable attributes (physical view)', () => {
    const { schema, relations } = studentsAndCourses();
    const doc = draw(schema, relations);
    const tables = [...doc.querySelectorAll('[data-table]')].map((g) => g.getAttribute('data-table'));
    expect(tables).toEqual(['students', 'courses', 'enrollments']);
    const edges = [...doc.querySelectorAll('.erd-edge')].map((g) => [g.getAttribute('data-relation'), g.getAttribute('data-kind')]);
    expect(edges).toEqual([
      ['fk:enrollments(student_id)->students', 'many-to-one'],
      ['fk:enrollments(course_id)->courses', 'many-to-one'],
    ]);
    const badge = doc.querySelector('[data-table="enrollments"] [data-kind="many-to-many"]')!;
    expect(badge.getAttribute('data-junction')).toBe('enrollments');
    expect(badge.getAttribute('data-pattern')).toBe('pure');
    expect(badge.textContent).toBe('M:N');
  });

  it('draws the logical view with one many-to-many line carrying the junction and pattern', () => {
    const { schema, relations } = studentsAndCourses();
    const doc = draw(schema, relations, 'logical');
    expect([...doc.querySelectorAll('[data-table]')].map((g) => g.getAttribute('data-table'))).toEqual(['students', 'courses']);
    const edge = doc.querySelector('.erd-edge')!;
    expect(edge.getAttribute('data-kind')).toBe('many-to-many');
    expect(edge.getAttribute('data-junction')).toBe('enrollments');
    expect(edge.getAttribute('data-pattern')).toBe('pure');
    expect(edge.querySelector('.erd-label')?.textContent).toBe('enrollments');
  });

  it('marks key and NOT NULL columns', () => {
    const { schema, relations } = studentsAndCourses();
    const doc = draw(schema, relations);
    const col = doc.querySelector('[data-table="enrollments"] [data-column="student_id"]')!;
    expect(['data-pk', 'data-fk', 'data-not-null'].map((a) => col.hasAttribute(a))).toEqual([true, true, true]);
    expect(col.querySelector('.erd-key')?.textContent).toBe('PK FK');
  });

  it.each([['<script>alert(1)</script>'], ['a"b\'c'], ['Tom & Jerry'], [']]><x/>'], ['line\nbreak\ttab'], ['bell\u0007char']])(
    'escapes the hostile table name %j in text and attributes',
    (name) => {
      const schema = aSchema([anEntity(name, name), aTable('refs', [anId(), aColumn('x')], { foreignKeys: [aForeignKey(['x'], name)] })]);
      const relations = relationsOf(schema);
      const svg = renderSvg(layoutDiagram(buildGraph(schema, relations, { view: 'physical' })), {
        description: describeSchema(schema, relations),
      });
      expect(svg).not.toContain('<script');
      const doc = parse(svg);
      expect(doc.querySelectorAll('script')).toHaveLength(0);
      const expected = name.replace(/\u0007/g, '\uFFFD');
      const group = [...doc.querySelectorAll('[data-table]')].find((g) => g.getAttribute('data-table') === expected);
      expect(group?.querySelector('.erd-title')?.textContent).toBe(expected);
      expect(doc.querySelector('.erd-edge')?.getAttribute('data-target')).toBe(expected);
    },
  );

  it("draws crow's-foot ends from NOT NULL and uniqueness", () => {
    const schema = aSchema([
      anEntity('users'),
      aTable('posts', [anId(), aColumn('author_id', { notNull: true }), aColumn('editor_id')], {
        foreignKeys: [aForeignKey(['author_id'], 'users'), aForeignKey(['editor_id'], 'users', ['id'], 1)],
      }),
      aTable('profiles', [anId(), aColumn('user_id', { notNull: true })], {
        foreignKeys: [aForeignKey(['user_id'], 'users')],
        uniques: [['user_id']],
      }),
    ]);
    const doc = draw(schema, relationsOf(schema));
    const ends = (id: string) =>
      [...doc.querySelectorAll(`[data-relation="${id}"] .erd-end`)].map(
        (e) => `${e.getAttribute('data-end')}:${e.getAttribute('data-cardinality')}`,
      );
    expect(ends('fk:posts(author_id)->users')).toEqual(['source:zero-or-many', 'target:one']);
    expect(ends('fk:posts(editor_id)->users')).toEqual(['source:zero-or-many', 'target:zero-or-one']);
    expect(ends('fk:profiles(user_id)->users')).toEqual(['source:zero-or-one', 'target:one']);
    // Optional ends carry a hollow circle, mandatory ones do not.
    expect(doc.querySelectorAll('[data-relation="fk:posts(editor_id)->users"] .erd-end-circle')).toHaveLength(2);
    expect(doc.querySelectorAll('[data-relation="fk:posts(author_id)->users"] .erd-end-circle')).toHaveLength(1);
  });

  it('names every table and relationship for a screen reader, in the language asked for', () => {
    const { schema, relations } = studentsAndCourses();
    const layout = layoutDiagram(buildGraph(schema, relations, { view: 'physical' }));
    for (const [lang, junction, edge] of [
      ['en', 'enrollments links students and courses, many to many', 'enrollments references students through student_id, many to one'],
      [
        'ru',
        'enrollments связывает students и courses, многие ко многим',
        'enrollments ссылается на students через student_id, многие к одному',
      ],
    ] as const) {
      const doc = parse(renderSvg(layout, { lang }));
      const named = doc.querySelectorAll('g.erd-table[aria-label], g.erd-edge[aria-label]');
      expect(named).toHaveLength(doc.querySelectorAll('g.erd-table, g.erd-edge').length);
      expect(doc.querySelector('[data-table="enrollments"]')!.getAttribute('aria-label')).toContain(junction);
      expect(doc.querySelector('.erd-edge[data-target="students"]')!.getAttribute('aria-label')).toBe(edge);
      const lines = parse(`<svg xmlns="http://www.w3.org/2000/svg">${edgeParts(layout, lang).join('')}</svg>`);
      expect(lines.querySelector('.erd-edge[data-target="students"]')!.getAttribute('aria-label')).toBe(edge);
    }
  });

  it('comes in pieces that make the same document: one element a line or a box, in drawing order', () => {
    const { schema, relations } = studentsAndCourses();
    const layout = layoutDiagram(buildGraph(schema, relations, { view: 'physical' }));
    const { head, edges, nodes } = renderSvgParts(layout, { lang: 'ru' });
    expect(`${[head, '<g class="erd-edges">', ...edges, '</g>', '<g class="erd-nodes">', ...nodes, '</g>', '</svg>'].join('\n')}\n`).toBe(
      renderSvg(layout, { lang: 'ru' }),
    );
    expect(edges).toHaveLength(layout.routes.length);
    expect(nodes.map((n) => /data-table="([^"]+)"/.exec(n)?.[1])).toEqual(layout.graph.nodes.map((n) => n.id));
    for (const piece of [...edges, ...nodes])
      expect(parse(`<svg xmlns="http://www.w3.org/2000/svg">${piece}</svg>`).querySelector('svg')!.children).toHaveLength(1);
  });

  it('uses the id prefix it is given so two diagrams can share a page', () => {
    const { schema, relations } = studentsAndCourses();
    const svg = renderSvg(layoutDiagram(buildGraph(schema, relations, { view: 'logical' })), { idPrefix: 'lesson-3' });
    expect(parse(svg).querySelector('title')?.getAttribute('id')).toBe('lesson-3-title');
  });

  it('renders an empty schema as a valid, small document', () => {
    const doc = draw(aSchema([]), relationsOf(aSchema([])));
    expect(doc.querySelectorAll('[data-table]')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('viewBox')).toBe('0 0 32 32');
  });
});
