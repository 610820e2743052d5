/**
 * The "Schema" text view: tables with their columns and keys, then relationships as sentences.
 * It is also the ER diagram's accessible description.
 */
import type { Language } from '../messages/language.js';
import { type Message, msg } from '../messages/message.js';
import { renderMessage } from '../messages/renderer.js';
import type { Relations, Relationship } from '../relations/types.js';
import { isNeverNull } from '../schema/keys.js';
import type { Schema, Table } from '../schema/types.js';
import { payloadColumns } from './graph.js';

/**
 * Describes `schema` and its relationships in plain text in `lang`: blocks separated by a blank
 * line, each a heading line and then one line per column, relationship or warning.
 */
export function describeSchema(schema: Schema, relations: Relations, lang: Language = 'en'): string {
  const say = (message: Message) => renderMessage(message, lang);
  const lines: string[] = [];
  if (schema.tables.length === 0) lines.push(say(msg('schema.no-tables')));
  for (const table of schema.tables) {
    if (lines.length > 0) lines.push('');
    lines.push(...describeTable(table, say));
  }
  const tables = new Map(schema.tables.map((t) => [t.name, t]));
  if (relations.relationships.length > 0) {
    lines.push('', say(msg('schema.relationships')));
    for (const rel of relations.relationships) lines.push(`- ${say(sentence(rel, tables))}`);
  }
  if (relations.warnings.length > 0) {
    lines.push('', say(msg('schema.warnings')));
    for (const w of relations.warnings) lines.push(`- ${say(w.message)}`);
  }
  return lines.join('\n');
}

function describeTable(table: Table, say: (message: Message) => string): string[] {
  const lines = [say(msg('schema.table', { table: table.name, withoutRowid: table.withoutRowid, strict: table.strict }))];
  for (const c of table.columns) {
    if (c.kind === 'hidden') continue;
    const notes: Message[] = [];
    if (c.pkPosition > 0) {
      notes.push(table.primaryKey.length > 1 ? msg('schema.primary-key-part', { position: c.pkPosition }) : msg('schema.primary-key'));
    }
    if (isNeverNull(table, c.name) && c.pkPosition === 0) notes.push(msg('schema.not-null'));
    if (table.uniques.some((u) => u.length === 1 && u[0] === c.name)) notes.push(msg('schema.unique'));
    if (c.defaultValue !== null) notes.push(msg('schema.default', { value: c.defaultValue }));
    if (c.kind === 'generated-virtual' || c.kind === 'generated-stored') notes.push(msg('schema.generated'));
    for (const fk of table.foreignKeys) {
      const i = fk.columns.indexOf(c.name);
      if (i >= 0) notes.push(msg('schema.references', { table: fk.table, column: fk.toColumns[i] || null }));
    }
    const type = c.type ? ` ${c.type}` : '';
    lines.push(`  ${c.name}${type}${notes.length > 0 ? ` — ${notes.map(say).join(', ')}` : ''}`);
  }
  if (table.primaryKey.length > 1) lines.push(`  ${say(msg('schema.composite-primary-key', { columns: table.primaryKey }))}`);
  for (const u of table.uniques) if (u.length > 1) lines.push(`  ${say(msg('schema.composite-unique', { columns: u }))}`);
  return lines;
}

function sentence(rel: Relationship, tables: Map<string, Table>): Message {
  switch (rel.kind) {
    case 'many-to-one':
    case 'one-to-one':
      return msg('schema.foreign-key', rel);
    case 'many-to-many': {
      const junction = tables.get(rel.junction);
      const payload = rel.pattern === 'association-object' && junction ? payloadColumns(junction) : [];
      return msg('schema.many-to-many', { junction: rel.junction, between: rel.between, pattern: rel.pattern, payload });
    }
    case 'n-ary':
      return msg('schema.n-ary', { junction: rel.junction, between: rel.between });
    default:
      throw new Error(`Unknown relationship kind in ${JSON.stringify(rel satisfies never)}.`);
  }
}
