/**
 * Catalogue section: plain-language explanations of SQLite errors, shown beside SQLite's own text.
 * Parameters are identifiers as the database spells them; English makes nouns and verbs of them
 * (`courses` → course, `enrollments` → enrolled in), Russian quotes them verbatim.
 * Its phrases, a file per language: sql-error-messages-en.ts, sql-error-messages-ru.ts.
 */

/**
 * What a key column names, as the identifiers spell it: the table its foreign key references
 * (`students`), else the column without its `_id` (`student` from `student_id`).
 */
export type Entity = string;

/** A key value of a failed INSERT or UPDATE that may point at a parent row that does not exist. */
export interface MissingParent {
  column: string;
  value: string;
  entity: Entity;
  /** The referenced table when the schema tells it; without a schema only the column is known. */
  parent: string | null;
}

export interface SqlErrorParams {
  /** A junction row repeats a pair its table already holds. */
  'sql-error.unique-pair': { table: string; columns: [string, string]; entities: [Entity, Entity] };
  /** An INSERT gave an id (or rowid) that is taken. */
  'sql-error.unique-id': { table: string; column: string };
  /** Another UNIQUE column or combination already holds these values. */
  'sql-error.unique-value': { table: string; columns: string[] };
  /** A foreign key check failed and the statement does not tell which row. */
  'sql-error.foreign-key': Record<never, never>;
  /** An INSERT or UPDATE names parent rows that may not exist (SQLite does not say which); never empty. */
  'sql-error.foreign-key-missing-parent': { table: string; missing: MissingParent[] };
  /** A DELETE or DROP TABLE would remove rows that `children` still reference. */
  'sql-error.foreign-key-still-referenced': { table: string; children: string[]; statement: 'delete' | 'drop' };
  /** A foreign key references columns that are neither the primary key nor UNIQUE. */
  'sql-error.foreign-key-mismatch': { child: string; parent: string };
  /** A column name several joined tables share; `sources` are the qualified names the query allows. */
  'sql-error.ambiguous-column': { column: string; sources: string[] };
  /** An unknown table: a near name from the schema when one is close, else the tables there are. */
  'sql-error.no-such-table': { table: string; suggestion: string | null; tables: string[] };
  /** NULL in a key column of a junction table. */
  'sql-error.not-null-key': { table: string; column: string; entity: Entity };
  /** NULL in any other NOT NULL column. */
  'sql-error.not-null': { table: string; column: string };
  /** `column` as SQLite quotes it, possibly qualified (`s.nme`). */
  'sql-error.no-such-column': { column: string };
  'sql-error.table-exists': { table: string };
  /** `near` is the token SQLite stopped at. */
  'sql-error.syntax': { near: string };
  'sql-error.incomplete-input': Record<never, never>;
}

/** The most missing parents a sentence lists; more would bury the advice. */
export const SHOWN_MISSING = 4;
