/** Plain sentences for statements that return no rows: "3 rows inserted", "table enrollments created". */
import type { StatementResult } from '../engine.js';

const OBJECT = String.raw`(TABLE|INDEX|VIEW|TRIGGER)`;
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

/** `1234567` → `1,234,567` (toLocaleString loads locale data on first use, slowing the first run). */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function rows(n: number, verb: string): string {
  return `${groupThousands(n)} ${n === 1 ? 'row' : 'rows'} ${verb}`;
}

/** Says what a statement did, for the results pane; statements with rows are shown as tables instead. */
export function describeStatement(result: Pick<StatementResult, 'sql' | 'rowsModified' | 'columns'>): string {
  const text = head(result.sql);
  const upper = text.toUpperCase();
  const created = new RegExp(
    String.raw`^CREATE\s+(?:UNIQUE\s+|TEMP\s+|TEMPORARY\s+|VIRTUAL\s+)?${OBJECT}\s+(?:IF\s+NOT\s+EXISTS\s+)?${QUALIFIED}`,
    'i',
  ).exec(text);
  if (created) return `${created[1]!.toLowerCase()} ${unquote(created[3]!)} created`;
  const dropped = new RegExp(String.raw`^DROP\s+${OBJECT}\s+(?:IF\s+EXISTS\s+)?${QUALIFIED}`, 'i').exec(text);
  if (dropped) {
    const ifExists = /^DROP\s+\w+\s+IF\s+EXISTS\b/i.test(text) ? ' (if it existed)' : '';
    return `${dropped[1]!.toLowerCase()} ${unquote(dropped[3]!)} dropped${ifExists}`;
  }
  const altered = new RegExp(String.raw`^ALTER\s+TABLE\s+${QUALIFIED}`, 'i').exec(text);
  if (altered) return `table ${unquote(altered[2]!)} altered`;
  const verb = /^(?:WITH\b[\s\S]*?\)\s*)?(INSERT|REPLACE|UPDATE|DELETE)\b/i.exec(upper)?.[1];
  if (verb === 'INSERT' || verb === 'REPLACE') return rows(result.rowsModified, 'inserted');
  if (verb === 'UPDATE') return rows(result.rowsModified, 'updated');
  if (verb === 'DELETE') return rows(result.rowsModified, 'deleted');
  if (/^(BEGIN)\b/.test(upper)) return 'transaction started';
  if (/^(COMMIT|END)\b/.test(upper)) return 'transaction committed';
  if (/^ROLLBACK\b/.test(upper)) return 'transaction rolled back';
  if (/^SAVEPOINT\b/.test(upper)) return 'savepoint set';
  if (/^RELEASE\b/.test(upper)) return 'savepoint released';
  if (/^PRAGMA\b/.test(upper)) return upper.includes('=') ? 'pragma set' : 'pragma returned no rows';
  if (/^(VACUUM|ANALYZE|REINDEX)\b/.test(upper)) return `${upper.split(' ')[0]!.toLowerCase()} done`;
  if (result.columns.length > 0) return 'no rows';
  return 'done';
}
