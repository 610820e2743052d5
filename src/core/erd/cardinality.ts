/**
 * Crow's-foot line ends of a foreign-key line, read from the schema: optionality from NOT NULL,
 * "one" versus "many" on the referencing side from uniqueness of the FK columns.
 */
import type { ForeignKeyRelationship } from '../relations/types.js';
import { isNeverNull } from '../schema/keys.js';
import type { Table } from '../schema/types.js';

/** What one end of a relationship line says about how many rows take part there. */
export type EndCardinality = 'one' | 'many' | 'zero-or-one' | 'zero-or-many';

/** True when `columns` (in any order) are the primary key or a unique set of `table`. */
export function isUniqueSet(table: Table, columns: string[]): boolean {
  const key = [...columns].sort().join('\u0000');
  return [table.primaryKey, ...table.uniques].some((set) => set.length > 0 && [...set].sort().join('\u0000') === key);
}

/**
 * Ends of an FK line: at the referenced table `one` when every FK column is NOT NULL, else
 * `zero-or-one`; at the referencing table `zero-or-one` when the FK is unique, else `zero-or-many`.
 */
export function endsOf(from: Table, rel: ForeignKeyRelationship): { source: EndCardinality; target: EndCardinality } {
  const required = rel.fromColumns.every((c) => isNeverNull(from, c));
  const unique = rel.kind === 'one-to-one' || isUniqueSet(from, rel.fromColumns);
  return { source: unique ? 'zero-or-one' : 'zero-or-many', target: required ? 'one' : 'zero-or-one' };
}
