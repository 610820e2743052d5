/** One call for the app: SQLAlchemy model code → the DDL `create_all()` would emit, with warnings. */
import { renderDdl } from './ddl.js';
import type { OrmWarning } from './metadata.js';
import { parseModels } from './parse-models.js';

/** The DDL script (statements ending in `;` and a blank line) and the warnings, for model code. */
export function modelsToDdl(code: string): { ddl: string; warnings: OrmWarning[] } {
  const { metadata, warnings } = parseModels(code);
  return { ddl: renderDdl(metadata), warnings };
}
