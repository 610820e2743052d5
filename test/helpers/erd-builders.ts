/**
 * Builders for ER-pipeline fixtures: small readable schemas without a database, in the spirit of
 * liam-erd's `aTable`/`aColumn`. Only tests and benchmarks import this file.
 */
import type { Relations, Relationship } from '../../src/core/relations/types.js';
import { singular } from '../../src/core/naming/english.js';
import type { Column, ForeignKey, Schema, Table } from '../../src/core/schema/types.js';

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
  return aTable(name, [aColumn(aCol, { notNull: true, pkPosition: 1 }), aColumn(bCol, { notNull: true, pkPosition: 2 }), ...extra], {
    foreignKeys: [aForeignKey([aCol], a, ['id'], 0), aForeignKey([bCol], b, ['id'], 1)],
  });
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

/** An n-ary junction: teachers, courses and terms linked by `offerings(teacher_id, course_id, term_id)`. */
export function teachersCoursesTerms(): { schema: Schema; relations: Relations } {
  const schema = aSchema([
    anEntity('teachers'),
    anEntity('courses'),
    anEntity('terms'),
    aTable(
      'offerings',
      [aColumn('teacher_id', { pkPosition: 1 }), aColumn('course_id', { pkPosition: 2 }), aColumn('term_id', { pkPosition: 3 })],
      {
        foreignKeys: [
          aForeignKey(['teacher_id'], 'teachers'),
          aForeignKey(['course_id'], 'courses', ['id'], 1),
          aForeignKey(['term_id'], 'terms', ['id'], 2),
        ],
      },
    ),
  ]);
  return { schema, relations: relationsOf(schema, { kind: 'n-ary', junction: 'offerings', between: ['teachers', 'courses', 'terms'] }) };
}

/**
 * A deterministic pseudo-random schema of `count` tables for benchmarks and property checks:
 * entities with 1–8 columns and up to two FKs to earlier tables, and every fifth table a pure junction.
 */
export function aGeneratedSchema(count: number, seed = 1): Schema {
  let state = seed >>> 0;
  // mulberry32: tiny, seedable, good enough to vary shapes.
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (n: number): number => Math.floor(random() * n);
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const name = `table_${i}`;
    const entities = tables.filter((t) => t.primaryKey.length === 1);
    if (i % 5 === 4 && entities.length >= 2) {
      const a = entities[pick(entities.length)]!.name;
      let b = entities[pick(entities.length)]!.name;
      if (b === a) b = entities.find((t) => t.name !== a)!.name;
      tables.push(aPureJunction(name, a, b));
      continue;
    }
    const columns = [
      anId(),
      ...Array.from({ length: 1 + pick(8) }, (_, c) =>
        aColumn(`column_${c}_${'x'.repeat(pick(12))}`, { type: random() < 0.5 ? 'TEXT' : 'INTEGER', notNull: random() < 0.5 }),
      ),
    ];
    const foreignKeys: ForeignKey[] = [];
    const refs = i === 0 ? 0 : pick(3);
    for (let k = 0; k < refs; k++) {
      const target = entities[pick(entities.length)]!.name;
      const column = `${target}_ref_${k}`;
      columns.push(aColumn(column, { notNull: random() < 0.6 }));
      foreignKeys.push(aForeignKey([column], target, ['id'], k));
    }
    tables.push(aTable(name, columns, { foreignKeys }));
  }
  return aSchema(tables);
}
