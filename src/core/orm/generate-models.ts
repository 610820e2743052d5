/**
 * Live schema → SQLAlchemy 2.0 models: a complete module (imports, `Base`, one class per entity,
 * `Table(...)` for plain junctions) whose `create_all()` rebuilds the same tables, keys and FKs.
 */
import type { Language } from '../messages/language.js';
import { renderMessage, say } from '../messages/renderer.js';
import { distinctForeignKeys } from '../relations/foreign-keys.js';
import type { ForeignKeyRelationship, ManyToManyRelationship, Relations } from '../relations/types.js';
import type { ForeignKey, Schema, Table } from '../schema/types.js';
import { generatedExpressions } from './generated-columns.js';
import { className, plural, pyString, pythonIdent, singular } from './naming.js';
import { actions, type ColumnFacts, foreignKeyCall, type Imports, mappedColumnLine, tableColumnLine, UNTYPED } from './python-columns.js';
import { manyToManyOf, mapTables, type TableMapping } from './table-mapping.js';

interface Model {
  table: Table;
  /** Null when the table is written as `Table(...)` (plain junctions, tables without a key). */
  className: string | null;
  variable: string;
  /** Attribute name per column name. */
  attrs: Map<string, string>;
  relationLines: string[];
  comments: string[];
  mapping: TableMapping;
}

/** Names the module imports or defines itself: a table must not turn into a class that shadows them. */
const RESERVED_CLASS_NAMES = `Base BigInteger Boolean CHAR CLOB Column DECIMAL DOUBLE_PRECISION Date DateTime DeclarativeBase Double Float
ForeignKey ForeignKeyConstraint Index Integer JSON LargeBinary List Mapped NCHAR NVARCHAR Numeric Optional
Computed PrimaryKeyConstraint REAL SmallInteger String TIMESTAMP Table Text Time UniqueConstraint Any UserDefinedType ${UNTYPED}`.split(
  /\s+/,
);

const stripId = (column: string): string => column.replace(/_?id$/i, '') || column;

function sameSet(a: readonly (string | null)[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => x !== null && b.includes(x));
}

/**
 * Generates a runnable SQLAlchemy 2.0 module for `schema`, shaped by the inferred `relations`; its
 * docstring and comments are written in `lang`.
 */
