/**
 * Decides whether a table is the junction of a many-to-many (or n-ary) relationship, from its
 * foreign keys, its other columns and its keys alone — names play no part.
 */
import { hasKeyWithin, isKey, setKey } from '../schema/keys.js';
import type { Column, ForeignKey, Table } from '../schema/types.js';
import { distinctForeignKeys } from './foreign-keys.js';
import type { JunctionPattern } from './types.js';

/** A table recognised as a junction, with its foreign keys in column order. */
export type JunctionShape =
  | { kind: 'many-to-many'; pattern: JunctionPattern; foreignKeys: [ForeignKey, ForeignKey]; keyed: boolean }
  | { kind: 'n-ary'; foreignKeys: ForeignKey[]; keyed: boolean };

/**
 * The junction shape of `table`, or null when it is an ordinary entity. `keyed` tells whether a
 * key makes each combination of the linked rows unique (otherwise duplicates are possible).
 */
export function junctionShape(table: Table): JunctionShape | null {
  const foreignKeys = distinctForeignKeys(table);
  if (foreignKeys.length < 2) return null;
  // Two links from the very same columns (one column referencing two tables) pair nothing up.
  if (new Set(foreignKeys.map((fk) => setKey(fk.columns))).size < foreignKeys.length) return null;
  // A key inside one side's columns means each row of that side appears at most once: the
  // table then hangs off that side (many-to-one or one-to-one), it does not pair rows up.
  if (foreignKeys.some((fk) => hasKeyWithin(table, fk.columns))) return null;

  const linked = new Set(foreignKeys.flatMap((fk) => fk.columns.map((c) => c.toLowerCase())));
  const union = [...linked];
  const others = table.columns.filter((c) => c.kind !== 'hidden' && !linked.has(c.name.toLowerCase()));
  const keyed = hasKeyWithin(table, union);

  if (foreignKeys.length > 2) {
    if (others.length === 0 || isKey(table, union)) return { kind: 'n-ary', foreignKeys, keyed };
    return null;
  }
  const pair: [ForeignKey, ForeignKey] = [foreignKeys[0]!, foreignKeys[1]!];
  if (others.length === 0) return { kind: 'many-to-many', pattern: 'pure', foreignKeys: pair, keyed };
  if (others.length === 1 && isSurrogateKey(table, others[0]!)) {
    return { kind: 'many-to-many', pattern: 'surrogate-key', foreignKeys: pair, keyed };
  }
  // Payload turns the pair into an association object only when the pair itself stays unique;
  // otherwise the rows are events or entities that merely point at both sides.
  if (isKey(table, union)) return { kind: 'many-to-many', pattern: 'association-object', foreignKeys: pair, keyed };
  return null;
}

/** A single-column primary key with an integer declared type (`id INTEGER PRIMARY KEY`, a rowid alias). */
function isSurrogateKey(table: Table, column: Column): boolean {
  return (
    table.primaryKey.length === 1 &&
    table.primaryKey[0]!.toLowerCase() === column.name.toLowerCase() &&
    column.type.toUpperCase().includes('INT')
  );
}
