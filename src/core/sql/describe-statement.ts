/** What a statement without rows did, as a message: "3 rows inserted", "table enrollments created". */
import type { StatementResult } from '../engine.js';
import { type Message, msg } from '../messages/message.js';
import type { MaintenanceCommand, SchemaObjectKind } from '../messages/statement-messages.js';

const OBJECT = '(TABLE|INDEX|VIEW|TRIGGER)';
const NAME = String.raw`("(?:[^"]|"")+"|\[[^\]]+\]|` + '`[^`]+`' + String.raw`|[\w$]+)`;
const QUALIFIED = String.raw`(?:${NAME}\s*\.\s*)?${NAME}`;

/** The statement's text without leading comments, in one line. */
function head(sql: string): string {
  return sql
    .replace(/^(\s|--[^\n]*\n?|\/\*[\s\S]*?\*\/)+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function unquote(name: string): string {
  if (/^".*"$/.test(name)) return name.slice(1, -1).replace(/""/g, '"');
  if (/^\[.*\]$/.test(name) || /^`.*`$/.test(name)) return name.slice(1, -1);
  return name;
}

/** Says what a statement did, for the results pane; statements with rows are shown as tables instead. */
export function describeStatement(result: Pick<StatementResult, 'sql' | 'rowsModified' | 'columns'>): Message {
  const text = head(result.sql);
  const upper = text.toUpperCase();
  const created = new RegExp(
    String.raw`^CREATE\s+(?:UNIQUE\s+|TEMP\s+|TEMPORARY\s+|VIRTUAL\s+)?${OBJECT}\s+(?:IF\s+NOT\s+EXISTS\s+)?${QUALIFIED}`,
    'i',
  ).exec(text);
  if (created) return msg('statement.created', { kind: created[1]!.toLowerCase() as SchemaObjectKind, name: unquote(created[3]!) });
  const dropped = new RegExp(String.raw`^DROP\s+${OBJECT}\s+(?:IF\s+EXISTS\s+)?${QUALIFIED}`, 'i').exec(text);
  if (dropped) {
    const ifExists = /^DROP\s+\w+\s+IF\s+EXISTS\b/i.test(text);
    return msg('statement.dropped', { kind: dropped[1]!.toLowerCase() as SchemaObjectKind, name: unquote(dropped[3]!), ifExists });
  }
  const altered = new RegExp(String.raw`^ALTER\s+TABLE\s+${QUALIFIED}`, 'i').exec(text);
  if (altered) return msg('statement.altered', { name: unquote(altered[2]!) });
  const verb = /^(?:WITH\b[\s\S]*?\)\s*)?(INSERT|REPLACE|UPDATE|DELETE)\b/i.exec(upper)?.[1];
  const n = result.rowsModified;
  if (verb === 'INSERT' || verb === 'REPLACE') return msg('statement.rows', { verb: 'inserted', n });
  if (verb === 'UPDATE') return msg('statement.rows', { verb: 'updated', n });
  if (verb === 'DELETE') return msg('statement.rows', { verb: 'deleted', n });
  if (/^(BEGIN)\b/.test(upper)) return msg('statement.transaction-started');
  if (/^(COMMIT|END)\b/.test(upper)) return msg('statement.transaction-committed');
  if (/^ROLLBACK\b/.test(upper)) return msg('statement.transaction-rolled-back');
  if (/^SAVEPOINT\b/.test(upper)) return msg('statement.savepoint-set');
  if (/^RELEASE\b/.test(upper)) return msg('statement.savepoint-released');
  if (/^PRAGMA\b/.test(upper)) return upper.includes('=') ? msg('statement.pragma-set') : msg('statement.pragma-no-rows');
  const maintenance = /^(VACUUM|ANALYZE|REINDEX)\b/.exec(upper)?.[1] as MaintenanceCommand | undefined;
  if (maintenance) return msg('statement.maintenance', { command: maintenance });
  if (result.columns.length > 0) return msg('statement.no-rows');
  return msg('statement.done');
}
