import { describe, expect, it } from 'vitest';
import type { ErdGraph } from './graph.js';
import { buildGraph } from './graph.js';
import {
  aColumn,
  aForeignKey,
  anEntity,
  anId,
  aPureJunction,
  aSchema,
  aTable,
  relationsOf,
  studentsAndCourses,
  teachersCoursesTerms,
} from '../../../test/helpers/erd-builders.js';

const nodeIds = (g: ErdGraph) => g.nodes.map((n) => n.id);
const edgeSummary = (g: ErdGraph) => g.edges.map((e) => `${e.kind} ${e.source}->${e.target}`);

describe('buildGraph, physical view', () => {
  const { schema, relations } = studentsAndCourses();
  const graph = buildGraph(schema, relations, { view: 'physical' });

  it('draws every table, the junction included, as a box', () => {
    expect(nodeIds(graph)).toEqual(['students', 'courses', 'enrollments']);
  });

  it('draws the junction with its two FK lines and an M:N badge naming the entities', () => {
    expect(edgeSummary(graph)).toEqual(['many-to-one enrollments->students', 'many-to-one enrollments->courses']);
    const junction = graph.nodes.find((n) => n.id === 'enrollments')!;
    expect(junction.badge).toEqual({
      relationId: 'm2m:enrollments',
      kind: 'many-to-many',
      between: ['students', 'courses'],
      pattern: 'pure',
    });
    expect(graph.nodes.find((n) => n.id === 'students')!.badge).toBeNull();
  });

  it('marks primary key, foreign key and NOT NULL columns', () => {
    const junction = graph.nodes.find((n) => n.id === 'enrollments')!;
    expect(junction.columns[0]).toEqual({
      name: 'student_id',
      type: 'INTEGER',
      primaryKey: true,
      foreignKey: true,
      notNull: true,
    });
    const students = graph.nodes.find((n) => n.id === 'students')!;
    expect(students.columns.map((c) => [c.name, c.primaryKey, c.foreignKey, c.notNull])).toEqual([
      ['id', true, false, true],
      ['name', false, false, true],
    ]);
  });

  it('keeps a composite foreign key as one edge with all its columns', () => {
    const schema = aSchema([
      aTable('sections', [aColumn('course', { pkPosition: 1 }), aColumn('term', { pkPosition: 2 })]),
      aTable('seats', [anId(), aColumn('course'), aColumn('term')], {
        foreignKeys: [aForeignKey(['course', 'term'], 'sections', ['course', 'term'])],
      }),
    ]);
    const g = buildGraph(schema, relationsOf(schema), { view: 'physical' });
    expect(g.edges).toHaveLength(1);
    expect(g.edges[0]).toMatchObject({ sourceColumns: ['course', 'term'], targetColumns: ['course', 'term'] });
  });

  it('gives longer names wider boxes and more columns taller boxes, deterministically', () => {
    const a = buildGraph(aSchema([anEntity('t', 'x')]), relationsOf(aSchema([])), { view: 'physical' }).nodes[0]!;
    const b = buildGraph(aSchema([anEntity('t', 'a_much_longer_column_name_than_x', 'y')]), relationsOf(aSchema([])), {
      view: 'physical',
    }).nodes[0]!;
    expect(b.width).toBeGreaterThan(a.width);
    expect(b.height).toBeGreaterThan(a.height);
    expect(buildGraph(aSchema([anEntity('t', 'x')]), relationsOf(aSchema([])), { view: 'physical' }).nodes[0]).toEqual(a);
  });

  it('skips relationships to tables that do not exist', () => {
    const schema = aSchema([aTable('orphans', [anId(), aColumn('ghost_id')], { foreignKeys: [aForeignKey(['ghost_id'], 'ghosts')] })]);
    expect(buildGraph(schema, relationsOf(schema), { view: 'physical' }).edges).toEqual([]);
  });
});