export function generateModels(schema: Schema, relations: Relations, lang: Language = 'en'): string {
  const imports: Imports = { sqlalchemy: new Set(), typing: new Set(), modules: new Set() };
  const manyToMany = manyToManyOf(relations);
  const models = new Map<string, Model>();
  const leftOut: string[] = [];
  const usedClassNames = new Set<string>(RESERVED_CLASS_NAMES);
  const mappings = mapTables(schema, relations);
  for (const [i, table] of schema.tables.entries()) {
    const mapping = mappings[i]!;
    if (mapping.form === 'left-out') {
      leftOut.push(`# ${renderMessage(mapping.reason, lang)}`);
      continue;
    }
    let name: string | null = null;
    if (mapping.form === 'class') {
      name = className(table.name);
      while (usedClassNames.has(name)) name += '_';
      usedClassNames.add(name);
    }
    const attrs = new Map(table.columns.map((c) => [c.name, pythonIdent(c.name)]));
    const comments = [`# ${renderMessage(mapping.reason, lang)}`];
    models.set(table.name, { table, className: name, variable: pythonIdent(table.name), attrs, relationLines: [], comments, mapping });
  }
  const freeName = (model: Model, wanted: string): string => {
    let name = pythonIdent(wanted);
    const taken = new Set([...model.attrs.values(), ...model.relationLines.map((l) => l.split(':')[0]!)]);
    while (taken.has(name)) name += '_';
    return name;
  };

  for (const rel of manyToMany) {
    const junction = models.get(rel.junction);
    if (!junction || junction.className !== null) continue;
    const [fkA, fkB] = junctionKeys(junction.table, rel);
    const a = models.get(rel.between[0]);
    const b = models.get(rel.between[1]);
    if (!fkA || !fkB || !a?.className || !b?.className) continue;
    if (rel.pattern === 'surrogate-key') junction.comments.push(...surrogateComment(junction.table, fkA, fkB, lang));
    imports.sqlalchemy.add('Table');
    imports.typing.add('List');
    const col = (fk: ForeignKey) => columnRef(junction.variable, fk.columns[0]!);
    if (a === b) {
      // Self-referential: two collections on one class, each naming its join explicitly.
      const pk = a.attrs.get(a.table.primaryKey[0]!)!;
      const one = freeName(a, plural(stripId(fkB.columns[0]!)));
      const two = freeName(a, plural(stripId(fkA.columns[0]!)));
      const line = (name: string, from: ForeignKey, to: ForeignKey, back: string) =>
        `${name}: Mapped[List["${a.className}"]] = relationship(\n        "${a.className}",\n        secondary=${junction.variable},\n        primaryjoin=${pk} == ${col(from)},\n        secondaryjoin=${pk} == ${col(to)},\n        back_populates=${pyString(back)},\n    )`;
      a.relationLines.push(line(one, fkA, fkB, two), line(two, fkB, fkA, one));
      continue;
    }
    const onA = freeName(a, plural(singular(b.table.name)));
    const onB = freeName(b, plural(singular(a.table.name)));
    a.relationLines.push(
      `${onA}: Mapped[List["${b.className}"]] = relationship(secondary=${junction.variable}, back_populates=${pyString(onB)})`,
    );
    b.relationLines.push(
      `${onB}: Mapped[List["${a.className}"]] = relationship(secondary=${junction.variable}, back_populates=${pyString(onA)})`,
    );
  }

  const foreignKeyRelationships = relations.relationships.filter(
    (r): r is ForeignKeyRelationship => r.kind === 'many-to-one' || r.kind === 'one-to-one',
  );
  for (const rel of foreignKeyRelationships) {
    const child = models.get(rel.from);
    const parent = models.get(rel.to);
    if (!child?.className || !parent?.className) continue;
    // Two foreign-key paths between the same two tables, in either direction (staff.store_id and
    // store.manager_staff_id), leave SQLAlchemy unable to choose a join: name the columns.
    const paths = foreignKeyRelationships.filter(
      (r) => (r.from === rel.from && r.to === rel.to) || (r.from === rel.to && r.to === rel.from),
    );
    const selfRef = child === parent;
    const ambiguous = paths.length > 1 || selfRef;
    const fkAttrs = rel.fromColumns.map((c) => child.attrs.get(c)!);
    const childAttr = freeName(
      child,
      rel.fromColumns.length === 1 && /_?id$/i.test(rel.fromColumns[0]!) ? stripId(rel.fromColumns[0]!) : singular(parent.table.name),
    );
    const many = rel.kind === 'many-to-one';
    let parentAttr = many ? plural(singular(child.table.name)) : singular(child.table.name);
    if (ambiguous) parentAttr = selfRef && childAttr === 'parent' ? 'children' : `${parentAttr}_by_${childAttr}`;
    parentAttr = freeName(parent, parentAttr);
    const nullable = rel.fromColumns.some((c) => !child.table.columns.find((x) => x.name === c)?.notNull);
    imports.typing.add(many ? 'List' : 'Optional');
    if (nullable) imports.typing.add('Optional');
    const childArgs = [`back_populates=${pyString(parentAttr)}`];
    const parentArgs = [`back_populates=${pyString(childAttr)}`];
    if (ambiguous) {
      childArgs.push(`foreign_keys=[${fkAttrs.join(', ')}]`);
      parentArgs.push(`foreign_keys=${pyString(`[${fkAttrs.map((a) => `${child.className}.${a}`).join(', ')}]`)}`);
    }
    if (selfRef) childArgs.push(`remote_side=[${parent.table.primaryKey.map((c) => parent.attrs.get(c)!).join(', ')}]`);
    const childType = nullable ? `Optional["${parent.className}"]` : `"${parent.className}"`;
    child.relationLines.push(`${childAttr}: Mapped[${childType}] = relationship(${childArgs.join(', ')})`);
    const parentType = many ? `List["${child.className}"]` : `Optional["${child.className}"]`;
    parent.relationLines.push(`${parentAttr}: Mapped[${parentType}] = relationship(${parentArgs.join(', ')})`);
  }

  const tableBlocks: string[] = [];
  const classBlocks: string[] = [];
  for (const model of models.values()) {
    if (model.className) classBlocks.push(classBlock(model, schema, imports));
    else tableBlocks.push(tableBlock(model, schema, imports));
  }
  const base = ['class Base(DeclarativeBase):\n    pass\n'];
  if (imports.sqlalchemy.has(UNTYPED)) {
    base.push(`class ${UNTYPED}(UserDefinedType):\n    cache_ok = True\n\n    def get_col_spec(self, **kw):\n        return ""\n`);
  }
  if (leftOut.length) base.push(`${leftOut.join('\n')}\n`);
  return [header(imports, lang), ...base, ...tableBlocks, ...classBlocks].join('\n\n');
}

