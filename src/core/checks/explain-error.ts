/**
 * Plain-language explanations of SQLite errors a learner meets with many-to-many tables, shown beside
 * SQLite's own text, as messages (sql-error-messages.ts writes the sentences). The parameters come from
 * the table and column names (`enrollments.student_id` names a student) and the failing statement.
 */
import { type Message, msg } from '../messages/message.js';
import type { Entity, MissingParent } from '../messages/sql-error-messages.js';
import { singular } from '../naming/english.js';
import type { Schema, Table } from '../schema/types.js';
import { insertedRows } from './insert-values.js';

type Explainer = (match: RegExpExecArray, sql: string | undefined, schema: Schema | undefined) => Message;

// Checked in order against SQLite's message; the first pattern that matches explains it.
const EXPLAINERS: [RegExp, Explainer][] = [
  [/^UNIQUE constraint failed: (.+)$/, (m, _sql, schema) => explainUnique(parseColumns(m[1]!), schema)],
  [/^FOREIGN KEY constraint failed/, (_m, sql, schema) => explainForeignKey(sql, schema)],
  [
    /^foreign key mismatch - "([^"]+)" referencing "([^"]+)"/,
    ([, child, parent]) => msg('sql-error.foreign-key-mismatch', { child: child!, parent: parent! }),
  ],
  [/^ambiguous column name: (.+)$/, (m, sql, schema) => explainAmbiguous(m[1]!, sql, schema)],
  [/^no such table: (.+)$/, (m, _sql, schema) => explainNoTable(m[1]!.replace(/^main\./, ''), schema)],
  [/^NOT NULL constraint failed: ([^.\s]+)\.(\S+)$/, (m, _sql, schema) => explainNotNull(m[1]!, m[2]!, schema)],
  [/^no such column: (.+)$/, (m) => msg('sql-error.no-such-column', { column: m[1]! })],
  [/^table (\S+) already exists$/, (m) => msg('sql-error.table-exists', { table: m[1]! })],
  [/^near "(.*)": syntax error$/, (m) => msg('sql-error.syntax', { near: m[1]! })],
  [/^incomplete input$/, () => msg('sql-error.incomplete-input')],
];

/** Explains SQLite's `message` in plain words, using the failing statement and schema when given; null when unknown. */
export function explainSqlError(message: string, sql?: string, schema?: Schema): Message | null {
  const text = message.replace(/^Error:\s*/, '').trim();
  for (const [pattern, explain] of EXPLAINERS) {
    const match = pattern.exec(text);
    if (match) return explain(match, sql, schema);
  }
  return null;
}

/** What a key column names: `student_id` → student, `courses_id` → courses, `courseId` → course, or its foreign key's table. */
function entityOfColumn(table: string, column: string, schema?: Schema): { entity: Entity; parent: string | null } | null {
  const fk = findTable(schema, table)?.foreignKeys.find((f) => f.columns.length === 1 && sameName(f.columns[0]!, column));
  if (fk) return { entity: fk.table, parent: fk.table };
  const m = /^(.+?)_?(id|Id|ID)$/.exec(column);
  return m?.[1] ? { entity: m[1].replace(/_$/, ''), parent: null } : null;
}

