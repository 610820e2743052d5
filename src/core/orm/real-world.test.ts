import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../db/node-engine.js';
import { inferRelationships } from '../relations/infer.js';
import { introspectSchema } from '../schema/introspect.js';
import { runSchemaScript } from '../schema/run-schema-script.js';
import { ddlStatements, indexOrderFree, renderDdl } from './ddl.js';
import { generateModels } from './generate-models.js';
import { parseModels } from './parse-models.js';
import { manyToManyOf, mapTables } from './table-mapping.js';
// Every sentence in both languages, as Node has them (the page loads its learner's: renderer.ts).
import '../messages/render.js';

// Public model files and schemas (test/fixtures/real-world/SOURCES.md); each model file's
// .expected.sql is what SQLAlchemy 2.0.54's create_all() emitted (npm run verify:sqlalchemy).
const root = join(import.meta.dirname, '../../../test/fixtures/real-world');
const models = readdirSync(join(root, 'models'))
  .filter((f) => f.endsWith('.py'))
  .sort();
const schemas = readdirSync(join(root, 'schemas'))
  .filter((f) => f.endsWith('.sql'))
  .sort();

describe('real-world model files', () => {
  for (const file of models) {
    it(`${file}: junction ddl gives SQLAlchemy's DDL (a table's index order aside), without warnings`, () => {
      const { metadata, warnings } = parseModels(readFileSync(join(root, 'models', file), 'utf8'));
      expect(warnings).toEqual([]);
      const golden = readFileSync(join(root, 'models', file.replace(/\.py$/, '.expected.sql')), 'utf8');
      expect(indexOrderFree(renderDdl(metadata))).toBe(indexOrderFree(golden));
    });
  }
});

async function schemaOf(script: string, db: string) {
  const engine = await createNodeEngine();
  await engine.open(db);
  const skipped = await runSchemaScript(engine, db, script);
  return { schema: await introspectSchema(engine, db), skipped, engine };
}

describe('real-world schemas', () => {
  for (const file of schemas) {
    it(`${file}: junction orm round-trips and maps every many-to-many`, async () => {
      const { schema, skipped, engine } = await schemaOf(readFileSync(join(root, 'schemas', file), 'utf8'), 'before');
      expect(skipped).toEqual([]);
      const relations = inferRelationships(schema);
      const code = generateModels(schema, relations);
      const { metadata, warnings } = parseModels(code);
      expect(warnings, code).toEqual([]);
      await engine.open('after');
      const rebuilt = await engine.run(
        'after',
        ddlStatements(metadata)
          .map((s) => `${s};`)
          .join('\n'),
      );
      expect(rebuilt.ok, code).toBe(true);
      const after = await introspectSchema(engine, 'after');
      // A table the module leaves out (a virtual table, with the reason in a comment) is not rebuilt.
      const mappings = mapTables(schema, relations);
      const leftOut = new Set(mappings.filter((m) => m.form === 'left-out').map((m) => m.table));
      const shape = (s: typeof schema) =>
        s.tables
          .filter((t) => !leftOut.has(t.name))
          .map((t) => ({
            name: t.name,
            columns: t.columns.map((c) => [c.name, c.notNull || c.pkPosition > 0, c.pkPosition, c.defaultValue]),
            foreignKeys: t.foreignKeys.map((fk) => [fk.columns, fk.table, fk.toColumns, fk.onDelete, fk.onUpdate]).sort(),
            uniques: t.uniques.map((u) => [...u].sort().join()).sort(),
          }));
      expect(shape(after).sort((a, b) => a.name.localeCompare(b.name))).toEqual(shape(schema).sort((a, b) => a.name.localeCompare(b.name)));
      // Every many-to-many is mapped: a secondary= collection on both sides, or an association class.
      const forms = new Map(mappings.map((m) => [m.table, m.form]));
      for (const rel of manyToManyOf(relations)) {
        if (forms.get(rel.junction) === 'class') expect(metadata.tables.find((t) => t.name === rel.junction)?.className).not.toBeNull();
        else
          expect(
            metadata.relationships.filter((r) => r.secondary === rel.junction),
            code,
          ).toHaveLength(2);
      }
    });
  }
});
