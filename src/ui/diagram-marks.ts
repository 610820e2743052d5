/**
 * Highlight classes on the inline ER diagram: `changed` on tables the last run added or altered,
 * `used` on tables the last statement touched and on the whole path of a many-to-many it joined.
 */
import { relationId } from '../core/erd/graph.js';
import type { ManyToManyRelationship, Relations } from '../core/relations/types.js';

export interface DiagramMarks {
  /** Tables to mark `changed`. */
  changed: readonly string[];
  /** Tables to mark `used`. */
  used: readonly string[];
  /** Many-to-many relationships the last statement joined through (junction and both ends used). */
  paths: readonly ManyToManyRelationship[];
  relations: Relations;
}

const CLASSES = ['used', 'changed'] as const;

/** Replaces the highlight classes in `svg` with those `marks` call for. */
export function markDiagram(svg: Element, marks: DiagramMarks): void {
  for (const cls of CLASSES) for (const el of [...svg.querySelectorAll(`.${cls}`)]) el.classList.remove(cls);
  const tables = new Map<string, Element>();
  for (const g of svg.querySelectorAll('g[data-table]')) tables.set(g.getAttribute('data-table')!.toLowerCase(), g);
  const table = (name: string) => tables.get(name.toLowerCase());

  for (const name of marks.changed) table(name)?.classList.add('changed');
  for (const name of marks.used) table(name)?.classList.add('used');

  const used = new Set(marks.used.map((n) => n.toLowerCase()));
  const relationElements = (id: string) =>
    [...svg.querySelectorAll('[data-relation]')].filter((el) => el.getAttribute('data-relation') === id);
  for (const rel of marks.relations.relationships) {
    if (rel.kind !== 'many-to-many') continue;
    const onPath = marks.paths.some((p) => p.junction === rel.junction);
    // Folded into a line in the logical view, a junction the statement read shows up as its line.
    const folded = !table(rel.junction) && used.has(rel.junction.toLowerCase());
    if (!onPath && !folded) continue;
    for (const el of relationElements(relationId(rel))) el.classList.add('used');
    if (!onPath) continue;
    for (const name of [rel.junction, ...rel.between]) table(name)?.classList.add('used');
    const ends = new Set(rel.between.map((n) => n.toLowerCase()));
    for (const edge of svg.querySelectorAll('g.erd-edge')) {
      const source = edge.getAttribute('data-source')?.toLowerCase() ?? '';
      const target = edge.getAttribute('data-target')?.toLowerCase() ?? '';
      if (source === rel.junction.toLowerCase() && ends.has(target)) edge.classList.add('used');
    }
  }
}
