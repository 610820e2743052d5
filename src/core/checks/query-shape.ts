/**
 * The shape of a SELECT, read from the lezer tree of @codemirror/lang-sql's SQLite grammar (the one
 * the editor highlights with): the tables it uses, its column = column conditions, and the GROUP BY,
 * ORDER BY and count() of its outermost query, with aliases resolved against the schema.
 */
import { SQLite } from '@codemirror/lang-sql';
import type { SyntaxNode } from '@lezer/common';
import { findTable } from '../schema/keys.js';
import type { Schema, Table } from '../schema/types.js';

/** A column as `table.column` (schema spelling); `table` is null when it cannot be told. */
export interface ColumnRef {
  table: string | null;
  column: string;
}

/** What hints by kind of mistake compare between the learner's query and the solution. */
export interface QueryShape {
  /** Schema tables read anywhere in the statement (subqueries and CTEs too), schema spelling. */
  tables: string[];
  /** `a = b` between two columns, in ON and WHERE clauses at any depth. */
  equalities: [ColumnRef, ColumnRef][];
  /** The outermost query has a LEFT, RIGHT or FULL join. */
  outerJoin: boolean;
  /** count(*) in the outermost select list. */
  countStar: boolean;
  /** The columns counted with count(column) in the outermost select list. */
  counted: ColumnRef[];
  groupBy: ColumnRef[];
  orderBy: ColumnRef[];
  /** The outermost query ends in ORDER BY … LIMIT. */
  limited: boolean;
}

type Clause = 'none' | 'select' | 'from' | 'on' | 'where' | 'group' | 'having' | 'order' | 'limit' | 'other';

const CLAUSES: Record<string, Clause> = {
  SELECT: 'select',
  FROM: 'from',
  JOIN: 'from',
  ON: 'on',
  USING: 'other',
  WHERE: 'where',
  GROUP: 'group',
  HAVING: 'having',
  ORDER: 'order',
  LIMIT: 'limit',
  OFFSET: 'limit',
  WINDOW: 'other',
  UNION: 'other',
  EXCEPT: 'other',
  INTERSECT: 'other',
  VALUES: 'other',
  RETURNING: 'other',
};

/** Words after a table name that are not its alias. */
const NOT_ALIAS = new Set(['LEFT', 'RIGHT', 'FULL', 'INNER', 'OUTER', 'CROSS', 'NATURAL', 'INDEXED', 'NOT']);

interface Scope {
  sql: string;
  schema: Schema;
  aliases: Map<string, string>;
  tables: Set<string>;
  raw: {
    equalities: [RawRef, RawRef][];
    group: RawRef[];
    order: (RawRef | number)[];
    counted: RawRef[];
    select: (RawRef | null)[];
    selectAliases: Map<string, number>;
  };
  outerJoin: boolean;
  countStar: boolean;
  limited: boolean;
}

/** A column as written: its qualifier (alias or table) and name, lower-cased. */
interface RawRef {
  qualifier: string | null;
  column: string;
}

/** The shape of the last statement of `sql` (the one whose rows are compared). */
export function queryShape(sql: string, schema: Schema): QueryShape {
  const tree = SQLite.language.parser.parse(sql);
  const statements = tree.topNode.getChildren('Statement');
  const statement = statements.at(-1);
  const scope: Scope = {
    sql,
    schema,
    aliases: new Map(),
    tables: new Set(),
    raw: { equalities: [], group: [], order: [], counted: [], select: [], selectAliases: new Map() },
    outerJoin: false,
    countStar: false,
    limited: false,
  };
  if (statement) readScope(scope, children(statement), true);
  const resolve = (ref: RawRef) => resolveRef(scope, ref);
  const orderBy = scope.raw.order
    .map((term) => (typeof term === 'number' ? (scope.raw.select[term - 1] ?? null) : term))
    .filter((t): t is RawRef => t !== null)
    .map((t) => {
      const index = t.qualifier === null ? scope.raw.selectAliases.get(t.column) : undefined;
      const target = index === undefined ? t : scope.raw.select[index];
      return target ? resolve(target) : null;
    })
    .filter((t): t is ColumnRef => t !== null);
  return {
    tables: [...scope.tables],
    equalities: scope.raw.equalities.map(([a, b]) => [resolve(a), resolve(b)]),
    outerJoin: scope.outerJoin,
    countStar: scope.countStar,
    counted: scope.raw.counted.map(resolve),
    groupBy: scope.raw.group
      .map((g) => (g.qualifier === null && /^\d+$/.test(g.column) ? (scope.raw.select[Number(g.column) - 1] ?? null) : g))
      .filter((g): g is RawRef => g !== null)
      .map(resolve),
    orderBy,
    limited: scope.limited,
  };
}