describe('buildGraph, logical view', () => {
  it('folds a pure junction into one many-to-many edge named after it', () => {
    const { schema, relations } = studentsAndCourses();
    const graph = buildGraph(schema, relations, { view: 'logical' });
    expect(nodeIds(graph)).toEqual(['students', 'courses']);
    expect(graph.edges).toEqual([
      expect.objectContaining({
        id: 'm2m:enrollments',
        kind: 'many-to-many',
        source: 'students',
        target: 'courses',
        junction: 'enrollments',
        pattern: 'pure',
        label: 'enrollments',
        sourceEnd: 'zero-or-many',
        targetEnd: 'zero-or-many',
      }),
    ]);
  });

  it.each([
    {
      pattern: 'surrogate-key' as const,
      junction: aTable('enrollments', [anId(), aColumn('student_id', { notNull: true }), aColumn('course_id', { notNull: true })], {
        foreignKeys: [aForeignKey(['student_id'], 'students'), aForeignKey(['course_id'], 'courses', ['id'], 1)],
        uniques: [['student_id', 'course_id']],
      }),
      label: 'enrollments',
    },
    {
      pattern: 'association-object' as const,
      junction: aPureJunction('enrollments', 'students', 'courses', [
        aColumn('grade', { type: 'TEXT' }),
        aColumn('enrolled_on', { type: 'DATE' }),
      ]),
      label: 'enrollments (grade, enrolled_on)',
    },
  ])('folds a $pattern junction and labels the edge "$label"', ({ pattern, junction, label }) => {
    const schema = aSchema([anEntity('students'), anEntity('courses'), junction]);
    const relations = relationsOf(schema, { kind: 'many-to-many', junction: 'enrollments', between: ['students', 'courses'], pattern });
    const graph = buildGraph(schema, relations, { view: 'logical' });
    expect(nodeIds(graph)).toEqual(['students', 'courses']);
    expect(graph.edges.map((e) => [e.kind, e.pattern, e.label])).toEqual([['many-to-many', pattern, label]]);
  });

  it('keeps a junction as a box when another table references it', () => {
    const base = studentsAndCourses().schema;
    const schema = aSchema([
      ...base.tables,
      aTable('grades', [anId(), aColumn('student_id'), aColumn('course_id')], {
        foreignKeys: [aForeignKey(['student_id', 'course_id'], 'enrollments', ['student_id', 'course_id'])],
      }),
    ]);
    const relations = relationsOf(schema, {
      kind: 'many-to-many',
      junction: 'enrollments',
      between: ['students', 'courses'],
      pattern: 'pure',
    });
    const graph = buildGraph(schema, relations, { view: 'logical' });
    expect(nodeIds(graph)).toContain('enrollments');
    expect(edgeSummary(graph)).not.toContain('many-to-many students->courses');
  });

  it('draws a self-referential many-to-many as a loop on the one entity', () => {
    const schema = aSchema([anEntity('users', 'name'), aPureJunction('follows', 'users', 'users')]);
    const relations = relationsOf(schema, { kind: 'many-to-many', junction: 'follows', between: ['users', 'users'], pattern: 'pure' });
    expect(edgeSummary(buildGraph(schema, relations, { view: 'logical' }))).toEqual(['many-to-many users->users']);
  });

  it('replaces an n-ary junction by a hub with one leg per entity, all sharing one relation id', () => {
    const { schema, relations } = teachersCoursesTerms();
    const logical = buildGraph(schema, relations, { view: 'logical' });
    expect(nodeIds(logical)).toEqual(['teachers', 'courses', 'terms', 'hub:offerings']);
    expect(edgeSummary(logical)).toEqual(['n-ary hub:offerings->teachers', 'n-ary hub:offerings->courses', 'n-ary hub:offerings->terms']);
    expect(new Set(logical.edges.map((e) => e.id))).toEqual(new Set(['nary:offerings']));
    const physical = buildGraph(schema, relations, { view: 'physical' });
    expect(physical.nodes.find((n) => n.id === 'offerings')!.badge?.kind).toBe('n-ary');
  });
});
