// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { buildGraph, type ErdView } from '../core/erd/graph.js';
import { layoutDiagram } from '../core/erd/layout.js';
import { renderSvg } from '../core/erd/svg.js';
import { DiagramKeyboard } from './diagram-keyboard.js';
import { parseOwnSvg } from './dom.js';
import { studentsAndCourses, teachersCoursesTerms } from '../../test/helpers/erd-builders.js';
// Every sentence in both languages, as Node has them (the page loads its learner's: renderer.ts).
import '../core/messages/render.js';

afterEach(() => document.body.replaceChildren());

/** The diagram of `fixture` in the document, with keyboard access; `revealed` collects what it asked to show. */
function tree(fixture: ReturnType<typeof studentsAndCourses>, view: ErdView = 'physical') {
  const layout = layoutDiagram(buildGraph(fixture.schema, fixture.relations, { view }));
  const svg = parseOwnSvg(renderSvg(layout), document, 'ER');
  document.body.append(svg);
  const revealed: string[][] = [];
  const keyboard = new DiagramKeyboard((nodes) => revealed.push(nodes));
  keyboard.attach(svg);
  /** Presses `key` on the focused item (the tab stop at first) and returns what has focus after. */
  const press = (key: string) => {
    const at =
      document.activeElement instanceof SVGElement ? document.activeElement : svg.querySelector('[role="treeitem"][tabindex="0"]')!;
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    at.dispatchEvent(event);
    if (keyboard.key(Object.defineProperty(event, 'target', { value: at }))) event.preventDefault();
    return focused();
  };
  const focused = () => {
    const el = document.activeElement?.parentElement;
    return (
      el?.getAttribute('data-table') ??
      (el?.classList.contains('erd-hub') ? `hub:${el.getAttribute('data-junction')}` : null) ??
      (el?.classList.contains('erd-edge') ? `${el.getAttribute('data-source')}->${el.getAttribute('data-target')}` : null)
    );
  };
  return { svg, keyboard, press, revealed };
}

describe('the diagram keyboard', () => {
  it('has exactly one tab stop, the first table, and lists lines only under an opened table', () => {
    const { svg } = tree(studentsAndCourses());
    expect([...svg.querySelectorAll('[tabindex="0"]')].map((el) => el.parentElement!.getAttribute('data-table'))).toEqual(['students']);
    expect(svg.getAttribute('role')).toBe('tree');
    expect(svg.getAttribute('tabindex')).toBe('-1');
    for (const layer of svg.querySelectorAll('g.erd-edges, g.erd-nodes')) expect(layer.getAttribute('role')).toBe('none');
    const students = svg.querySelector('[data-table="students"] > rect.erd-box')!;
    expect(students.getAttribute('aria-label')).toBe('Table students, 2 columns, 1 relationship');
    expect(students.parentElement!.getAttribute('role')).toBe('none');
    expect([
      students.getAttribute('role'),
      students.getAttribute('aria-level'),
      students.getAttribute('aria-posinset'),
      students.getAttribute('aria-setsize'),
    ]).toEqual(['treeitem', '1', '1', '3']);
    expect(students.getAttribute('aria-expanded')).toBe('false');
    for (const line of svg.querySelectorAll('g.erd-edge > path.erd-line')) expect(line.getAttribute('aria-hidden')).toBe('true');
    // The drawn words are not read again beside the named item.
    const words = [...students.parentElement!.children].filter((part) => part !== students);
    expect(words.every((part) => part.getAttribute('aria-hidden') === 'true')).toBe(true);
  });

  it('moves between tables with the arrows, Home and End, revealing each', () => {
    const { press, revealed } = tree(studentsAndCourses());
    expect(press('ArrowDown')).toBe('courses');
    expect(press('ArrowDown')).toBe('enrollments');
    expect(press('ArrowDown')).toBe('enrollments');
    expect(press('Home')).toBe('students');
    expect(press('End')).toBe('enrollments');
    expect(press('ArrowUp')).toBe('courses');
    expect(revealed.at(-1)).toEqual(['courses']);
  });

  it('opens a table with Enter onto its relationships, goes to the far table with Enter and back with Esc', () => {
    const { svg, press } = tree(studentsAndCourses());
    press('End');
    expect(press('Enter')).toBe('enrollments->students');
    const enrollments = svg.querySelector('[data-table="enrollments"] > rect.erd-box')!;
    expect(enrollments.getAttribute('aria-expanded')).toBe('true');
    const line = svg.querySelector('g.erd-edge[data-target="students"] > path.erd-line')!;
    expect([
      line.getAttribute('role'),
      line.getAttribute('aria-level'),
      line.getAttribute('aria-posinset'),
      line.getAttribute('aria-setsize'),
    ]).toEqual(['treeitem', '2', '1', '2']);
    expect(line.getAttribute('aria-label')).toBe('enrollments references students through student_id, many to one');
    expect(press('ArrowDown')).toBe('enrollments->courses');
    expect(press('Escape')).toBe('enrollments');
    expect(press('ArrowLeft')).toBe('enrollments');
    expect(enrollments.getAttribute('aria-expanded')).toBe('false');
    expect(press('ArrowRight')).toBe('enrollments');
    expect(enrollments.getAttribute('aria-expanded')).toBe('true');
    expect(press('ArrowRight')).toBe('enrollments->students');
    expect(press('Enter')).toBe('students');
    expect(enrollments.getAttribute('aria-expanded')).toBe('false');
    expect([...svg.querySelectorAll('[tabindex="0"]')].map((el) => el.parentElement!.getAttribute('data-table'))).toEqual(['students']);
  });

  it('closes an opened table with the Left arrow and skips its lines again', () => {
    const { press } = tree(studentsAndCourses());
    expect(press(' ')).toBe('enrollments->students');
    expect(press('ArrowLeft')).toBe('students');
    expect(press('ArrowLeft')).toBe('students');
    expect(press('ArrowDown')).toBe('courses');
  });

  it('reaches every arm of an n-ary hub and each table at their ends (logical view)', () => {
    const { svg, press } = tree(teachersCoursesTerms(), 'logical');
    expect(press('End')).toBe('hub:offerings');
    expect(svg.querySelector('g.erd-hub > polygon')!.getAttribute('aria-label')).toBe(
      'offerings links teachers, courses and terms, n-ary (3 tables)',
    );
    expect(press('Enter')).toBe('hub:offerings->teachers');
    expect(press('ArrowDown')).toBe('hub:offerings->courses');
    expect(press('ArrowDown')).toBe('hub:offerings->terms');
    expect(press('Enter')).toBe('terms');
    expect(press('Enter')).toBe('hub:offerings->terms');
    expect(press('Enter')).toBe('hub:offerings');
  });

  it('leaves modified keys and other keys to the host', () => {
    const { svg, keyboard } = tree(studentsAndCourses());
    const students = svg.querySelector('[data-table="students"] > rect.erd-box')!;
    const on = (init: KeyboardEventInit) => Object.defineProperty(new KeyboardEvent('keydown', init), 'target', { value: students });
    expect(keyboard.key(on({ key: 'ArrowDown', shiftKey: true }))).toBe(false);
    expect(keyboard.key(on({ key: '+' }))).toBe(false);
    expect(keyboard.key(on({ key: 'ArrowDown' }))).toBe(true);
  });
});