/** A node's children, comments and the statement's closing `;` left out. */
function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.name !== 'LineComment' && child.name !== 'BlockComment' && child.name !== ';') out.push(child);
  }
  return out;
}

/** Reads the tokens of one query level; `top` records its clauses (a subquery only adds tables and conditions). */
function readScope(scope: Scope, nodes: SyntaxNode[], top: boolean): void {
  let clause: Clause = 'none';
  let expectTable = false;
  let sawOrder = false;
  let item: SyntaxNode[] = [];
  const text = (n: SyntaxNode) => scope.sql.slice(n.from, n.to);
  const flushItem = () => {
    if (top && clause === 'select') readSelectItem(scope, item);
    if (top && clause === 'group') pushTerm(scope, item, scope.raw.group);
    if (top && clause === 'order') {
      const first = item[0];
      if (first?.name === 'Number' && item.length <= 2) scope.raw.order.push(Number(text(first)));
      else pushTerm(scope, item, scope.raw.order);
    }
    item = [];
  };
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const word = node.name === 'Keyword' ? text(node).toUpperCase() : '';
    if (word === 'WITH' && clause === 'none') continue;
    if (word in CLAUSES) {
      flushItem();
      clause = CLAUSES[word]!;
      expectTable = clause === 'from';
      if (top && clause === 'order') sawOrder = true;
      if (top && clause === 'limit' && sawOrder) scope.limited = true;
      continue;
    }
    if (word === 'BY') continue;
    if (top && (word === 'LEFT' || word === 'RIGHT' || word === 'FULL')) scope.outerJoin = true;
    if (node.name === 'Parens' || node.name === 'Brackets') {
      const name = node.name === 'Brackets' ? identifierOf(scope.sql, node) : null;
      if (name === null) {
        readScope(scope, children(node).slice(1, -1), false);
        if (clause === 'from') expectTable = false;
        if (clause === 'select' || clause === 'group' || clause === 'order') item.push(node);
        continue;
      }
    }
    if (node.name === 'Punctuation' && text(node) === ',') {
      flushItem();
      if (clause === 'from') expectTable = true;
      continue;
    }
    if (clause === 'from' && expectTable) {
      const name = nameOf(scope.sql, node);
      if (name !== null) {
        expectTable = false;
        const table = findTable(scope.schema, name.split('.').at(-1)!);
        if (table) scope.tables.add(table.name);
        const alias = aliasAfter(scope.sql, nodes, i);
        scope.aliases.set((alias ?? name.split('.').at(-1)!).toLowerCase(), table?.name ?? name);
        continue;
      }
    }
    if ((clause === 'on' || clause === 'where' || clause === 'having') && node.name === 'Operator' && text(node) === '=') {
      const left = refOf(scope.sql, nodes[i - 1]);
      const right = refOf(scope.sql, nodes[i + 1]);
      if (left && right) scope.raw.equalities.push([left, right]);
      continue;
    }
    item.push(node);
  }
  flushItem();
}

/** A table name token (plain, quoted, `[bracketed]` or `schema.table`), or null. */
function nameOf(sql: string, node: SyntaxNode): string | null {
  if (node.name === 'Identifier' || node.name === 'QuotedIdentifier') return unquote(sql.slice(node.from, node.to));
  if (node.name === 'Brackets') return identifierOf(sql, node);
  if (node.name === 'CompositeIdentifier') {
    const parts = children(node).filter((c) => c.name !== '.');
    return parts.map((p) => unquote(sql.slice(p.from, p.to))).join('.');
  }
  return null;
}

/** `[name]` read as an identifier; null when the brackets hold anything else. */
function identifierOf(sql: string, node: SyntaxNode): string | null {
  const inner = children(node).slice(1, -1);
  return inner.length === 1 && inner[0]!.name === 'Identifier' ? sql.slice(inner[0]!.from, inner[0]!.to) : null;
}

