/**
 * The links a table's foreign keys make. A column may carry two FOREIGN KEY constraints to the
 * same target (an inline `REFERENCES` plus a table-level one); both are kept in the schema, but
 * they are one link, so relationship inference sees each link once.
 */
import { foreignKeysInColumnOrder } from '../schema/keys.js';
import type { ForeignKey, Table } from '../schema/types.js';

/** What makes two foreign keys the same link: column → target column pairs and the target table. */
function linkKey(fk: ForeignKey): string {
  const pairs = fk.columns.map((c, i) => `${c.toLowerCase()}\u0000${(fk.toColumns[i] ?? '').toLowerCase()}`).sort();
  return `${fk.table.toLowerCase()}\u0001${pairs.join('\u0001')}`;
}

/**
 * The table's foreign keys in column order, each link once: of constraints joining the same
 * columns to the same target columns (whatever their ON DELETE/UPDATE), the first declared stays.
 */
export function distinctForeignKeys(table: Table): ForeignKey[] {
  const seen = new Set<string>();
  return foreignKeysInColumnOrder(table).filter((fk) => {
    const key = linkKey(fk);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
