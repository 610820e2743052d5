import { describe, expect, it } from 'vitest';
import type { Language } from '../messages/language.js';
import { renderMessage } from '../messages/render.js';
import { edgeName, nodeName } from './accessible-names.js';
import { buildGraph, type ErdView } from './graph.js';
import { studentsAndCourses, teachersCoursesTerms } from '../../../test/helpers/erd-builders.js';

/** Every node's and edge's name in `lang`, by node id and by `source->target`. */
function names({ schema, relations }: ReturnType<typeof studentsAndCourses>, view: ErdView, lang: Language) {
  const graph = buildGraph(schema, relations, { view });
  return {
    nodes: Object.fromEntries(graph.nodes.map((n) => [n.id, renderMessage(nodeName(graph, n), lang)])),
    edges: Object.fromEntries(graph.edges.map((e) => [`${e.source}->${e.target}`, renderMessage(edgeName(graph, e), lang)])),
  };
}

describe('accessible names', () => {
  it('name a junction box by what it links, and its lines by the foreign keys (physical view)', () => {
    const { nodes, edges } = names(studentsAndCourses(), 'physical', 'en');
    expect(nodes.enrollments).toBe('enrollments links students and courses, many to many; junction table, 2 columns, 2 relationships');
    expect(nodes.students).toBe('Table students, 2 columns, 1 relationship');
    expect(edges['enrollments->students']).toBe('enrollments references students through student_id, many to one');
  });

  it('speak Russian with Russian word forms', () => {
    const { nodes, edges } = names(studentsAndCourses(), 'physical', 'ru');
    expect(nodes.enrollments).toBe('enrollments связывает students и courses, многие ко многим; связующая таблица, 2 столбца, 2 связи');
    expect(nodes.students).toBe('Таблица students, 2 столбца, 1 связь');
    expect(edges['enrollments->courses']).toBe('enrollments ссылается на courses через course_id, многие к одному');
  });

  it('name a folded junction line by the junction (logical view)', () => {
    const { edges } = names(studentsAndCourses(), 'logical', 'en');
    expect(edges['students->courses']).toBe('enrollments links students and courses, many to many');
  });

  it('name an n-ary junction in both views, each arm by the table it ends on', () => {
    const physical = names(teachersCoursesTerms(), 'physical', 'en');
    expect(physical.nodes.offerings).toBe(
      'offerings links teachers, courses and terms, n-ary (3 tables); junction table, 3 columns, 3 relationships',
    );
    const logical = names(teachersCoursesTerms(), 'logical', 'en');
    expect(logical.nodes['hub:offerings']).toBe('offerings links teachers, courses and terms, n-ary (3 tables)');
    expect(logical.edges['hub:offerings->terms']).toBe('offerings links teachers, courses and terms, n-ary (3 tables): the line to terms');
    expect(names(teachersCoursesTerms(), 'logical', 'ru').edges['hub:offerings->courses']).toBe(
      'offerings связывает teachers, courses и terms, многосторонняя связь (3 таблицы): линия к courses',
    );
  });
});