function columnRef(variable: string, column: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(column) ? `${variable}.c.${column}` : `${variable}.c[${pyString(column)}]`;
}

/** The junction's two FKs, ordered as `between`. */
function junctionKeys(junction: Table, rel: ManyToManyRelationship): [ForeignKey | undefined, ForeignKey | undefined] {
  const links = distinctForeignKeys(junction);
  const first = links.find((fk) => fk.table === rel.between[0]);
  const second = links.find((fk) => fk !== first && fk.table === rel.between[1]);
  return [first, second];
}

function surrogateComment(table: Table, a: ForeignKey, b: ForeignKey, lang: Language): string[] {
  const pair = [...a.columns, ...b.columns];
  const keyed = table.indexes.some((i) => i.unique && !i.partial && sameSet(i.columns, pair));
  const head = `# ${say(lang, 'orm.surrogate-key-junction', { key: table.primaryKey[0] ?? '' })}`;
  const fix = `UniqueConstraint(${pair.map(pyString).join(', ')})`;
  return keyed
    ? [head, `# ${say(lang, 'orm.pair-kept-unique', { columns: pair })}`]
    : [head, `# ${say(lang, 'orm.pair-not-unique', { columns: pair, fix })}`];
}

/** Column facts plus the table-level items (`__table_args__` / extra `Table` arguments). */
function describeTable(model: Model, schema: Schema, imports: Imports): { facts: ColumnFacts[]; extras: string[] } {
  const { table } = model;
  const extras: string[] = [];
  const singleFk = new Map<string, ForeignKey>();
  for (const fk of table.foreignKeys) {
    const target = schema.tables.find((t) => t.name === fk.table);
    if (fk.columns.length === 1 && !singleFk.has(fk.columns[0]!)) singleFk.set(fk.columns[0]!, fk);
    else {
      imports.sqlalchemy.add('ForeignKeyConstraint');
      const to = fk.toColumns.length ? fk.toColumns : (target?.primaryKey ?? []);
      extras.push(
        `ForeignKeyConstraint([${fk.columns.map(pyString).join(', ')}], [${to.map((c) => pyString(`${fk.table}.${c}`)).join(', ')}]${actions(fk)})`,
      );
    }
  }
  const pkInColumnOrder = table.columns.filter((c) => c.pkPosition > 0).map((c) => c.name);
  const pkAsFlags = pkInColumnOrder.join('\0') === table.primaryKey.join('\0');
  if (!pkAsFlags) {
    imports.sqlalchemy.add('PrimaryKeyConstraint');
    extras.push(`PrimaryKeyConstraint(${table.primaryKey.map(pyString).join(', ')})`);
  }
  const uniqueCols = new Set<string>();
  const indexCols = new Set<string>();
  for (const index of table.indexes) {
    if (index.origin === 'pk' || index.partial || index.columns.some((c) => c === null)) continue;
    const cols = index.columns as string[];
    const flagName = cols.length === 1 && index.name === `ix_${table.name}_${cols[0]}`;
    if (flagName) {
      indexCols.add(cols[0]!);
      if (index.unique) uniqueCols.add(cols[0]!);
    } else if (index.origin === 'u' && cols.length === 1) uniqueCols.add(cols[0]!);
    else if (index.origin === 'u') {
      imports.sqlalchemy.add('UniqueConstraint');
      extras.push(`UniqueConstraint(${cols.map(pyString).join(', ')})`);
    } else {
      imports.sqlalchemy.add('Index');
      extras.push(`Index(${[index.name, ...cols].map(pyString).join(', ')}${index.unique ? ', unique=True' : ''})`);
    }
  }
  const rowidAlias = table.primaryKey.length === 1 && !table.withoutRowid;
  const targetType = (fk: ForeignKey | undefined): string | null => {
    const target = fk && schema.tables.find((t) => t.name === fk.table);
    const to = fk && (fk.toColumns[0] ?? target?.primaryKey[0]);
    return target?.columns.find((c) => c.name === to)?.type ?? null;
  };
  const expressions = generatedExpressions(table.sql);
  const facts = table.columns
    .filter((c) => c.kind !== 'hidden')
    .map((column): ColumnFacts => {
      const expression = column.kind === 'normal' ? undefined : expressions.get(column.name.toLowerCase());
      const fk = singleFk.get(column.name);
      const primaryKey = pkAsFlags && column.pkPosition > 0;
      const isRowid = rowidAlias && column.pkPosition > 0 && column.type.toUpperCase() === 'INTEGER';
      return {
        column,
        foreignKey: fk
          ? foreignKeyCall(
              fk,
              schema.tables.find((t) => t.name === fk.table),
              imports,
            )
          : null,
        targetType: targetType(fk),
        primaryKey,
        keyColumn: column.pkPosition > 0,
        unique: uniqueCols.has(column.name),
        index: indexCols.has(column.name),
        nullable: !column.notNull && !isRowid && !(column.pkPosition > 0 && table.withoutRowid),
        computed: expression === undefined ? null : { sql: expression, stored: column.kind === 'generated-stored' },
      };
    });
  return { facts, extras };
}

