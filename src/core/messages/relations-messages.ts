/**
 * Catalogue section: the warnings relationship inference gives about a schema (codes `relations.*`).
 * Its phrases, a file per language: relations-messages-en.ts, relations-messages-ru.ts.
 */

type None = Record<never, never>;

export interface RelationsParams {
  /** Foreign keys are declared but `PRAGMA foreign_keys` is off, so nothing checks them. */
  'relations.foreign-keys-off': None;
  /** A foreign key of `table` (`columns`) names a table that does not exist. */
  'relations.missing-target-table': { table: string; columns: string[]; target: string };
  /**
   * A foreign key of `table` points at columns of `target` that are not a key there; empty
   * `targetColumns` means it points at the primary key `target` does not declare.
   */
  'relations.non-unique-target': { table: string; columns: string[]; target: string; targetColumns: string[] };
  /**
   * A junction without a key over its foreign-key `columns`, so a link can be stored twice;
   * `between` are the linked tables in column order (more than two: an n-ary junction).
   */
  'relations.junction-without-key': { table: string; columns: string[]; between: string[] };
  /** A junction column that may hold NULL, so a row may link to no row of `target`. */
  'relations.nullable-junction-column': { table: string; column: string; target: string };
  /**
   * A keyed junction with no index starting with `column`, so lookups from `from` to `to` scan;
   * `statement` is the CREATE INDEX that fixes it, ready to run.
   */
  'relations.missing-reverse-index': { table: string; column: string; from: string; to: string; statement: string };
}

/** Tables the same except for case are one table in SQLite: a junction between them is self-referential. */
export const sameTable = (a: string | undefined, b: string | undefined) => a?.toLowerCase() === b?.toLowerCase();

export const columnList = (columns: string[]) => columns.join(', ');