function findTable(schema: Schema | undefined, name: string): Table | undefined {
  return schema?.tables.find((t) => sameName(t.name, name));
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function parseColumns(list: string): { table: string; column: string }[] {
  return list.split(/,\s*/).map((part) => {
    const dot = part.indexOf('.');
    return { table: part.slice(0, dot), column: part.slice(dot + 1) };
  });
}

function explainUnique(columns: { table: string; column: string }[], schema?: Schema): Message {
  const table = columns[0]?.table ?? '';
  const entities = columns.map((c) => entityOfColumn(c.table, c.column, schema)?.entity);
  if (columns.length === 2 && entities[0] && entities[1]) {
    return msg('sql-error.unique-pair', {
      table,
      columns: [columns[0]!.column, columns[1]!.column],
      entities: [entities[0], entities[1]],
    });
  }
  if (columns.length === 1 && /^(id|rowid)$/i.test(columns[0]!.column)) {
    return msg('sql-error.unique-id', { table, column: columns[0]!.column });
  }
  return msg('sql-error.unique-value', { table, columns: columns.map((c) => c.column) });
}

function explainForeignKey(sql?: string, schema?: Schema): Message {
  const general = msg('sql-error.foreign-key');
  if (!sql) return general;
  const words = sql
    .trim()
    .split(/\s+/, 3)
    .map((w) => w.toUpperCase());
  if (words[0] === 'DELETE' || words[0] === 'DROP') {
    const target = /^(?:DELETE\s+FROM|DROP\s+TABLE(?:\s+IF\s+EXISTS)?)\s+["`[]?(\w+)/i.exec(sql.trim())?.[1];
    if (!target) return general;
    const children = schema?.tables.filter((t) => t.foreignKeys.some((f) => sameName(f.table, target))).map((t) => t.name) ?? [];
    return msg('sql-error.foreign-key-still-referenced', {
      table: target,
      children,
      statement: words[0] === 'DROP' ? 'drop' : 'delete',
    });
  }
  const inserted = insertedRows(sql, schema) ?? updatedRow(sql);
  if (!inserted) return general;
  const missing: MissingParent[] = [];
  for (const row of inserted.rows) {
    row.forEach((value, i) => {
      const column = inserted.columns[i];
      if (!column || value === null || /^null$/i.test(value)) return;
      const isKey = findTable(schema, inserted.table)?.foreignKeys.some((f) => f.columns.some((c) => sameName(c, column)));
      const named = entityOfColumn(inserted.table, column, schema);
      if (named && (isKey ?? /_?id$/i.test(column)) && !/^id$/i.test(column)) {
        if (!missing.some((m) => m.entity === named.entity && m.value === value)) missing.push({ column, value, ...named });
      }
    });
  }
  return missing.length > 0 ? msg('sql-error.foreign-key-missing-parent', { table: inserted.table, missing }) : general;
}

/** `UPDATE t SET a = 1, b = 'x' WHERE …` as one written row of literal values. */
function updatedRow(sql: string): { table: string; columns: string[]; rows: (string | null)[][] } | null {
  const m = /^\s*UPDATE\s+(?:OR\s+\w+\s+)?["`[]?(\w+)["`\]]?\s+SET\s+([\s\S]*?)(?:\s+(?:WHERE|FROM|RETURNING)\b|;|$)/i.exec(sql);
  if (!m) return null;
  const columns: string[] = [];
  const row: (string | null)[] = [];
  for (const part of m[2]!.split(',')) {
    const assignment = /^\s*["`[]?(\w+)["`\]]?\s*=\s*('?)([-+]?[\w.]+)\2\s*$/.exec(part);
    if (!assignment) continue;
    columns.push(assignment[1]!);
    row.push(/^null$/i.test(assignment[3]!) ? null : assignment[3]!);
  }
  return columns.length > 0 ? { table: m[1]!, columns, rows: [row] } : null;
}

function explainAmbiguous(column: string, sql?: string, schema?: Schema): Message {
  const bare = column.includes('.') ? column.slice(column.lastIndexOf('.') + 1) : column;
  const sources: string[] = [];
  const pattern =
    /\b(?:FROM|JOIN)\s+["`[]?(\w+)["`\]]?(?:\s+(?:AS\s+)?(?!(?:ON|USING|JOIN|LEFT|RIGHT|INNER|CROSS|FULL|NATURAL|WHERE|GROUP|ORDER|LIMIT)\b)(\w+))?/gi;
  for (const m of (sql ?? '').matchAll(pattern)) {
    const table = m[1]!;
    const table_ = findTable(schema, table);
    if (table_ && !table_.columns.some((c) => sameName(c.name, bare))) continue;
    const name = `${m[2] ?? table}.${bare}`;
    if (!sources.includes(name)) sources.push(name);
  }
  return msg('sql-error.ambiguous-column', { column: bare, sources });
}

function explainNoTable(name: string, schema?: Schema): Message {
  const tables = schema?.tables.map((t) => t.name) ?? [];
  // Singular forms only match names here (`student` finds `students`); no English reaches the sentence.
  const near = tables.find((t) => sameName(singular(t), singular(name)) || closeEnough(t.toLowerCase(), name.toLowerCase()));
  return msg('sql-error.no-such-table', { table: name, suggestion: near ?? null, tables });
}

function explainNotNull(table: string, column: string, schema?: Schema): Message {
  const named = entityOfColumn(table, column, schema);
  return named ? msg('sql-error.not-null-key', { table, column, entity: named.entity }) : msg('sql-error.not-null', { table, column });
}

/** One insertion, deletion, substitution or swap apart: the usual typo. */
function closeEnough(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const tail = (x: string, n: number) => x.slice(i + n);
  return (
    tail(a, 1) === tail(b, 1) ||
    tail(a, 1) === tail(b, 0) ||
    tail(a, 0) === tail(b, 1) ||
    (a[i] === b[i + 1] && a[i + 1] === b[i] && tail(a, 2) === tail(b, 2))
  );
}
