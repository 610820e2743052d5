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
// Every sentence in both languages, as Node has them (the page loads its learner's: renderer.ts).
import '../messages/render.js';

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

/** Constructs of real schemas the bridge once got wrong, each with what its generated module must contain. */
const CONSTRUCTS: [string, string, string[]][] = [
  [
    'tables that reference each other (foreign_keys= on every side of both paths)',
    `CREATE TABLE staff (id INTEGER PRIMARY KEY, store_id INTEGER REFERENCES store(id));
     CREATE TABLE store (id INTEGER PRIMARY KEY, manager_staff_id INTEGER NOT NULL REFERENCES staff(id));`,
    [
      'store: Mapped[Optional["Store"]] = relationship(back_populates="staffs_by_store", foreign_keys=[store_id])',
      'manager_staff: Mapped["Staff"] = relationship(back_populates="stores_by_manager_staff", foreign_keys=[manager_staff_id])',
      'foreign_keys="[Staff.store_id]"',
      'foreign_keys="[Store.manager_staff_id]"',
    ],
  ],
  [
    'a column with two foreign keys to one target (one relationship; the store is no junction)',
    `CREATE TABLE staff (id INTEGER PRIMARY KEY);
     CREATE TABLE store (id INTEGER PRIMARY KEY, manager_id INTEGER REFERENCES staff(id), FOREIGN KEY (manager_id) REFERENCES staff(id));`,
    [
      'class Store(Base):',
      'ForeignKeyConstraint(["manager_id"], ["staff.id"])',
      'manager: Mapped[Optional["Staff"]] = relationship(back_populates="stores")',
    ],
  ],
  [
    'a self-referential junction one of whose columns carries its foreign key twice (joined on both columns)',
    `CREATE TABLE person (id INTEGER PRIMARY KEY);
     CREATE TABLE follows (follower_id INTEGER NOT NULL REFERENCES person(id), followee_id INTEGER NOT NULL REFERENCES person(id),
       FOREIGN KEY (follower_id) REFERENCES person(id), PRIMARY KEY (follower_id, followee_id));`,
    [
      'follows = Table(',
      'primaryjoin=id == follows.c.follower_id,\n        secondaryjoin=id == follows.c.followee_id,',
      'primaryjoin=id == follows.c.followee_id,\n        secondaryjoin=id == follows.c.follower_id,',
    ],
  ],
  [
    'generated columns, VIRTUAL and STORED (Computed with the expression as written)',
    `CREATE TABLE g (a INTEGER PRIMARY KEY, b INT, c TEXT, d INT GENERATED ALWAYS AS (a*abs(b)) VIRTUAL,
       e TEXT AS (substr(c, b, b + 1)) STORED, "f g" INT AS ((a + 1) * 2));`,
    [
      'd: Mapped[Optional[int]] = mapped_column(Computed("a*abs(b)", persisted=False))',
      'e: Mapped[Optional[str]] = mapped_column(Text, Computed("substr(c, b, b + 1)", persisted=True))',
      'f_g: Mapped[Optional[int]] = mapped_column("f g", Computed("(a + 1) * 2", persisted=False))',
    ],
  ],
  [
    'a default written current_timestamp in lower case (kept as written, not upper-cased by func.now())',
    'CREATE TABLE v (id INTEGER PRIMARY KEY, seen TIMESTAMP DEFAULT current_timestamp, made TIMESTAMP DEFAULT CURRENT_TIMESTAMP);',
    ['server_default=text("current_timestamp")', 'server_default=func.now()'],
  ],
  [
    'columns without a declared type (kept untyped, not given the target type)',
    `CREATE TABLE tag (id INTEGER PRIMARY KEY, label);
     CREATE TABLE note (id INTEGER PRIMARY KEY, tag_id REFERENCES tag(id));`,
    [
      'label: Mapped[Optional[Any]] = mapped_column(Untyped)',
      'tag_id: Mapped[Optional[Any]] = mapped_column(Untyped, ForeignKey("tag.id"))',
    ],
  ],
  [
    'a foreign key column typed unlike its target (the type is written out)',
    `CREATE TABLE code (id INTEGER PRIMARY KEY, tag VARCHAR(8) UNIQUE);
     CREATE TABLE use (id INTEGER PRIMARY KEY, code_tag INTEGER REFERENCES code(tag));`,
    ['code_tag: Mapped[Optional[int]] = mapped_column(Integer, ForeignKey("code.tag"))'],
  ],
  [
    'a unique pair with a payload and no primary key (mapped by the pair)',
    `CREATE TABLE a (id INTEGER PRIMARY KEY); CREATE TABLE b (id INTEGER PRIMARY KEY);
     CREATE TABLE ab (a_id INTEGER NOT NULL REFERENCES a(id), b_id INTEGER NOT NULL REFERENCES b(id), weight INTEGER, UNIQUE (a_id, b_id));`,
    ['class Ab(Base):', '__mapper_args__ = {"primary_key": [a_id, b_id]}', 'abs: Mapped[List["Ab"]] = relationship(back_populates="a")'],
  ],
];

describe('round trip of constructs from real schemas', () => {
  for (const [name, ddl, expected] of CONSTRUCTS) {
    it(`keeps ${name}`, async () => {
      const { before, after, warnings, code } = await roundTrip(ddl);
      expect(warnings, code).toEqual([]);
      expect(after, code).toEqual(before);
      for (const line of expected) expect(code).toContain(line);
    });
  }

  it('gives an untyped column back without a type, exactly', async () => {
    const { code } = await roundTrip('CREATE TABLE tag (id INTEGER PRIMARY KEY, label);');
    expect(ddlStatements(parseModels(code).metadata)).toEqual([
      'CREATE TABLE tag (\n\tid INTEGER NOT NULL, \n\tlabel , \n\tPRIMARY KEY (id)\n)',
    ]);
  });

  it('leaves a virtual table out and says why', async () => {
    const { code } = await roundTrip('CREATE TABLE a (id INTEGER PRIMARY KEY); CREATE VIRTUAL TABLE docs USING fts3(body);');
    expect(code).toContain('# docs: left out — a virtual table (CREATE VIRTUAL TABLE … USING …), which create_all() cannot create');
    expect(parseModels(code).metadata.tables.map((t) => t.name)).toEqual(['a']);
  });
});
