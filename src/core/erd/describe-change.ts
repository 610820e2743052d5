/**
 * What a run changed in the schema, as sentences for the diagram's live region: each table added
 * (with what it links or references), altered (with what it newly links or references) or removed.
 */
import type { JunctionLink } from '../messages/diagram-messages.js';
import { type Message, msg } from '../messages/message.js';
import type { Relations, Relationship } from '../relations/types.js';
import type { SchemaDiff } from '../schema/diff-schemas.js';

/**
 * One message per table `diff` names — added and changed tables first, then removed ones, each in
 * schema order — from the relationships inferred before and after the run.
 */
export function describeChange(before: Relations, after: Relations, diff: SchemaDiff): Message[] {
  const out: Message[] = [];
  for (const table of diff.added) {
    const link = linkOf(after, table);
    out.push(msg('diagram.added', { table, link, references: link ? [] : referencesOf(after, table) }));
  }
  for (const table of diff.changed) {
    const was = linkOf(before, table);
    const now = linkOf(after, table);
    const link = now && JSON.stringify(now) !== JSON.stringify(was) ? now : null;
    const old = new Set(referencesOf(before, table));
    const references = link ? [] : referencesOf(after, table).filter((t) => !old.has(t));
    out.push(msg('diagram.changed', { table, link, references }));
  }
  for (const table of diff.removed) out.push(msg('diagram.removed', { table }));
  return out;
}

/** The many-to-many or n-ary relationship `table` is the junction of, if any. */
function linkOf(relations: Relations, table: string): JunctionLink | null {
  const rel = relations.relationships.find(
    (r): r is Extract<Relationship, { junction: string }> => (r.kind === 'many-to-many' || r.kind === 'n-ary') && r.junction === table,
  );
  return rel ? { kind: rel.kind, between: [...rel.between] } : null;
}

/** The tables `table`'s foreign keys point to, each once, in the order of its keys. */
function referencesOf(relations: Relations, table: string): string[] {
  const targets = relations.relationships.flatMap((r) =>
    (r.kind === 'many-to-one' || r.kind === 'one-to-one') && r.from === table ? [r.to] : [],
  );
  return [...new Set(targets)];
}
