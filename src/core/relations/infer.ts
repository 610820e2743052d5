/**
 * Infers relationships from a schema: every foreign key is a many-to-one (or one-to-one), and
 * tables shaped like junctions add many-to-many and n-ary relationships. Warnings explain, in a
 * sentence for a learner, where the schema lets bad data in or makes queries slow.
 */
import { singular } from '../naming/english.js';
import { quoteIdent } from '../sql/identifiers.js';
import { findTable, foreignKeysInColumnOrder, hasKeyWithin, isKey, isNeverNull } from '../schema/keys.js';
import type { ForeignKey, Schema, Table } from '../schema/types.js';
import { type JunctionShape, junctionShape } from './junction.js';
import type { ForeignKeyRelationship, Relations, RelationWarning, Relationship } from './types.js';

/** The relationships and warnings of `schema`: FK relationships in table order, then junctions in table order. */
export function inferRelationships(schema: Schema): Relations {
  const foreignKeyRelationships: Relationship[] = [];
  const junctions: Relationship[] = [];
  const warnings: RelationWarning[] = [];

  if (!schema.foreignKeysEnabled && schema.tables.some((t) => t.foreignKeys.length > 0)) {
    warnings.push({
      table: '',
      code: 'foreign-keys-off',
      message:
        'Foreign keys are off on this connection, so SQLite accepts rows that point at nothing; run PRAGMA foreign_keys = ON to have them checked.',
    });
  }

  for (const table of schema.tables) {
    for (const fk of foreignKeysInColumnOrder(table)) {
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
  const where = `${table.name} (${fk.columns.join(', ')})`;
  const target = findTable(schema, fk.table);
  if (!target) {
    return {
      table: table.name,
      code: 'missing-target-table',
      message: `${where} refers to table ${fk.table}, which does not exist, so with foreign keys on every insert into ${table.name} fails.`,
    };
  }
  if (fk.toColumns.length === fk.columns.length && isKey(target, fk.toColumns)) return null;
  const what =
    fk.toColumns.length === 0
      ? `${target.name}'s primary key, but ${target.name} declares none`
      : `${target.name} (${fk.toColumns.join(', ')}), which is neither its primary key nor UNIQUE`;
  return {
    table: table.name,
    code: 'non-unique-target',
    message: `${where} refers to ${what}, so SQLite stops with "foreign key mismatch" when the key is used.`,
  };
}

function junctionWarnings(table: Table, shape: JunctionShape): RelationWarning[] {
  const warnings: RelationWarning[] = [];
  const columns = shape.foreignKeys.flatMap((fk) => fk.columns);
  if (!shape.keyed) {
    warnings.push({
      table: table.name,
      code: 'junction-without-key',
      message: `${table.name} has no key over (${columns.join(', ')}), so ${duplicateConsequence(shape)}`,
    });
  }
  for (const name of columns) {
    const column = table.columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
    // Ordinary PRIMARY KEY columns may hold NULL in SQLite; only NOT NULL, WITHOUT ROWID keys and rowid aliases may not.
    if (!column || isNeverNull(table, column.name)) continue;
    warnings.push({
      table: table.name,
      code: 'nullable-junction-column',
      message: `${table.name}.${column.name} is not NOT NULL, so a row can link to no ${singular(targetOf(shape, name))} at all.`,
    });
  }
  if (shape.kind === 'many-to-many') {
    const missing = missingReverseIndex(table, shape.foreignKeys);
    if (missing) warnings.push(missing);
  }
  return warnings;
}

function duplicateConsequence(shape: JunctionShape): string {
  if (shape.kind === 'n-ary') return 'the same combination can be stored twice.';
  const [a, b] = shape.foreignKeys;
  if (a.table.toLowerCase() === b.table.toLowerCase()) return `the same pair of ${a.table} can be linked twice.`;
  return `the same ${singular(a.table)} can be linked to the same ${singular(b.table)} twice.`;
}

function targetOf(shape: JunctionShape, column: string): string {
  const lower = column.toLowerCase();
  return shape.foreignKeys.find((fk) => fk.columns.some((c) => c.toLowerCase() === lower))?.table ?? 'row';
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
    message:
      `${table.name} has no index starting with ${other.columns[0]}, so going from ${other.table} to ${covered.table} ` +
      `(looking rows up by ${other.columns[0]}) scans the whole table; ${statement} fixes it.`,
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const lower = new Set(b.map((c) => c.toLowerCase()));
  return a.length === lower.size && a.every((c) => lower.has(c.toLowerCase()));
}
