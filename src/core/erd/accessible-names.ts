/**
 * What each box and line of the ER diagram is called for a screen reader: a table with its size
 * and number of relationships, a junction by what it links, a line by what it joins. Returned as
 * messages; the SVG writes them in its language as `aria-label`.
 */
import type { JunctionLink } from '../messages/diagram-messages.js';
import { type Message, msg } from '../messages/message.js';
import type { ErdEdge, ErdGraph, ErdNode } from './graph.js';

/** The edges touching `node` (a line from a table to itself counts once). */
export function edgesOf(graph: ErdGraph, nodeId: string): ErdEdge[] {
  return graph.edges.filter((e) => e.source === nodeId || e.target === nodeId);
}

/** The accessible name of a table box or an n-ary hub. */
export function nodeName(graph: ErdGraph, node: ErdNode): Message {
  if (node.kind === 'hub') return msg('diagram.hub', { junction: node.label, between: armTargets(graph, `nary:${node.label}`) });
  const columns = node.columns.length;
  const relationships = edgesOf(graph, node.id).length;
  if (node.badge) {
    const link: JunctionLink = { kind: node.badge.kind, between: [...node.badge.between] };
    return msg('diagram.junction', { table: node.id, link, columns, relationships });
  }
  return msg('diagram.table', { table: node.id, columns, relationships });
}

/** The accessible name of one relationship line. */
export function edgeName(graph: ErdGraph, edge: ErdEdge): Message {
  switch (edge.kind) {
    case 'many-to-one':
    case 'one-to-one':
      return msg('diagram.foreign-key', { kind: edge.kind, from: edge.source, fromColumns: edge.sourceColumns, to: edge.target });
    case 'many-to-many':
      return msg('diagram.many-to-many', { junction: edge.junction ?? '', between: [edge.source, edge.target] });
    case 'n-ary':
      return msg('diagram.arm', { junction: edge.junction ?? '', between: armTargets(graph, edge.id), table: edge.target });
    default:
      throw new Error(`Unknown edge kind in ${JSON.stringify(edge.kind satisfies never)}.`);
  }
}

/** The entities at the ends of an n-ary relationship's arms, in the junction's order. */
function armTargets(graph: ErdGraph, relationId: string): string[] {
  return graph.edges.filter((e) => e.kind === 'n-ary' && e.id === relationId).map((e) => e.target);
}
