import { errorText } from '../engine.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../db/node-engine.js';
import { inferRelationships } from '../relations/infer.js';
import { introspectSchema } from '../schema/introspect.js';
import type { Schema, Table } from '../schema/types.js';
import { ddlStatements } from './ddl.js';
import { generateModels } from './generate-models.js';
import { parseModels } from './parse-models.js';

/** The parts of a schema a round trip must keep; SQLite's own spelling of the CREATE text may differ. */
function essentials(schema: Schema) {
  const affinity = (type: string): string => {
    const t = type.toUpperCase();
    if (t.includes('INT')) return 'INTEGER';
    if (/CHAR|CLOB|TEXT/.test(t)) return 'TEXT';
    if (t === '' || t.includes('BLOB')) return 'BLOB';
    if (/REAL|FLOA|DOUB/.test(t)) return 'REAL';
    return 'NUMERIC';
  };
  // An INTEGER PRIMARY KEY is the rowid: it can never be NULL, whether or not NOT NULL is written.
  const rowid = (t: Table, name: string) =>
    t.primaryKey.length === 1 && t.primaryKey[0] === name && t.columns.find((c) => c.name === name)?.type.toUpperCase() === 'INTEGER';
  return Object.fromEntries(
    schema.tables.map((t) => [
      t.name,
      {
        columns: t.columns.map((c) => ({
          name: c.name,
          affinity: affinity(c.type),
          notNull: c.notNull || rowid(t, c.name),
          pk: c.pkPosition,
          default: c.defaultValue,
        })),
        primaryKey: t.primaryKey,
        foreignKeys: t.foreignKeys
          .map((fk) => ({ columns: fk.columns, table: fk.table, toColumns: fk.toColumns, onDelete: fk.onDelete, onUpdate: fk.onUpdate }))
          .sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
        uniques: t.uniques.map((u) => [...u].sort().join(',')).sort(),
      },
    ]),
  );
}

async function roundTrip(ddl: string) {
  const engine = await createNodeEngine();
  await engine.open('before');
  const created = await engine.run('before', ddl);
  if (!created.ok) throw new Error(`Test DDL failed: ${errorText(created.error)}`);
  const before = await introspectSchema(engine, 'before');
  const code = generateModels(before, inferRelationships(before));
  const { metadata, warnings } = parseModels(code);
  await engine.open('after');
  const rebuilt = await engine.run(
    'after',
    ddlStatements(metadata)
      .map((s) => `${s};`)
      .join('\n'),
  );
  if (!rebuilt.ok) throw new Error(`Generated DDL failed: ${errorText(rebuilt.error)}\n${code}`);
  const after = await introspectSchema(engine, 'after');
  return { before: essentials(before), after: essentials(after), warnings, code };
}

// Schemas in the source note's styles and the patterns the lab teaches; verify-sqlalchemy runs them through real SQLAlchemy too.
const dir = join(import.meta.dirname, '../../../test/fixtures/sqlalchemy/schemas');
const SCHEMAS: [string, string][] = readdirSync(dir)
  .filter((f) => f.endsWith('.sql'))
  .sort()
  .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);

describe('round trip: schema → models → parseModels → DDL → schema', () => {
  it('has schemas to try', () => {
    expect(SCHEMAS.length).toBeGreaterThanOrEqual(6);
  });
  for (const [name, ddl] of SCHEMAS) {
    it(`keeps ${name}`, async () => {
      const { before, after, warnings, code } = await roundTrip(ddl);
      expect(warnings, code).toEqual([]);
      expect(after, code).toEqual(before);
    });
  }
});