function classBlock(model: Model, schema: Schema, imports: Imports): string {
  const { facts, extras } = describeTable(model, schema, imports);
  const lines = [...model.comments, `class ${model.className}(Base):`, `    __tablename__ = ${pyString(model.table.name)}`];
  if (extras.length) lines.push(`    __table_args__ = (${extras.join(', ')}${extras.length === 1 ? ',' : ''})`);
  lines.push('');
  for (const f of facts) lines.push(`    ${mappedColumnLine(model.attrs.get(f.column.name)!, f, imports)}`);
  const mapperKey = model.mapping.mapperKey;
  if (mapperKey) lines.push(`    __mapper_args__ = {"primary_key": [${mapperKey.map((c) => model.attrs.get(c)!).join(', ')}]}`);
  for (const line of model.relationLines) lines.push(`    ${line}`);
  if (model.relationLines.length) imports.sqlalchemy.add('__relationship__');
  return `${lines.join('\n')}\n`;
}

function tableBlock(model: Model, schema: Schema, imports: Imports): string {
  imports.sqlalchemy.add('Table');
  const { facts, extras } = describeTable(model, schema, imports);
  const comments = [...model.comments];
  const items = [pyString(model.table.name), 'Base.metadata', ...facts.map((f) => tableColumnLine(f, imports)), ...extras];
  return `${[...comments, `${model.variable} = Table(`].join('\n')}\n${items.map((i) => `    ${i},`).join('\n')}\n)\n`;
}

function header(imports: Imports, lang: Language): string {
  const orm = ['DeclarativeBase', 'Mapped', 'mapped_column'];
  if (imports.sqlalchemy.has('__relationship__')) orm.push('relationship');
  const core = [...imports.sqlalchemy].filter((n) => !n.startsWith('__') && n !== UNTYPED).sort((a, b) => a.localeCompare(b));
  const lines = [`"""${say(lang, 'orm.generated-module')}"""`];
  const modules = [...imports.modules].sort();
  if (modules.length) lines.push('', ...modules.map((m) => `import ${m}`));
  if (imports.typing.size) lines.push(...(modules.length ? [] : ['']), `from typing import ${[...imports.typing].sort().join(', ')}`);
  lines.push('');
  if (core.length) lines.push(`from sqlalchemy import ${core.join(', ')}`);
  lines.push(`from sqlalchemy.orm import ${orm.join(', ')}`);
  if (imports.sqlalchemy.has(UNTYPED)) lines.push('from sqlalchemy.types import UserDefinedType');
  return `${lines.join('\n')}\n`;
}
