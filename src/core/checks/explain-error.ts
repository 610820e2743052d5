/**
 * Plain-language explanations of SQLite errors a learner meets with many-to-many tables, shown beside
 * SQLite's own text. The words come from the table and column names (`enrollments.student_id` → student).
 */
import { singular } from '../naming/english.js';
import type { Schema, Table } from '../schema/types.js';
import { insertedRows } from './insert-values.js';

type Explainer = (match: RegExpExecArray, sql: string | undefined, schema: Schema | undefined) => string;

// Checked in order against SQLite's message; the first pattern that matches explains it.
const EXPLAINERS: [RegExp, Explainer][] = [
  [/^UNIQUE constraint failed: (.+)$/, (m, _sql, schema) => explainUnique(parseColumns(m[1]!), schema)],
  [/^FOREIGN KEY constraint failed/, (_m, sql, schema) => explainForeignKey(sql, schema)],
  [
    /^foreign key mismatch - "([^"]+)" referencing "([^"]+)"/,
    ([, child, parent]) =>
      `The foreign key in ${child} points at columns of ${parent} that are neither its primary key nor UNIQUE (or do not exist), so SQLite cannot use it. Reference ${parent}'s primary key, e.g. REFERENCES ${parent}(id), or make the referenced column UNIQUE.`,
  ],
  [/^ambiguous column name: (.+)$/, (m, sql, schema) => explainAmbiguous(m[1]!, sql, schema)],
  [/^no such table: (.+)$/, (m, _sql, schema) => explainNoTable(m[1]!.replace(/^main\./, ''), schema)],
  [/^NOT NULL constraint failed: ([^.\s]+)\.(\S+)$/, (m, _sql, schema) => explainNotNull(m[1]!, m[2]!, schema)],
  [
    /^no such column: (.+)$/,
    (m) =>
      `There is no column called ${m[1]} in the tables this statement reads. Check the spelling, and that the table (or alias) before the dot is one the statement names in FROM or JOIN.`,
  ],
  [
    /^table (\S+) already exists$/,
    (m) =>
      `A table called ${m[1]} already exists in this database. Drop it first (DROP TABLE ${m[1]}) or write CREATE TABLE IF NOT EXISTS.`,
  ],
  [
    /^near "(.*)": syntax error$/,
    (m) =>
      `SQLite could not read the statement just before or at "${m[1]}": look there for a typo, a missing comma or parenthesis, or a misplaced keyword.`,
  ],
  [/^incomplete input$/, () => 'The statement stops too early: a closing parenthesis, quote or the rest of a clause is missing.'],
];

/** Explains SQLite's `message` in plain words, using the failing statement and schema when given; null when unknown. */
export function explainSqlError(message: string, sql?: string, schema?: Schema): string | null {
  const text = message.replace(/^Error:\s*/, '').trim();
  for (const [pattern, explain] of EXPLAINERS) {
    const match = pattern.exec(text);
    if (match) return explain(match, sql, schema);
  }
  return null;
}

