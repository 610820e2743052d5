/**
 * Highlight classes on the inline ER diagram: `changed` on tables the last run added or altered,
 * `used` on what one statement touched — its tables, the lines it joined along (a foreign key
 * whose two tables it used, an n-ary arm whose junction and table it used) and the badge of a
 * junction it went all the way through. Read from the SVG's public markup and the relationships.
 */
import type { Relations } from '../core/relations/types.js';

export interface DiagramMarks {
  /** Tables to mark `changed`. */
  changed: readonly string[];
  /** Tables one statement read or wrote: they, and what joins them, are marked `used`. */
  used: readonly string[];
  /** The drawn schema's relationships: which tables each junction links. */
  relations: Relations;
}

const CLASSES = ['used', 'changed'] as const;

/** Replaces the highlight classes in `svg` with those `marks` call for. */
export function markDiagram(svg: Element, marks: DiagramMarks): void {
  for (const cls of CLASSES) for (const el of [...svg.querySelectorAll(`.${cls}`)]) el.classList.remove(cls);
  const key = (name: string) => name.toLowerCase();
  const changed = new Set(marks.changed.map(key));
  const used = new Set(marks.used.map(key));
  const isUsed = (name: string | null) => name !== null && used.has(key(name));

  for (const g of svg.querySelectorAll('g.erd-table')) {
    const table = key(g.getAttribute('data-table') ?? '');
    if (changed.has(table)) g.classList.add('changed');
    if (used.has(table)) g.classList.add('used');
  }
  for (const hub of svg.querySelectorAll('g.erd-hub')) if (isUsed(hub.getAttribute('data-junction'))) hub.classList.add('used');
  // A junction's badge lights up when the statement went all the way through it.
  const through = new Set(
    marks.relations.relationships.flatMap((r) =>
      (r.kind === 'many-to-many' || r.kind === 'n-ary') && isUsed(r.junction) && r.between.every(isUsed) ? [key(r.junction)] : [],
    ),
  );
  for (const badge of svg.querySelectorAll('g.erd-badge'))
    if (through.has(key(badge.getAttribute('data-junction') ?? ''))) badge.classList.add('used');
  for (const edge of svg.querySelectorAll('g.erd-edge')) if (joined(edge, isUsed)) edge.classList.add('used');
}

/** Whether a statement that used the tables `isUsed` accepts went along `edge`. */
function joined(edge: Element, isUsed: (name: string | null) => boolean): boolean {
  const source = edge.getAttribute('data-source');
  const target = edge.getAttribute('data-target');
  switch (edge.getAttribute('data-kind')) {
    case 'many-to-many':
      // A folded junction is drawn as this line: reading the junction is going along it.
      return isUsed(edge.getAttribute('data-junction'));
    case 'n-ary':
      return isUsed(edge.getAttribute('data-junction')) && isUsed(target);
    default:
      // A line from a table to itself would light up on any statement over that table: it stays dark.
      return source !== target && isUsed(source) && isUsed(target);
  }
}
