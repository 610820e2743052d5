/**
 * Catalogue section: advice on a rejected answer — junction rules for schema answers (`rule.*`, a
 * verdict and a `…-hint` each) and hints by kind of mistake in a query (`mistake.*`).
 * Its phrases, a file per language: advice-messages-en.ts, advice-messages-ru.ts.
 */
import type { ForeignKeyAction } from '../schema/types.js';

export interface AdviceParams {
  /** The pair of FK columns is neither the primary key nor UNIQUE. */
  'rule.pair-unique': { table: string; columns: string[] };
  'rule.pair-unique-hint': { table: string; columns: string[] };
  /** An FK column of the junction accepts NULL. */
  'rule.fks-not-null': { table: string; column: string };
  'rule.fks-not-null-hint': { column: string };
  /** An FK column references `actual` (or nothing: null) instead of `target`, both written `table(column)`. */
  'rule.fk-targets': { table: string; column: string; target: string; actual: string | null };
  'rule.fk-targets-hint': { column: string; target: string };
  /** An FK's ON DELETE action is not the one the exercise asks for. */
  'rule.on-delete': { table: string; column: string; target: string; expected: ForeignKeyAction; actual: ForeignKeyAction };
  'rule.on-delete-hint': { column: string; target: string; expected: ForeignKeyAction };
  /** A self-referential junction accepts a row paired with itself. */
  'rule.no-self-pair': { table: string; columns: string[] };
  'rule.no-self-pair-hint': { columns: string[] };
  /** No index starts with this FK column, so the reverse direction scans. */
  'rule.reverse-index': { table: string; column: string };
  'rule.reverse-index-hint': { table: string; column: string };
  /** The solution goes through `junction` (between two tables); the answer does not use it at all. */
  'mistake.missing-junction': { junction: string; between: string[] };
  /** A condition matches FK `column` (which references `references`) with `pairedWith`. */
  'mistake.wrong-join-columns': { column: string; references: string; pairedWith: string };
  /** count(*) over an outer join, where the solution counts `column`. */
  'mistake.count-star-outer-join': { column: string };
  'mistake.group-missing': { column: string };
  'mistake.group-extra': { column: string };
  'mistake.order-missing': { column: string };
}

export const pair = (columns: string[]) => columns.join(', ');

export const ne = (columns: string[]) => `${columns[0] ?? ''} <> ${columns[1] ?? ''}`;
