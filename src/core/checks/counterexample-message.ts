/**
 * A counterexample and its sentence, apart from the shrinking (counterexample.ts): the exercise view
 * shows them without loading the checker.
 */
import type { SqlValue } from '../engine.js';
import { type Message, msg } from '../messages/message.js';
import { sqlLiteral } from '../sql/literal.js';
import type { ResultTable } from './compare.js';

/** A little database (every table's rows) and both results on it. */
export interface Counterexample {
  tables: Record<string, ResultTable>;
  expected: ResultTable;
  actual: ResultTable;
}

/** The number of table rows in a counterexample. */
export function counterexampleSize(counterexample: Counterexample): number {
  return Object.values(counterexample.tables).reduce((sum, t) => sum + t.rows.length, 0);
}

/** Rows of a result named in the counterexample's sentence; the rest are counted. */
const ROWS_SAID = 3;

/** "On these 3 rows your query returns …, the expected result is …", with the first rows of each result. */
export function counterexampleMessage(counterexample: Counterexample): Message {
  const said = (table: ResultTable) => table.rows.slice(0, ROWS_SAID).map(rowText);
  const more = (table: ResultTable) => Math.max(0, table.rows.length - ROWS_SAID);
  const { actual, expected } = counterexample;
  return msg('counterexample.lead', {
    rows: counterexampleSize(counterexample),
    actual: said(actual),
    actualMore: more(actual),
    expected: said(expected),
    expectedMore: more(expected),
  });
}

/** A row as data in a sentence: one value bare, several in parentheses. */
function rowText(row: SqlValue[]): string {
  const values = row.map((v) => (v === null ? 'NULL' : v instanceof Uint8Array ? sqlLiteral(v) : String(v)));
  return values.length === 1 ? values[0]! : `(${values.join(', ')})`;
}
