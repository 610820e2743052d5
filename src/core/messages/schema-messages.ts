/**
 * Catalogue section: the words of the "Schema" text view and the ER diagram's description (codes `schema.*`).
 * Its phrases, a file per language: schema-messages-en.ts, schema-messages-ru.ts.
 */
import type { JunctionPattern } from '../relations/types.js';
import type { Speak } from './section.js';

type None = Record<never, never>;

export interface SchemaParams {
  /** The whole text when the database has no tables. */
  'schema.no-tables': None;
  /** The heading of a table's block. */
  'schema.table': { table: string; withoutRowid: boolean; strict: boolean };
  /** Column notes, listed after the column's name and type. */
  'schema.primary-key': None;
  'schema.primary-key-part': { position: number };
  'schema.not-null': None;
  'schema.unique': None;
  'schema.default': { value: string };
  'schema.generated': None;
  /** `column` is null when the foreign key names no target column (it means the primary key). */
  'schema.references': { table: string; column: string | null };
  /** Table-level keys over several columns, one line each under the columns. */
  'schema.composite-primary-key': { columns: string[] };
  'schema.composite-unique': { columns: string[] };
  /** Headings of the relationship and warning blocks. */
  'schema.relationships': None;
  'schema.warnings': None;
  /** One foreign key as a relationship sentence. */
  'schema.foreign-key': { kind: 'many-to-one' | 'one-to-one'; from: string; fromColumns: string[]; to: string; toColumns: string[] };
  /** A many-to-many junction; `payload` are an association object's own columns. */
  'schema.many-to-many': { junction: string; between: [string, string]; pattern: JunctionPattern; payload: string[] };
  'schema.n-ary': { junction: string; between: string[] };
}

/** `students.id` for one column, `sections(course, term)` for several. */
export const columnsOf = (table: string, columns: string[]) =>
  columns.length === 1 ? `${table}.${columns[0]}` : `${table}(${columns.join(', ')})`;

export const traitsOf = ({ withoutRowid, strict }: { withoutRowid: boolean; strict: boolean }) => {
  const traits = [withoutRowid ? 'WITHOUT ROWID' : '', strict ? 'STRICT' : ''].filter(Boolean);
  return traits.length > 0 ? ` (${traits.join(', ')})` : '';
};

export const referenced = (table: string, column: string | null) => (column ? `${table}.${column}` : table);

/** The words for a junction's pattern, one writer per pattern so a new pattern cannot go unnamed. */
export type PatternWords = Record<JunctionPattern, (payload: string[], s: Speak) => string>;