/** The thing a key column names: `student_id` → student, `courses_id` → course, `courseId` → course. */
function entityOfColumn(table: string, column: string, schema?: Schema): string | null {
  const fk = findTable(schema, table)?.foreignKeys.find((f) => f.columns.length === 1 && sameName(f.columns[0]!, column));
  if (fk) return singular(fk.table).replace(/_/g, ' ');
  const m = /^(.+?)_?(id|Id|ID)$/.exec(column);
  return m?.[1] ? singular(m[1].replace(/_$/, '')).replace(/_/g, ' ') : null;
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

/** "enrollments" → "enrolled in"; other junction names give null and a neutral sentence. */
function pairVerb(table: string): string | null {
  const m = /^(\w+?)(ment|ments)$/i.exec(table);
  if (!m) return null;
  const stem = m[1]!.toLowerCase();
  const past = stem.endsWith('e') ? `${stem}d` : /[aeiou]l$/.test(stem) ? `${stem}led` : `${stem}ed`;
  return `${past} ${stem.startsWith('assign') ? 'to' : 'in'}`;
}

function explainUnique(columns: { table: string; column: string }[], schema?: Schema): string {
  const table = columns[0]?.table ?? '';
  const entities = columns.map((c) => entityOfColumn(c.table, c.column, schema));
  if (columns.length === 2 && entities[0] && entities[1]) {
    const [a, b] = entities as [string, string];
    const verb = pairVerb(table);
    const pair = verb ? `this ${a} is already ${verb} this ${b}` : `this ${a} is already linked to this ${b}`;
    return `${capitalise(pair)}: ${table} keeps each (${columns[0]!.column}, ${columns[1]!.column}) pair only once, so the same pair cannot be added twice.`;
  }
  const names = columns.map((c) => c.column).join(', ');
  const thing = singular(table);
  if (columns.length === 1 && /^(id|rowid)$/i.test(columns[0]!.column)) {
    return `A ${thing} with this ${names} already exists: ids in ${table} must be unique. Leave id out to let SQLite pick the next one.`;
  }
  return `A ${thing} with the same ${names} already exists in ${table}, and ${columns.length > 1 ? 'that combination' : 'that value'} must be unique.`;
}

function explainForeignKey(sql?: string, schema?: Schema): string {
  const general =
    'A foreign key check failed: a row would point at a parent row that does not exist, or a parent row that other rows still point at would disappear.';
  if (!sql) return general;
  const words = sql
    .trim()
    .split(/\s+/, 3)
    .map((w) => w.toUpperCase());
  if (words[0] === 'DELETE' || words[0] === 'DROP') {
    const target = /^(?:DELETE\s+FROM|DROP\s+TABLE(?:\s+IF\s+EXISTS)?)\s+["`[]?(\w+)/i.exec(sql.trim())?.[1];
    if (target) {
      const children = schema?.tables.filter((t) => t.foreignKeys.some((f) => sameName(f.table, target))).map((t) => t.name) ?? [];
      const where = children.length > 0 ? children.join(' and ') : 'another table';
      return `Rows in ${where} still point at this ${singular(target)}, so it cannot be removed while they exist. Delete those rows first, or declare the foreign key with ON DELETE CASCADE.`;
    }
    return general;
  }
  const inserted = insertedRows(sql, schema) ?? updatedRow(sql);
  if (!inserted) return general;
  const missing: string[] = [];
  for (const row of inserted.rows) {
    row.forEach((value, i) => {
      const column = inserted.columns[i];
      if (!column || value === null || /^null$/i.test(value)) return;
      const isKey = findTable(schema, inserted.table)?.foreignKeys.some((f) => f.columns.some((c) => sameName(c, column)));
      const entity = entityOfColumn(inserted.table, column, schema);
      if (entity && (isKey ?? /_?id$/i.test(column)) && !/^id$/i.test(column)) {
        const phrase = `no ${entity} with id ${value}`;
        if (!missing.includes(phrase)) missing.push(phrase);
      }
    });
  }
  if (missing.length === 0) return general;
  if (missing.length === 1) {
    return `There is ${missing[0]}, so the new ${singular(inserted.table)} row would point at nothing. Add that row first, or use an id that exists.`;
  }
  const shown = missing.slice(0, 4);
  return `One of the ids points at nothing: there is ${shown.join(', or ')} (SQLite does not say which). Add the missing row first, or use ids that exist.`;
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

function explainAmbiguous(column: string, sql?: string, schema?: Schema): string {
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
  const example = sources.length >= 2 ? ` — ${sources.join(' or ')}` : `, like students.${bare}`;
  return `More than one table in this query has a column called ${bare}, so SQLite does not know which you mean. Put the table name or alias in front of it${example}.`;
}

function explainNoTable(name: string, schema?: Schema): string {
  const tables = schema?.tables.map((t) => t.name) ?? [];
  const near = tables.find((t) => sameName(singular(t), singular(name)) || closeEnough(t.toLowerCase(), name.toLowerCase()));
  const hint = near
    ? ` Did you mean ${near}?`
    : tables.length > 0
      ? ` The tables here are: ${tables.join(', ')}.`
      : ' Has the lesson setup (or your CREATE TABLE) run yet?';
  return `There is no table called ${name} in this database.${hint}`;
}

function explainNotNull(table: string, column: string, schema?: Schema): string {
  const entity = entityOfColumn(table, column, schema);
  if (entity) {
    return `Every row of ${table} needs a ${entity}: ${column} cannot be NULL. A junction row links one row to another, so both of its ids must be given.`;
  }
  return `${table}.${column} cannot be NULL: give it a value.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
