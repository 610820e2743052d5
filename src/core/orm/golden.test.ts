import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexOrderFree, renderDdl } from './ddl.js';
import { parseModels } from './parse-models.js';

// Each fixture's expected SQL was emitted by SQLAlchemy 2.0.54's create_all() on SQLite.
const dir = join(import.meta.dirname, '../../../test/fixtures/sqlalchemy');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.py'))
  .sort();

describe('golden SQLAlchemy fixtures', () => {
  it('are present', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
  });
  for (const file of fixtures) {
    it(`${file} gives the DDL SQLAlchemy emits, byte for byte (a table's index order aside), without warnings`, () => {
      const { metadata, warnings } = parseModels(readFileSync(join(dir, file), 'utf8'));
      expect(warnings).toEqual([]);
      expect(indexOrderFree(renderDdl(metadata))).toBe(
        indexOrderFree(readFileSync(join(dir, file.replace(/\.py$/, '.expected.sql')), 'utf8')),
      );
    });
  }
});

describe('half-written fixtures', () => {
  it('never make parseModels or renderDdl throw, whatever prefix of the code is given', () => {
    for (const file of fixtures) {
      const code = readFileSync(join(dir, file), 'utf8');
      for (let end = 0; end <= code.length; end += 5) {
        const cut = code.slice(0, end);
        expect(() => renderDdl(parseModels(cut).metadata), `${file} cut at ${end}`).not.toThrow();
      }
    }
  });
});

describe('indexOrderFree', () => {
  it('sorts only the CREATE INDEX statements that follow one table, keeping tables in place', () => {
    const a =
      'CREATE TABLE t (\n\tx INTEGER\n);\n\nCREATE INDEX ix_b ON t (x);\n\nCREATE UNIQUE INDEX ix_a ON t (x);\n\nCREATE TABLE u (\n\ty INTEGER\n);\n\n';
    const b =
      'CREATE TABLE t (\n\tx INTEGER\n);\n\nCREATE UNIQUE INDEX ix_a ON t (x);\n\nCREATE INDEX ix_b ON t (x);\n\nCREATE TABLE u (\n\ty INTEGER\n);\n\n';
    expect(indexOrderFree(a)).toBe(indexOrderFree(b));
    expect(indexOrderFree(a)).not.toBe(indexOrderFree(b.replace('CREATE TABLE u', 'CREATE TABLE v')));
  });

  it('does not let an index move to another table', () => {
    const one = 'CREATE TABLE t (\n);\n\nCREATE INDEX ix_t ON t (x);\n\nCREATE TABLE u (\n);\n\n';
    const other = 'CREATE TABLE t (\n);\n\nCREATE TABLE u (\n);\n\nCREATE INDEX ix_t ON t (x);\n\n';
    expect(indexOrderFree(one)).not.toBe(indexOrderFree(other));
  });
});