/** The alias after the table at `at`: `t AS x` or `t x`. */
function aliasAfter(sql: string, nodes: SyntaxNode[], at: number): string | null {
  let next = nodes[at + 1];
  if (next?.name === 'Keyword' && sql.slice(next.from, next.to).toUpperCase() === 'AS') next = nodes[at + 2];
  if (!next || (next.name !== 'Identifier' && next.name !== 'QuotedIdentifier')) return null;
  const word = sql.slice(next.from, next.to);
  return NOT_ALIAS.has(word.toUpperCase()) ? null : unquote(word);
}

function unquote(word: string): string {
  const first = word[0];
  if (first === '"' || first === '`') return word.slice(1, -1).replaceAll(first + first, first);
  if (first === '[') return word.slice(1, -1);
  return word;
}

/** A column reference token (`col`, `t.col`, `"t"."col"`), lower-cased; null for anything else. */
function refOf(sql: string, node: SyntaxNode | undefined): RawRef | null {
  if (!node) return null;
  if (node.name === 'Identifier' || node.name === 'QuotedIdentifier')
    return { qualifier: null, column: unquote(sql.slice(node.from, node.to)).toLowerCase() };
  if (node.name === 'Brackets') {
    const name = identifierOf(sql, node);
    return name === null ? null : { qualifier: null, column: name.toLowerCase() };
  }
  if (node.name !== 'CompositeIdentifier') return null;
  const parts = children(node)
    .filter((c) => c.name !== '.')
    .map((p) => unquote(sql.slice(p.from, p.to)).toLowerCase());
  if (parts.length < 2) return null;
  return { qualifier: parts.at(-2)!, column: parts.at(-1)! };
}

/** A GROUP BY or ORDER BY term that is one column (optionally with ASC/DESC/COLLATE/NULLS …). */
function pushTerm(scope: Scope, item: SyntaxNode[], into: (RawRef | number)[]): void {
  const ref = refOf(scope.sql, item[0]);
  if (!ref) return;
  const rest = item.slice(1).map((n) => scope.sql.slice(n.from, n.to).toUpperCase());
  if (rest.every((w) => ['ASC', 'DESC', 'NULLS', 'FIRST', 'LAST', 'COLLATE', 'NOCASE', 'BINARY', 'RTRIM'].includes(w))) into.push(ref);
}

/** One item of the outermost select list: a bare column (kept for positions and aliases) or a count(). */
function readSelectItem(scope: Scope, item: SyntaxNode[]): void {
  const words = item.map((n) => scope.sql.slice(n.from, n.to));
  let alias: string | null = null;
  let body = item;
  const asAt = words.findIndex((w) => w.toUpperCase() === 'AS');
  if (asAt !== -1 && asAt === item.length - 2) {
    alias = unquote(words[asAt + 1]!).toLowerCase();
    body = item.slice(0, asAt);
  }
  const index = scope.raw.select.length;
  if (alias !== null) scope.raw.selectAliases.set(alias, index);
  const ref = body.length === 1 ? refOf(scope.sql, body[0]) : null;
  scope.raw.select.push(ref);
  for (let i = 0; i < body.length - 1; i++) {
    const node = body[i]!;
    if (scope.sql.slice(node.from, node.to).toLowerCase() !== 'count' || body[i + 1]!.name !== 'Parens') continue;
    const inside = children(body[i + 1]!).slice(1, -1);
    const content = inside.map((n) => scope.sql.slice(n.from, n.to).toUpperCase());
    if (content.length === 1 && content[0] === '*') scope.countStar = true;
    else {
      const column = refOf(scope.sql, inside.at(-1));
      if (column) scope.raw.counted.push(column);
    }
  }
}

/** `ref` with its qualifier resolved to a schema table, or its table found among the tables used. */
function resolveRef(scope: Scope, ref: RawRef): ColumnRef {
  const schemaColumn = (table: Table) => table.columns.find((c) => c.name.toLowerCase() === ref.column)?.name;
  if (ref.qualifier !== null) {
    const tableName = scope.aliases.get(ref.qualifier) ?? ref.qualifier;
    const table = findTable(scope.schema, tableName);
    return { table: table?.name ?? null, column: (table && schemaColumn(table)) ?? ref.column };
  }
  const owners = [...scope.tables].map((name) => findTable(scope.schema, name)!).filter((t) => schemaColumn(t) !== undefined);
  if (owners.length === 1) return { table: owners[0]!.name, column: schemaColumn(owners[0]!)! };
  return { table: null, column: ref.column };
}

/** `table.column` for messages and comparisons. */
export function refText(ref: ColumnRef): string {
  return ref.table === null ? ref.column : `${ref.table}.${ref.column}`;
}
