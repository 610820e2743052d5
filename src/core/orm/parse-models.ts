/**
 * Python → metadata: reads SQLAlchemy model code (1.x `Column`, 2.0 `Mapped`/`mapped_column`,
 * `Table(...)`, `__table_args__`, `relationship`) with `@lezer/python`, without running it.
 * Broken or unknown code gives warnings with line numbers and a partial result, never a throw.
 */
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import { msg } from '../messages/message.js';
import { type Annotation, readAnnotation, readColumn } from './column-reader.js';
import type { OrmMetadata, OrmRelationship, OrmWarning } from './metadata.js';
import { callName, childrenOf, LineMap, lastName, type PyExpr, readExpr } from './python-expr.js';
import { readRelationship } from './read-relationship.js';
import { type ExplicitItem, type PendingTable, readTableItem, resolveTables } from './resolve-tables.js';
import { type EnumClasses, isTypeExpr } from './sqlite-types.js';

/** The result of reading model code: the metadata it declares and what could not be read. */
export interface ParsedModels {
  metadata: OrmMetadata;
  warnings: OrmWarning[];
}

type Call = PyExpr & { kind: 'call' };

const ENUM_BASES = new Set(['Enum', 'IntEnum', 'StrEnum']);
const COLUMN_CALLS = new Set(['Column', 'mapped_column']);
const MAPPING_CALL = /\b(?:Column|mapped_column|relationship)\s*\(/;

interface Statement {
  node: SyntaxNode;
  target: string | null;
  annotation: PyExpr | null;
  value: PyExpr | null;
}

interface ModuleState {
  lines: LineMap;
  enums: EnumClasses;
  warnings: OrmWarning[];
  tables: PendingTable[];
  /** Python variable → table name (`enrollments = Table("enrollments", ...)`). */
  tableVars: Map<string, string>;
  /** Mapped class name → table name. */
  classTables: Map<string, string>;
  /** `UserDefinedType` subclasses: class name → the SQL their `get_col_spec()` returns. */
  userTypes: Map<string, string>;
  relationships: OrmRelationship[];
}

/** Reads SQLAlchemy model code (a whole module or a fragment without imports) into metadata. */
export function parseModels(code: string): ParsedModels {
  const lines = new LineMap(code);
  const tree = parser.parse(code);
  const state: ModuleState = {
    lines,
    enums: new Map(),
    warnings: [],
    tables: [],
    tableVars: new Map(),
    classTables: new Map(),
    userTypes: new Map(),
    relationships: [],
  };
  reportSyntaxErrors(tree.topNode, state);
  const statements = childrenOf(tree.topNode).map(unwrapDecorated);
  // Enum classes and class→table names first, so forward references (`ForeignKey`, `secondary`) resolve.
  for (const node of statements) if (node.name === 'ClassDefinition') collectClassFacts(node, state);
  for (const node of statements) {
    if (node.name === 'ClassDefinition') readClass(node, state);
    else readModuleStatement(node, state);
  }
  const tables = resolveTables(state.tables, state.tableVars, state.classTables, state.warnings);
  for (const rel of state.relationships) {
    if (rel.secondary) rel.secondary = state.tableVars.get(rel.secondary) ?? rel.secondary;
  }
  state.warnings.sort((a, b) => a.line - b.line);
  return { metadata: { tables, relationships: state.relationships }, warnings: state.warnings };
}

function reportSyntaxErrors(top: SyntaxNode, state: ModuleState): void {
  const seen = new Set<number>();
  top.cursor().iterate((n) => {
    if (!n.type.isError) return;
    const line = state.lines.lineAt(n.from);
    if (seen.has(line)) return;
    seen.add(line);
    const near = state.lines.source.slice(n.from, Math.min(n.to, n.from + 30)).trim();
    state.warnings.push({ line, message: msg('orm.python-syntax-error', { near: near || null }) });
  });
}

function unwrapDecorated(node: SyntaxNode): SyntaxNode {
  if (node.name !== 'DecoratedStatement') return node;
  return childrenOf(node).find((c) => c.name === 'ClassDefinition' || c.name === 'FunctionDefinition') ?? node;
}

function readStatement(node: SyntaxNode, lines: LineMap): Statement | null {
  if (node.name === 'ExpressionStatement') {
    const kid = childrenOf(node)[0];
    return kid ? { node, target: null, annotation: null, value: readExpr(kid, lines) } : null;
  }
  if (node.name !== 'AssignStatement') return null;
  const kids = childrenOf(node);
  const first = kids[0];
  const typeDef = kids.find((k) => k.name === 'TypeDef');
  const ops = kids.filter((k) => k.name === 'AssignOp');
  // Only `name [: annotation] [= value]`; chained or tuple targets are not model syntax.
  if (first?.name !== 'VariableName' || ops.length > 1) return null;
  const annotationNode = typeDef ? childrenOf(typeDef).find((k) => k.name !== ':') : undefined;
  const valueNode = ops.length === 1 ? kids[kids.length - 1] : undefined;
  return {
    node,
    target: lines.source.slice(first.from, first.to),
    annotation: annotationNode ? readExpr(annotationNode, lines) : null,
    value: valueNode && valueNode.name !== 'AssignOp' ? readExpr(valueNode, lines) : null,
  };
}

function classParts(node: SyntaxNode, lines: LineMap): { name: string; bases: PyExpr[]; body: SyntaxNode[] } {
  const kids = childrenOf(node);
  const nameNode = kids.find((k) => k.name === 'VariableName');
  const argList = kids.find((k) => k.name === 'ArgList');
  const body = kids.find((k) => k.name === 'Body');
  const bases = argList
    ? childrenOf(argList)
        .filter((k) => !['(', ')', ','].includes(k.name))
        .map((k) => readExpr(k, lines))
    : [];
  return {
    name: nameNode ? lines.source.slice(nameNode.from, nameNode.to) : '',
    bases,
    body: body ? childrenOf(body).map(unwrapDecorated) : [],
  };
}

function collectClassFacts(node: SyntaxNode, state: ModuleState): void {
  const { name, bases, body } = classParts(node, state.lines);
  if (bases.some((b) => ENUM_BASES.has(lastName(b) ?? ''))) {
    const members: string[] = [];
    for (const s of body) {
      const st = readStatement(s, state.lines);
      if (st?.target && st.value && !st.target.startsWith('_')) members.push(st.target);
    }
    state.enums.set(name, members);
    return;
  }
  if (bases.some((b) => lastName(b) === 'UserDefinedType')) {
    const spec = colSpec(body, state.lines);
    if (spec !== null) state.userTypes.set(name, spec);
    return;
  }
  for (const s of body) {
    const st = readStatement(s, state.lines);
    if (st?.target === '__tablename__' && st.value?.kind === 'string') state.classTables.set(name, st.value.value);
  }
}

/** What `def get_col_spec(self, **kw): return "SQL"` returns, when it is that simple; else null. */
function colSpec(body: SyntaxNode[], lines: LineMap): string | null {
  const method = body.find(
    (n) =>
      n.name === 'FunctionDefinition' &&
      childrenOf(n).some((k) => k.name === 'VariableName' && lines.source.slice(k.from, k.to) === 'get_col_spec'),
  );
  const block = method && childrenOf(method).find((k) => k.name === 'Body');
  const statements = block ? childrenOf(block).filter((k) => k.name !== ':') : [];
  const value = statements.length === 1 && statements[0]!.name === 'ReturnStatement' ? childrenOf(statements[0]!)[1] : undefined;
  const expr = value ? readExpr(value, lines) : null;
  return expr?.kind === 'string' ? expr.value : null;
}

function newTable(name: string, className: string | null, line: number): PendingTable {
  return { name, className, line, columns: [], explicit: [], sqliteAutoincrement: false, mapperKey: null, lateIndexes: [] };
}

/** Module level: `x = Table(...)`, bare `Table(...)`, `Index(...)`; other statements are not model code. */
function readModuleStatement(node: SyntaxNode, state: ModuleState): void {
  const st = readStatement(node, state.lines);
  if (st?.value?.kind !== 'call') return;
  const name = callName(st.value);
  if (name === 'Table') {
    const table = readTableCall(st.value, state);
    if (table && st.target) state.tableVars.set(st.target, table.name);
  } else if (name === 'Index') {
    readModuleIndex(st.value, state);
  }
}

function readTableCall(call: Call, state: ModuleState): PendingTable | null {
  const [nameArg, , ...items] = call.args;
  if (nameArg?.kind !== 'string') {
    state.warnings.push({ line: call.line, message: msg('orm.table-without-name') });
    return null;
  }
  const table = newTable(nameArg.value, null, call.line);
  const ctx = { enums: state.enums, userTypes: state.userTypes, warnings: state.warnings };
  for (const item of items) {
    const itemName = callName(item);
    if (itemName === 'Column') {
      const col = readColumn('', item as Call, null, item.line, ctx);
      if (!col.name) state.warnings.push({ line: item.line, message: msg('orm.column-without-name') });
      else table.columns.push(col);
    } else {
      const explicit = readTableItem(item, state.warnings);
      if (explicit) table.explicit.push(explicit);
    }
  }
  for (const [key, value] of call.kwargs) {
    if (key === 'sqlite_autoincrement') table.sqliteAutoincrement = value.kind === 'bool' && value.value;
  }
  state.tables.push(table);
  return table;
}

/** `Index("ix_name", table.c.col)` or `Index("ix", Model.col)` after the table: created after its columns. */
function readModuleIndex(call: Call, state: ModuleState): void {
  const item = readTableItem(call, state.warnings);
  const owner = call.args[1]?.kind === 'name' ? call.args[1].path[0]! : '';
  const tableName = state.tableVars.get(owner) ?? state.classTables.get(owner);
  const table = state.tables.find((t) => t.name === tableName);
  if (item?.kind !== 'index' || !table) {
    state.warnings.push({ line: call.line, message: msg('orm.index-without-table', { text: call.text.slice(0, 40) }) });
    return;
  }
  table.lateIndexes.push(item);
}

/**
 * SQLAlchemy orders a class's attributes by merging `vars(cls)` (assigned names) with
 * `__annotations__` (annotated names); this is its `merge_lists_w_ordering`.
 */
export function mergeOrdering(assigned: string[], annotated: string[]): string[] {
  const overlap = new Set(assigned.filter((a) => annotated.includes(a)));
  const result: string[] = [];
  let current = assigned[Symbol.iterator]();
  let other = annotated[Symbol.iterator]();
  for (;;) {
    let switched = false;
    for (let next = current.next(); !next.done; next = current.next()) {
      if (overlap.has(next.value)) {
        overlap.delete(next.value);
        [current, other] = [other, current];
        switched = true;
        break;
      }
      result.push(next.value);
    }
    if (!switched) {
      for (let next = other.next(); !next.done; next = other.next()) result.push(next.value);
      return result;
    }
  }
}

function readClass(node: SyntaxNode, state: ModuleState): void {
  const { name, bases, body } = classParts(node, state.lines);
  if (state.enums.has(name) || state.userTypes.has(name)) return;
  const tableName = state.classTables.get(name);
  const statements = body.map((s) => readStatement(s, state.lines)).filter((s): s is Statement => s !== null);
  const attrs = new Map<string, Statement>();
  const assigned: string[] = [];
  const annotated: string[] = [];
  for (const st of statements) {
    if (!st.target) continue;
    if (st.value && !assigned.includes(st.target)) assigned.push(st.target);
    if (st.annotation && !annotated.includes(st.target)) annotated.push(st.target);
    attrs.set(st.target, st);
  }
  if (tableName === undefined) {
    const mapsSomething = statements.some(
      (s) => readAnnotation(s.annotation ?? noExpr) || COLUMN_CALLS.has(callName(s.value ?? noExpr) ?? ''),
    );
    const inherits = bases.some((b) => state.classTables.has(lastName(b) ?? ''));
    if (mapsSomething) {
      state.warnings.push({
        line: state.lines.lineAt(node.from),
        message: msg('orm.class-without-tablename', { className: name, reason: inherits ? 'inheritance' : 'mixin' }),
      });
    }
    return;
  }
  for (const base of bases) {
    const baseName = lastName(base);
    if (baseName && baseName !== 'Base' && !state.classTables.has(baseName) && attrsOfMixin(baseName)) {
      state.warnings.push({ line: base.line, message: msg('orm.inherited-columns', { base: baseName }) });
    }
  }
  const table = newTable(tableName, name, state.lines.lineAt(node.from));
  const ctx = { enums: state.enums, userTypes: state.userTypes, warnings: state.warnings };
  for (const key of mergeOrdering(assigned, annotated)) {
    const st = attrs.get(key)!;
    if (key.startsWith('__') && key.endsWith('__')) {
      if (key === '__table_args__' && st.value) readTableArgs(st.value, table, state);
      else if (key === '__mapper_args__' && st.value) table.mapperKey = mapperKey(st.value);
      else if (key === '__table__') state.warnings.push({ line: st.value?.line ?? 0, message: msg('orm.table-attribute') });
      continue;
    }
    const annotation = st.annotation ? readAnnotation(st.annotation) : null;
    const value = st.value;
    const valueCall = value?.kind === 'call' ? callName(value) : null;
    const line = state.lines.lineAt(st.node.from);
    if (valueCall === 'relationship') {
      state.relationships.push(readRelationship(name, key, value as Call, annotation, state.classTables));
    } else if (valueCall && COLUMN_CALLS.has(valueCall)) {
      table.columns.push(readColumn(key, value as Call, annotation, line, ctx));
    } else if (!value && annotation) {
      readAnnotationOnly(name, key, annotation, line, table, state);
    } else if (value && (annotation || MAPPING_CALL.test(value.text) || ORM_CONSTRUCTS.has(valueCall ?? '') || hasColumnParts(value))) {
      // A conditional, a helper or an ORM construct around mapped_column() may hide a column; plain
      // constants (`LIMIT = 10`, `DEFAULT_PUBDATE = datetime(2000, 1, 1)`) are ordinary class
      // attributes that SQLAlchemy ignores too, so they stay quiet.
      if (value.kind === 'call' && valueCall !== null) {
        state.warnings.push({ line, message: msg('orm.unknown-call', { key, callee: valueCall }) });
        continue;
      }
      const shown = value.text.replace(/\s+/g, ' ');
      const expression = shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
      state.warnings.push({ line, message: msg('orm.unknown-expression', { key, expression }) });
    }
  }
  state.tables.push(table);
}

const noExpr: PyExpr = { kind: 'other', line: 0, text: '' };

/** ORM attribute constructs this reader does not interpret: each may add a column or a mapping. */
const ORM_CONSTRUCTS = new Set([
  'column_property',
  'deferred',
  'synonym',
  'composite',
  'query_expression',
  'declared_attr',
  'dynamic_loader',
  'relation',
]);

/** True for a call with a SQLAlchemy type or a `ForeignKey()` among its arguments (`mapped_colum(String(5))`). */
function hasColumnParts(expr: PyExpr): boolean {
  if (expr.kind !== 'call') return false;
  return [...expr.args, ...expr.kwargs.values()].some((a) => isTypeExpr(a) || callName(a) === 'ForeignKey' || hasColumnParts(a));
}

/** The column names of `{"primary_key": [a, b]}` (names, strings or `Model.a`), or null. */
function mapperKey(value: PyExpr): string[] | null {
  if (value.kind !== 'dict') return null;
  const entry = value.entries.find(([k]) => k.kind === 'string' && k.value === 'primary_key');
  const list = entry?.[1];
  const items = list?.kind === 'list' || list?.kind === 'tuple' ? list.items : list ? [list] : [];
  const names = items.map((i) => (i.kind === 'string' ? i.value : i.kind === 'name' ? i.path[i.path.length - 1]! : null));
  return names.length && names.every((n) => n !== null) ? (names as string[]) : null;
}

/** Whether a base class is worth a warning: anything but the usual declarative plumbing. */
function attrsOfMixin(baseName: string): boolean {
  return !['DeclarativeBase', 'DeclarativeBaseNoMeta', 'MappedAsDataclass', 'object', 'AsyncAttrs'].includes(baseName);
}

/** `x: Mapped[int]` alone is a column; `x: Mapped["Other"]` alone is an error SQLAlchemy reports too. */
function readAnnotationOnly(
  className: string,
  key: string,
  annotation: Annotation,
  line: number,
  table: PendingTable,
  state: ModuleState,
): void {
  const ctx = { enums: state.enums, userTypes: state.userTypes, warnings: state.warnings };
  const isClass = annotation.name !== null && (state.classTables.has(annotation.name) || annotation.collection);
  if (isClass) {
    state.warnings.push({ line, message: msg('orm.annotation-without-relationship', { className, key }) });
    return;
  }
  table.columns.push(readColumn(key, null, annotation, line, ctx));
}

function readTableArgs(value: PyExpr, table: PendingTable, state: ModuleState): void {
  const items = value.kind === 'tuple' || value.kind === 'list' ? value.items : [value];
  for (const item of items) {
    if (item.kind === 'dict') {
      for (const [k, v] of item.entries) {
        if (k.kind === 'string' && k.value === 'sqlite_autoincrement') table.sqliteAutoincrement = v.kind === 'bool' && v.value;
      }
      continue;
    }
    const explicit: ExplicitItem | null = readTableItem(item, state.warnings);
    if (explicit) table.explicit.push(explicit);
  }
}
