/**
 * Catalogue section: what a statement without rows did, for the results pane ("3 rows inserted").
 * Its phrases, a file per language: statement-messages-en.ts, statement-messages-ru.ts.
 */

export type SchemaObjectKind = 'table' | 'index' | 'view' | 'trigger';

export type RowVerb = 'inserted' | 'updated' | 'deleted';

export type MaintenanceCommand = 'VACUUM' | 'ANALYZE' | 'REINDEX';

type None = Record<never, never>;

export interface StatementParams {
  'statement.created': { kind: SchemaObjectKind; name: string };
  'statement.dropped': { kind: SchemaObjectKind; name: string; ifExists: boolean };
  'statement.altered': { name: string };
  'statement.rows': { verb: RowVerb; n: number };
  'statement.transaction-started': None;
  'statement.transaction-committed': None;
  'statement.transaction-rolled-back': None;
  'statement.savepoint-set': None;
  'statement.savepoint-released': None;
  'statement.pragma-set': None;
  'statement.pragma-no-rows': None;
  'statement.maintenance': { command: MaintenanceCommand };
  'statement.no-rows': None;
  'statement.done': None;
}
