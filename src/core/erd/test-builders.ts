/**
 * Builders for ER-pipeline fixtures: small readable schemas without a database, in the spirit of
 * liam-erd's `aTable`/`aColumn`. Only tests and benchmarks import this file.
 */
import type { Relations, Relationship } from '../relations/types.js';
import type { Column, ForeignKey, Schema, Table } from '../schema/types.js';

/** A column; `pk` is its 1-based position in the primary key (0 = not in it). */
export function aColumn(name: string, overrides: Partial<Column> = {}): Column {
  return { name, type: 'INTEGER', notNull: false, defaultValue: null, pkPosition: 0, kind: 'normal', ...overrides };
}

/** A foreign key from `columns` to `table(toColumns)`. */
export function aForeignKey(columns: string[], table: string, toColumns: string[] = ['id'], id = 0): ForeignKey {
  return { id, columns, table, toColumns, toPrimaryKey: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' };
}

/** A table; the primary key is derived from the columns' `pkPosition` unless given. */
export function aTable(name: string, columns: Column[], overrides: Partial<Table> = {}): Table {
  const primaryKey = columns
    .filter((c) => c.pkPosition > 0)
    .sort((a, b) => a.pkPosition - b.pkPosition)
    .map((c) => c.name);
  return {
    name,
    withoutRowid: false,
    strict: false,
    columns,
    primaryKey,
    uniques: [],
    foreignKeys: [],
    indexes: [],
    sql: `CREATE TABLE "${name}" (...)`,
    ...overrides,
  };
}

/** A schema of the given tables (foreign keys on). */
export function aSchema(tables: Table[]): Schema {
  return { tables, views: [], foreignKeysEnabled: true };
}

/** `id INTEGER PRIMARY KEY`. */
export function anId(name = 'id'): Column {
  return aColumn(name, { pkPosition: 1 });
}

/** An entity table: an integer id plus TEXT NOT NULL columns. */
export function anEntity(name: string, ...textColumns: string[]): Table {
  return aTable(name, [anId(), ...textColumns.map((c) => aColumn(c, { type: 'TEXT', notNull: true }))]);
}

/** A pure junction `name(a_id, b_id)` with a composite primary key and NOT NULL FKs. */
export function aPureJunction(name: string, a: string, b: string, extra: Column[] = []): Table {
  const aCol = `${singular(a)}_id`;
  const bCol = a === b ? `other_${singular(b)}_id` : `${singular(b)}_id`;
  return aTable(
    name,
    [aColumn(aCol, { notNull: true, pkPosition: 1 }), aColumn(bCol, { notNull: true, pkPosition: 2 }), ...extra],
    { foreignKeys: [aForeignKey([aCol], a, ['id'], 0), aForeignKey([bCol], b, ['id'], 1)] },
  );
}

function singular(name: string): string {
  return name.endsWith('s') ? name.slice(0, -1) : name;
}

/** Many-to-one (or one-to-one when the FK columns are unique) relationships for every FK of the schema. */
export function fkRelationships(schema: Schema): Relationship[] {
  const out: Relationship[] = [];
  for (const table of schema.tables) {
    for (const fk of table.foreignKeys) {
      const key = [...fk.columns].sort().join(',');
      const unique = [table.primaryKey, ...table.uniques].some((set) => [...set].sort().join(',') === key);
      out.push({
        kind: unique ? 'one-to-one' : 'many-to-one',
        from: table.name,
        fromColumns: fk.columns,
        to: fk.table,
        toColumns: fk.toColumns,
      });
    }
  }
  return out;
}

/** Relations made of the schema's FK relationships followed by `extra` (M:N, n-ary). */
export function relationsOf(schema: Schema, ...extra: Relationship[]): Relations {
  return { relationships: [...fkRelationships(schema), ...extra], warnings: [] };
}

/** The classic example: students ↔ courses through `enrollments` (pure junction). */
export function studentsAndCourses(junction: Table = aPureJunction('enrollments', 'students', 'courses')): {
  schema: Schema;
  relations: Relations;
} {
  const schema = aSchema([anEntity('students', 'name'), anEntity('courses', 'title'), junction]);
  return {
    schema,
    relations: relationsOf(schema, {
      kind: 'many-to-many',
      junction: junction.name,
      between: ['students', 'courses'],
      pattern: junction.columns.length > 2 ? 'association-object' : 'pure',
    }),
  };
}
