/**
 * Schema + relationships → ER graph: boxes for tables (sized without a DOM) and edges for
 * relationships, in a physical view (junctions as tables) or a logical one (junctions as M:N lines).
 */
import type { JunctionPattern, Relations, Relationship } from '../relations/types.js';
import type { Schema, Table } from '../schema/types.js';
import { isNeverNull } from '../schema/keys.js';
import { type EndCardinality, endsOf } from './cardinality.js';
import { measureBox, type BoxMetrics } from './metrics.js';

/** `physical`: every table is a box; `logical`: junction tables fold into many-to-many edges. */
export type ErdView = 'physical' | 'logical';

export type ErdRelationKind = Relationship['kind'];

export interface ErdColumn {
  name: string;
  type: string;
  primaryKey: boolean;
  foreignKey: boolean;
  notNull: boolean;
}

/** `table`: a table box; `hub`: the diamond that stands for an n-ary relationship in the logical view. */
export type ErdNodeKind = 'table' | 'hub';

/** The M:N relationship a junction box stands for in the physical view (drawn as an "M:N" badge). */
export interface JunctionBadge {
  relationId: string;
  kind: 'many-to-many' | 'n-ary';
  between: string[];
  pattern: JunctionPattern | null;
}

export interface ErdNode {
  /** The table name (unique in a schema), or `hub:<junction>` for an n-ary hub. */
  id: string;
  kind: ErdNodeKind;
  /** The text in the box's header. */
  label: string;
  columns: ErdColumn[];
  /** Set on a junction's box in the physical view. */
  badge: JunctionBadge | null;
  width: number;
  height: number;
}

export interface ErdEdge {
  /** Stable id (`fk:…`, `m2m:<junction>`, `nary:<junction>`); several n-ary legs share one. */
  id: string;
  kind: ErdRelationKind;
  /** The referencing node (FK side, or the hub), and the node it points to. */
  source: string;
  target: string;
  sourceColumns: string[];
  targetColumns: string[];
  sourceEnd: EndCardinality;
  targetEnd: EndCardinality;
  /** Junction table and pattern for many-to-many and n-ary edges. */
  junction: string | null;
  pattern: JunctionPattern | null;
  /** Text drawn on the edge: the junction's name, and an association object's payload columns. */
  label: string | null;
}

export interface ErdGraph {
  view: ErdView;
  nodes: ErdNode[];
  edges: ErdEdge[];
}

export interface BuildGraphOptions {
  view: ErdView;
}

/** Stable id of a relationship, shared by the graph, the SVG's `data-relation` and the UI. */
export function relationId(rel: Relationship): string {
  switch (rel.kind) {
    case 'many-to-one':
    case 'one-to-one':
      return `fk:${rel.from}(${rel.fromColumns.join(',')})->${rel.to}`;
    case 'many-to-many':
      return `m2m:${rel.junction}`;
    case 'n-ary':
      return `nary:${rel.junction}`;
    default:
      return unreachable(rel);
  }
}

/** Builds the ER graph of `schema` for one view; relationships naming unknown tables are skipped. */
export function buildGraph(schema: Schema, relations: Relations, options: BuildGraphOptions): ErdGraph {
  const tables = new Map(schema.tables.map((t) => [t.name, t]));
  const junctionRels = relations.relationships.filter(
    (r): r is Extract<Relationship, { junction: string }> => r.kind === 'many-to-many' || r.kind === 'n-ary',
  );
  const folded = options.view === 'logical' ? foldableJunctions(junctionRels, relations.relationships, tables) : new Set<string>();

  const nodes: ErdNode[] = [];
  for (const table of schema.tables) {
    if (folded.has(table.name)) continue;
    const rel = junctionRels.find((r) => r.junction === table.name);
    nodes.push(tableNode(table, rel && options.view === 'physical' ? badgeOf(rel) : null));
  }

  const edges: ErdEdge[] = [];
  const seen = new Map<string, number>();
  const push = (...legs: ErdEdge[]): void => {
    // Two FKs over the same columns would share an id; keep ids unique per relationship (the legs
    // of one n-ary relationship deliberately share theirs).
    const id = legs[0]!.id;
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    for (const leg of legs) edges.push(n === 0 ? leg : { ...leg, id: `${id}#${n + 1}` });
  };
  for (const rel of relations.relationships) {
    if (rel.kind === 'many-to-one' || rel.kind === 'one-to-one') {
      const from = tables.get(rel.from);
      if (!from || !tables.has(rel.to) || folded.has(rel.from)) continue;
      const ends = endsOf(from, rel);
      push({
        id: relationId(rel),
        kind: rel.kind,
        source: rel.from,
        target: rel.to,
        sourceColumns: rel.fromColumns,
        targetColumns: rel.toColumns,
        sourceEnd: ends.source,
        targetEnd: ends.target,
        junction: null,
        pattern: null,
        label: null,
      });
    } else if ((rel.kind === 'many-to-many' || rel.kind === 'n-ary') && folded.has(rel.junction)) {
      push(...foldedEdges(rel, tables));
    }
  }
  for (const rel of junctionRels) {
    if (rel.kind === 'n-ary' && folded.has(rel.junction)) nodes.push(hubNode(rel.junction));
  }
  return { view: options.view, nodes, edges };
}

