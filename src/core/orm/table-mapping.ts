/**
 * How each table of a live schema becomes SQLAlchemy code — a mapped class, a `Table(...)`, or
 * nothing — and why, in the terms the diagram uses (entity, junction and its pattern, n-ary).
 */
import { payloadColumns } from '../erd/graph.js';
import { msg } from '../messages/message.js';
import type { ManyToManyRelationship, Relations } from '../relations/types.js';
import { isNeverNull } from '../schema/keys.js';
import type { Schema, Table } from '../schema/types.js';
import type { OrmMessage } from './metadata.js';

/** What a table becomes in the generated module. */
export type TableForm = 'class' | 'table' | 'left-out';

/** One table's form, the reason for it, and the mapper's key when it is not the primary key. */
export interface TableMapping {
  table: string;
  form: TableForm;
  reason: OrmMessage;
  /** `__mapper_args__ = {"primary_key": [...]}` for a class on a table without a primary key, else null. */
  mapperKey: string[] | null;
}

/** A table SQLite creates with `CREATE VIRTUAL TABLE … USING module`: create_all() cannot make one. */
export function isVirtualTable(table: Table): boolean {
  return /^\s*CREATE\s+VIRTUAL\s+TABLE\b/i.test(table.sql);
}

/** The many-to-many relationships of `relations`, each written with `secondary=` or an association class. */
export function manyToManyOf(relations: Relations): ManyToManyRelationship[] {
  return relations.relationships.filter((r): r is ManyToManyRelationship => r.kind === 'many-to-many');
}

/** A UNIQUE set of NOT NULL columns that can identify rows for the mapper, or null. */
function mapperKeyOf(table: Table): string[] | null {
  return table.uniques.find((u) => u.length > 0 && u.every((c) => isNeverNull(table, c))) ?? null;
}

/** The form and reason of every table of `schema`, in schema order. */
export function mapTables(schema: Schema, relations: Relations): TableMapping[] {
  const manyToMany = new Map(manyToManyOf(relations).map((r) => [r.junction, r]));
  const nary = new Map(relations.relationships.flatMap((r) => (r.kind === 'n-ary' ? [[r.junction, r.between] as const] : [])));
  return schema.tables.map((table): TableMapping => {
    const name = table.name;
    const result = (form: TableForm, reason: OrmMessage, mapperKey: string[] | null = null): TableMapping => ({
      table: name,
      form,
      reason,
      mapperKey,
    });
    if (isVirtualTable(table)) return result('left-out', msg('orm.reason-virtual-table', { table: name }));
    const m2m = manyToMany.get(name);
    if (m2m && m2m.pattern !== 'association-object') {
      return result('table', msg('orm.reason-junction', { table: name, between: m2m.between, pattern: m2m.pattern }));
    }
    const key = table.primaryKey.length > 0 ? null : mapperKeyOf(table);
    if (table.primaryKey.length === 0 && key === null) return result('table', msg('orm.reason-no-key', { table: name }));
    if (m2m) {
      const payload = payloadColumns(table);
      return result('class', msg('orm.reason-association-object', { table: name, between: m2m.between, payload, mapperKey: key }), key);
    }
    const between = nary.get(name);
    if (between) return result('class', msg('orm.reason-n-ary', { table: name, between: [...between], mapperKey: key }), key);
    if (key) return result('class', msg('orm.reason-mapper-key', { table: name, columns: key }), key);
    return result('class', msg('orm.reason-entity', { table: name, columns: table.primaryKey }), null);
  });
}
