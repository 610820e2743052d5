/**
 * The "Schema" text view: tables with their columns and keys, then relationships as sentences.
 * It is also the ER diagram's accessible description.
 */
import type { JunctionPattern, Relations, Relationship } from '../relations/types.js';
import type { Schema, Table } from '../schema/types.js';
import { isNeverNull } from '../schema/keys.js';
import { payloadColumns } from './graph.js';

/** Describes `schema` and its relationships in plain text, one line per column and per relationship. */
export function describeSchema(schema: Schema, relations: Relations): string {
  const lines: string[] = [];
  if (schema.tables.length === 0) lines.push('No tables yet.');
  for (const table of schema.tables) {
    if (lines.length > 0) lines.push('');
    lines.push(...describeTable(table));
  }
  const tables = new Map(schema.tables.map((t) => [t.name, t]));
  if (relations.relationships.length > 0) {
    lines.push('', 'Relationships:');
    for (const rel of relations.relationships) lines.push(`- ${sentence(rel, tables)}`);
  }
  if (relations.warnings.length > 0) {
    lines.push('', 'Warnings:');
    for (const w of relations.warnings) lines.push(`- ${w.message}`);
  }
  return lines.join('\n');
}

function describeTable(table: Table): string[] {
  const traits = [table.withoutRowid ? 'WITHOUT ROWID' : '', table.strict ? 'STRICT' : ''].filter(Boolean);
  const lines = [`Table ${table.name}${traits.length > 0 ? ` (${traits.join(', ')})` : ''}:`];
  for (const c of table.columns) {
    if (c.kind === 'hidden') continue;
    const notes: string[] = [];
    if (c.pkPosition > 0) notes.push(table.primaryKey.length > 1 ? `primary key part ${c.pkPosition}` : 'primary key');
    if (isNeverNull(table, c.name) && c.pkPosition === 0) notes.push('not null');
    if (table.uniques.some((u) => u.length === 1 && u[0] === c.name)) notes.push('unique');
    if (c.defaultValue !== null) notes.push(`default ${c.defaultValue}`);
    if (c.kind === 'generated-virtual' || c.kind === 'generated-stored') notes.push('generated');
    for (const fk of table.foreignKeys) {
      const i = fk.columns.indexOf(c.name);
      if (i >= 0) notes.push(`references ${fk.table}${fk.toColumns[i] ? `.${fk.toColumns[i]}` : ''}`);
    }
    const type = c.type ? ` ${c.type}` : '';
    lines.push(`  ${c.name}${type}${notes.length > 0 ? ` — ${notes.join(', ')}` : ''}`);
  }
  if (table.primaryKey.length > 1) lines.push(`  primary key (${table.primaryKey.join(', ')})`);
  for (const u of table.uniques) if (u.length > 1) lines.push(`  unique (${u.join(', ')})`);
  return lines;
}

function sentence(rel: Relationship, tables: Map<string, Table>): string {
  switch (rel.kind) {
    case 'many-to-one':
    case 'one-to-one': {
      const cols = (name: string, columns: string[]): string =>
        columns.length === 1 ? `${name}.${columns[0]}` : `${name}(${columns.join(', ')})`;
      return `${cols(rel.from, rel.fromColumns)} references ${cols(rel.to, rel.toColumns)} (${rel.kind}).`;
    }
    case 'many-to-many': {
      const [a, b] = rel.between;
      const pair = a === b ? `${a} with ${b}` : `${a} and ${b}`;
      const junction = tables.get(rel.junction);
      return `${rel.junction} links ${pair} (many-to-many, ${patternWords(rel.pattern, junction)}).`;
    }
    case 'n-ary':
      return `${rel.junction} links ${listWords(rel.between)} (n-ary, ${rel.between.length} tables).`;
    default:
      throw new Error(`Unknown relationship kind in ${JSON.stringify(rel satisfies never)}.`);
  }
}

function patternWords(pattern: JunctionPattern, junction: Table | undefined): string {
  switch (pattern) {
    case 'pure':
      return 'pure junction';
    case 'surrogate-key':
      return 'junction with a surrogate key';
    case 'association-object': {
      const payload = junction ? payloadColumns(junction) : [];
      return payload.length > 0 ? `association object carrying ${listWords(payload)}` : 'association object';
    }
    default:
      throw new Error(`Unknown junction pattern "${String(pattern satisfies never)}".`);
  }
}

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