/** Junctions the logical view can fold away: every line touching them is one of their own legs. */
function foldableJunctions(
  junctionRels: Extract<Relationship, { junction: string }>[],
  all: Relationship[],
  tables: Map<string, Table>,
): Set<string> {
  const out = new Set<string>();
  for (const rel of junctionRels) {
    if (!tables.has(rel.junction) || !rel.between.every((t) => tables.has(t))) continue;
    // A junction that other tables reference, or that references a third table, is an entity in
    // its own right: folding it would leave those lines dangling, so it stays a box.
    const entangled = all.some(
      (r) =>
        (r.kind === 'many-to-one' || r.kind === 'one-to-one') &&
        ((r.to === rel.junction && r.from !== rel.junction) || (r.from === rel.junction && !rel.between.includes(r.to))),
    );
    if (!entangled) out.add(rel.junction);
  }
  return out;
}

function foldedEdges(rel: Extract<Relationship, { junction: string }>, tables: Map<string, Table>): ErdEdge[] {
  const junction = tables.get(rel.junction)!;
  const payload = payloadColumns(junction);
  if (rel.kind === 'many-to-many') {
    const pattern = rel.pattern;
    const label = payload.length > 0 ? `${rel.junction} (${payload.join(', ')})` : rel.junction;
    return [
      {
        id: relationId(rel),
        kind: 'many-to-many',
        source: rel.between[0],
        target: rel.between[1],
        sourceColumns: [],
        targetColumns: [],
        sourceEnd: 'zero-or-many',
        targetEnd: 'zero-or-many',
        junction: rel.junction,
        pattern,
        label,
      },
    ];
  }
  // Each tuple of an n-ary junction names exactly one row of every entity; an entity row takes
  // part in any number of tuples.
  return rel.between.map((entity, i) => ({
    id: relationId(rel),
    kind: 'n-ary' as const,
    source: `hub:${rel.junction}`,
    target: entity,
    sourceColumns: [],
    targetColumns: [],
    sourceEnd: 'zero-or-many' as const,
    targetEnd: 'one' as const,
    junction: rel.junction,
    pattern: null,
    label: i === 0 && payload.length > 0 ? payload.join(', ') : null,
  }));
}

/** Columns of a junction that are neither FK columns nor a lone surrogate primary key. */
export function payloadColumns(junction: Table): string[] {
  const fkColumns = new Set(junction.foreignKeys.flatMap((fk) => fk.columns));
  const surrogate = junction.primaryKey.length === 1 ? junction.primaryKey[0] : null;
  return junction.columns.filter((c) => c.kind !== 'hidden' && !fkColumns.has(c.name) && c.name !== surrogate).map((c) => c.name);
}

function badgeOf(rel: Extract<Relationship, { junction: string }>): JunctionBadge {
  return {
    relationId: relationId(rel),
    kind: rel.kind,
    between: [...rel.between],
    pattern: rel.kind === 'many-to-many' ? rel.pattern : null,
  };
}

function tableNode(table: Table, badge: JunctionBadge | null): ErdNode {
  const fkColumns = new Set(table.foreignKeys.flatMap((fk) => fk.columns));
  const columns: ErdColumn[] = table.columns
    .filter((c) => c.kind !== 'hidden')
    .map((c) => ({
      name: c.name,
      type: c.type,
      primaryKey: c.pkPosition > 0,
      foreignKey: fkColumns.has(c.name),
      notNull: isNeverNull(table, c.name),
    }));
  const size = sizeOf(measureBox(table.name, columns, badge !== null));
  return { id: table.name, kind: 'table', label: table.name, columns, badge, ...size };
}

function hubNode(junction: string): ErdNode {
  const size = sizeOf(measureBox(junction, [], false, 'hub'));
  return { id: `hub:${junction}`, kind: 'hub', label: junction, columns: [], badge: null, ...size };
}

function sizeOf(m: BoxMetrics): { width: number; height: number } {
  return { width: m.width, height: m.height };
}

function unreachable(value: never): never {
  throw new Error(`Unknown relationship kind in ${JSON.stringify(value)}.`);
}
