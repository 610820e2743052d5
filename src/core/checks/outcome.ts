/** Runs code on a scratch copy of a base database and reduces it to the results an exercise compares. */
import { errorText } from '../engine.js';
import type { Engine, ResultLimit, ResultLimits, ScriptError, StatementResult } from '../engine.js';
import type { SqlPart } from '../lessons/types.js';
import { compareResults, type ResultTable } from './compare.js';
import type { ColumnRule, RowOrder } from '../lessons/types.js';

/** Rows kept per statement while checking; lesson databases are small, this only bounds runaway joins. */
export const CHECK_MAX_ROWS = 10_000;

/**
 * What the checker keeps of a result: larger than a learner's pane shows, since it compares rather
 * than draws. A compared result cut by any of them is too big to compare, and the verdict says so.
 */
export const CHECK_LIMITS: ResultLimits = { maxRows: CHECK_MAX_ROWS, maxCells: 1_000_000, maxCellChars: 100_000, maxChars: 20_000_000 };

/** Why a compared result could not be compared: how many rows it had and the first cap it met. */
export interface TooBig {
  rows: number;
  by: ResultLimit;
  limit: number;
}

/**
 * What a piece of code led to: the compared tables, or the error that stopped it (in the code or a check
 * query). `lastQuery` is the code's last row-returning statement ('' if none): the one whose result is
 * compared, so its ORDER BY decides the default row order.
 */
export type Outcome =
  | { ok: true; tables: ResultTable[]; lastQuery: string; tooBig?: TooBig }
  | { ok: false; error: ScriptError; failedIn: 'code' | 'check'; check?: SqlPart };

/**
 * Opens `db` from `bytes`, runs `code`, then either every check query (when `checks` is not empty) or
 * nothing more, keeping the last row-returning statement of `code`.
 */
export async function outcomeOf(engine: Engine, db: string, bytes: Uint8Array, code: string, checks: SqlPart[]): Promise<Outcome> {
  await engine.open(db, bytes);
  const run = await engine.run(db, code, CHECK_LIMITS);
  if (!run.ok) return { ok: false, error: run.error, failedIn: 'code' };
  // Statements after the query (a trailing CREATE, UPDATE, …) do not change what is compared.
  const last = run.results.filter(returnsRows).at(-1);
  const lastQuery = last?.sql ?? '';
  if (checks.length === 0) return withSize({ ok: true, tables: last ? [tableOf(last)] : [], lastQuery }, last ? [last] : []);
  const tables: ResultTable[] = [];
  const compared: StatementResult[] = [];
  for (const check of checks) {
    const result = await engine.run(db, check.sql, CHECK_LIMITS);
    if (!result.ok) return { ok: false, error: result.error, failedIn: 'check', check };
    compared.push(...result.results.filter(returnsRows));
  }
  tables.push(...compared.map(tableOf));
  return withSize({ ok: true, tables, lastQuery }, compared);
}

/** Marks an outcome whose compared results the engine had to cut: comparing what is left would be a guess. */
function withSize(outcome: Extract<Outcome, { ok: true }>, compared: StatementResult[]): Outcome {
  const big = compared.find((r) => r.cut);
  if (!big?.cut) return outcome;
  const cap = big.cut.rows ?? { by: 'maxCellChars' as const, limit: big.cut.values?.limit ?? 0 };
  return { ...outcome, tooBig: { rows: big.rowCount, by: cap.by, limit: cap.limit } };
}

/** A statement that returns rows has result columns, even when it returned zero rows. */
function returnsRows(result: StatementResult): boolean {
  return result.columns.length > 0;
}

function tableOf(result: StatementResult): ResultTable {
  return { columns: result.columns, rows: result.rows };
}

/** True when two outcomes are the same under the exercise's rules: same error text, or equal tables pairwise. */
export function sameOutcome(a: Outcome, b: Outcome, rules: { order: RowOrder; columns: ColumnRule }): boolean {
  if (!a.ok || !b.ok) return !a.ok && !b.ok && errorText(a.error) === errorText(b.error);
  if (a.tooBig || b.tooBig) return false;
  if (a.tables.length !== b.tables.length) return false;
  return a.tables.every((table, i) => compareResults(b.tables[i]!, table, rules).difference === 'equal');
}
