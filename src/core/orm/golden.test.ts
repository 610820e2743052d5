import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDdl } from './ddl.js';
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
    it(`${file} gives the DDL SQLAlchemy emits, byte for byte, without warnings`, () => {
      const { metadata, warnings } = parseModels(readFileSync(join(dir, file), 'utf8'));
      expect(warnings).toEqual([]);
      expect(renderDdl(metadata)).toBe(readFileSync(join(dir, file.replace(/\.py$/, '.expected.sql')), 'utf8'));
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
