/**
 * Infers relationships from a schema: every foreign key is a many-to-one (or one-to-one), and
 * tables shaped like junctions add many-to-many and n-ary relationships. Warnings are messages
 * (codes `relations.*`) that tell a learner where the schema lets bad data in or makes queries slow.
 */
import { msg } from '../messages/message.js';
import { quoteIdent } from '../sql/identifiers.js';
import { findTable, hasKeyWithin, isKey, isNeverNull } from '../schema/keys.js';
import type { ForeignKey, Schema, Table } from '../schema/types.js';
import { distinctForeignKeys } from './foreign-keys.js';
import { type JunctionShape, junctionShape } from './junction.js';
import type { ForeignKeyRelationship, Relations, RelationWarning, Relationship } from './types.js';

/** The relationships and warnings of `schema`: FK relationships in table order, then junctions in table order. */
export function inferRelationships(schema: Schema): Relations {
  const foreignKeyRelationships: Relationship[] = [];
  const junctions: Relationship[] = [];
  const warnings: RelationWarning[] = [];

  if (!schema.foreignKeysEnabled && schema.tables.some((t) => t.foreignKeys.length > 0)) {
    warnings.push({ table: '', code: 'foreign-keys-off', message: msg('relations.foreign-keys-off') });
  }

  for (const table of schema.tables) {
    for (const fk of distinctForeignKeys(table)) {
      foreignKeyRelationships.push(foreignKeyRelationship(table, fk));
      const problem = targetProblem(schema, table, fk);
      if (problem) warnings.push(problem);
    }
    const shape = junctionShape(table);
    if (!shape) continue;
    const between = shape.foreignKeys.map((fk) => fk.table);
    junctions.push(
      shape.kind === 'many-to-many'
        ? { kind: 'many-to-many', junction: table.name, between: [between[0]!, between[1]!], pattern: shape.pattern }
        : { kind: 'n-ary', junction: table.name, between },
    );
    warnings.push(...junctionWarnings(table, shape));
  }
  return { relationships: [...foreignKeyRelationships, ...junctions], warnings };
}

function foreignKeyRelationship(table: Table, fk: ForeignKey): ForeignKeyRelationship {
  // A key inside the FK columns lets each target row be pointed at by one row at most.
  return {
    kind: hasKeyWithin(table, fk.columns) ? 'one-to-one' : 'many-to-one',
    from: table.name,
    fromColumns: [...fk.columns],
    to: fk.table,
    toColumns: [...fk.toColumns],
  };
}

/** A warning when the FK's target table is missing, or its target columns are not a key there. */
function targetProblem(schema: Schema, table: Table, fk: ForeignKey): RelationWarning | null {
  const columns = [...fk.columns];
  const target = findTable(schema, fk.table);
  if (!target) {
    return {
      table: table.name,
      code: 'missing-target-table',
      message: msg('relations.missing-target-table', { table: table.name, columns, target: fk.table }),
    };
  }
  if (fk.toColumns.length === fk.columns.length && isKey(target, fk.toColumns)) return null;
  return {
    table: table.name,
    code: 'non-unique-target',
    message: msg('relations.non-unique-target', { table: table.name, columns, target: target.name, targetColumns: [...fk.toColumns] }),
  };
}

function junctionWarnings(table: Table, shape: JunctionShape): RelationWarning[] {
  const warnings: RelationWarning[] = [];
  const columns = shape.foreignKeys.flatMap((fk) => fk.columns);
  if (!shape.keyed) {
    const between = shape.foreignKeys.map((fk) => fk.table);
    warnings.push({
      table: table.name,
      code: 'junction-without-key',
      message: msg('relations.junction-without-key', { table: table.name, columns, between }),
    });
  }
  for (const fk of shape.foreignKeys) {
    for (const name of fk.columns) {
      const column = table.columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
      // Ordinary PRIMARY KEY columns may hold NULL in SQLite; only NOT NULL, WITHOUT ROWID keys and rowid aliases may not.
      if (!column || isNeverNull(table, column.name)) continue;
      warnings.push({
        table: table.name,
        code: 'nullable-junction-column',
        message: msg('relations.nullable-junction-column', { table: table.name, column: column.name, target: fk.table }),
      });
    }
  }
  if (shape.kind === 'many-to-many') {
    const missing = missingReverseIndex(table, shape.foreignKeys);
    if (missing) warnings.push(missing);
  }
  return warnings;
}

/**
 * The composite key over the pair serves lookups from the side its leading column belongs to;
 * the other side needs its own index starting with its first column, or every lookup scans.
 */
function missingReverseIndex(table: Table, [first, second]: [ForeignKey, ForeignKey]): RelationWarning | null {
  const pair = [...first.columns, ...second.columns];
  const key = [table.primaryKey, ...table.uniques].find((k) => k.length > 1 && sameSet(k, pair));
  if (!key) return null;
  const leading = key[0]!.toLowerCase();
  const [covered, other] = first.columns.some((c) => c.toLowerCase() === leading) ? [first, second] : [second, first];
  const start = other.columns[0]!.toLowerCase();
  if (table.indexes.some((i) => i.columns[0]?.toLowerCase() === start)) return null;
  const index = `${table.name}_${other.columns.join('_')}`.replace(/\W+/g, '_');
  // The suggestion is meant to be pasted and run, so odd names are quoted; plain ones stay bare to read easily.
  const statement = `CREATE INDEX ${quoteIdent(index)} ON ${quoteIdent(table.name)} (${other.columns.map(quoteIdent).join(', ')})`;
  return {
    table: table.name,
    code: 'missing-reverse-index',
    message: msg('relations.missing-reverse-index', {
      table: table.name,
      column: other.columns[0]!,
      from: other.table,
      to: covered.table,
      statement,
    }),
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const lower = new Set(b.map((c) => c.toLowerCase()));
  return a.length === lower.size && a.every((c) => lower.has(c.toLowerCase()));
}
