// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildGraph, type ErdView } from '../core/erd/graph.js';
import { layoutDiagram } from '../core/erd/layout.js';
import { renderSvg } from '../core/erd/svg.js';
import { markDiagram } from './diagram-marks.js';
import { parseOwnSvg } from './dom.js';
import {
  aColumn,
  aForeignKey,
  aSchema,
  aTable,
  relationsOf,
  studentsAndCourses,
  teachersCoursesTerms,
} from '../../test/helpers/erd-builders.js';
// Every sentence in both languages, as Node has them (the page loads its learner's: renderer.ts).
import '../core/messages/render.js';

type Fixture = ReturnType<typeof studentsAndCourses>;

/** What lights up when one statement used `used`: tables (and hubs), lines as `source->target`, badges. */
function lit(fixture: Fixture, view: ErdView, used: string[]) {
  const svg = parseOwnSvg(renderSvg(layoutDiagram(buildGraph(fixture.schema, fixture.relations, { view }))), document, 'ER');
  markDiagram(svg, { changed: [], used, relations: fixture.relations });
  return {
    tables: [...svg.querySelectorAll('g.erd-table.used, g.erd-hub.used')].map(
      (g) => g.getAttribute('data-table') ?? `hub:${g.getAttribute('data-junction')}`,
    ),
    lines: [...svg.querySelectorAll('g.erd-edge.used')].map((e) => `${e.getAttribute('data-source')}->${e.getAttribute('data-target')}`),
    badges: [...svg.querySelectorAll('g.erd-badge.used')].map((b) => b.getAttribute('data-junction')),
  };
}

describe('markDiagram', () => {
  it.each([
    ['a two-table join lights its line', ['students', 'enrollments'], ['enrollments->students'], []],
    [
      'a join all through the junction lights both lines and the badge',
      ['students', 'courses', 'enrollments'],
      ['enrollments->students', 'enrollments->courses'],
      ['enrollments'],
    ],
    ['two tables without the junction light no line', ['students', 'courses'], [], []],
    ['one table lights no line', ['students'], [], []],
  ])('%s (physical view)', (_, used, lines, badges) => {
    const marks = lit(studentsAndCourses(), 'physical', used);
    expect(marks.tables.sort()).toEqual([...used].sort());
    expect(marks.lines).toEqual(lines);
    expect(marks.badges).toEqual(badges);
  });

  it('lights the folded line of a junction the statement read (logical view)', () => {
    expect(lit(studentsAndCourses(), 'logical', ['enrollments', 'students']).lines).toEqual(['students->courses']);
  });

  it.each([
    [
      'physical',
      ['offerings', 'teachers', 'courses', 'terms'],
      ['offerings->teachers', 'offerings->courses', 'offerings->terms'],
      ['offerings'],
    ],
    ['physical', ['offerings', 'courses'], ['offerings->courses'], []],
    [
      'logical',
      ['offerings', 'teachers', 'courses', 'terms'],
      ['hub:offerings->teachers', 'hub:offerings->courses', 'hub:offerings->terms'],
      [],
    ],
    ['logical', ['offerings', 'terms'], ['hub:offerings->terms'], []],
  ] as const)('lights the arms of an n-ary join (%s view, used %j)', (view, used, lines, badges) => {
    const marks = lit(teachersCoursesTerms(), view, [...used]);
    expect(marks.lines).toEqual(lines);
    expect(marks.badges).toEqual(badges);
    if (view === 'logical') expect(marks.tables).toContain('hub:offerings');
  });

  it('leaves a line from a table to itself dark, since any statement over the table would light it', () => {
    const schema = aSchema([
      aTable('employees', [aColumn('id', { pkPosition: 1 }), aColumn('manager_id')], {
        foreignKeys: [aForeignKey(['manager_id'], 'employees')],
      }),
    ]);
    expect(lit({ schema, relations: relationsOf(schema) }, 'physical', ['employees']).lines).toEqual([]);
  });

  it('marks changed tables and clears the marks of before', () => {
    const fixture = studentsAndCourses();
    const svg = parseOwnSvg(renderSvg(layoutDiagram(buildGraph(fixture.schema, fixture.relations, { view: 'physical' }))), document, 'ER');
    markDiagram(svg, { changed: ['courses'], used: ['students', 'enrollments'], relations: fixture.relations });
    markDiagram(svg, { changed: ['Students'], used: [], relations: fixture.relations });
    expect([...svg.querySelectorAll('.changed')].map((g) => g.getAttribute('data-table'))).toEqual(['students']);
    expect(svg.querySelector('.used')).toBeNull();
  });
});
