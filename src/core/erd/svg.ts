/**
 * Layout → standalone SVG text, for the CLI and the UI alike: escaped text everywhere, crow's-foot
 * line ends, `data-*` attributes that tests and the UI select on, theming through CSS custom properties.
 */
import { endGlyph, CIRCLE_RADIUS } from './crows-foot.js';
import { LABEL_HEIGHT } from './geometry.js';
import type { ErdEdge, ErdNode } from './graph.js';
import type { Layout } from './layout.js';
import {
  BADGE_TEXT,
  FONT_SIZE,
  HEADER_HEIGHT,
  HUB_SIZE,
  measureBox,
  markerText,
  PAD_X,
  ROW_HEIGHT,
  SMALL_FONT_SIZE,
  textWidth,
} from './metrics.js';
import type { Language } from '../messages/language.js';
import { renderMessage, say } from '../messages/renderer.js';
import { edgeName, nodeName } from './accessible-names.js';
import { type EdgeRoute, positionOf } from './route.js';

export interface RenderOptions {
  /** The language of the default title and description (default English). */
  lang?: Language;
  /** The diagram's `<title>` (default: "Entity-relationship diagram (<view> view)"). */
  title?: string;
  /** The `<desc>` text, typically `describeSchema(...)` (default: a count of tables and relationships). */
  description?: string;
  /** Prefix for element ids, so several diagrams can share one HTML page (default `erd`). */
  idPrefix?: string;
  /** Paint a background rectangle (default true; the UI may turn it off). */
  background?: boolean;
}

// Light defaults; a host overrides any of these custom properties (the UI sets a dark set).
const STYLE = `
.erd{font-family:var(--erd-font,ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace);font-size:${FONT_SIZE}px}
.erd-bg{fill:var(--erd-bg,#ffffff)}
.erd-box{fill:var(--erd-table-bg,#ffffff);stroke:var(--erd-border,#94a3b8);stroke-width:1}
.erd-header{fill:var(--erd-header-bg,#e2e8f0)}
.erd-junction .erd-header{fill:var(--erd-junction-header-bg,#ede9fe)}
.erd-title{fill:var(--erd-fg,#0f172a);font-weight:600}
.erd-name{fill:var(--erd-fg,#0f172a)}
.erd-type{fill:var(--erd-muted,#64748b)}
.erd-key{fill:var(--erd-key,#b45309);font-size:${SMALL_FONT_SIZE}px}
.erd-line,.erd-end{fill:none;stroke:var(--erd-line,#475569);stroke-width:1.5}
.erd-end-circle{fill:var(--erd-bg,#ffffff);stroke:var(--erd-line,#475569);stroke-width:1.5}
.erd-edge[data-kind="many-to-many"] .erd-line,.erd-edge[data-kind="n-ary"] .erd-line{stroke:var(--erd-m2m,#7c3aed)}
.erd-label{fill:var(--erd-fg,#0f172a);font-size:${SMALL_FONT_SIZE}px;paint-order:stroke;stroke:var(--erd-bg,#ffffff);stroke-width:3px;stroke-linejoin:round}
.erd-badge rect,.erd-hub polygon{fill:var(--erd-badge-bg,#7c3aed)}
.erd-badge text{fill:var(--erd-badge-fg,#ffffff);font-size:${SMALL_FONT_SIZE}px;font-weight:600}
.erd-hub text{fill:var(--erd-fg,#0f172a);font-size:${SMALL_FONT_SIZE}px}
`;

/**
 * Renders `layout` as a standalone SVG document (xmlns, `<style>`, viewBox, `<title>` and `<desc>`);
 * every box and line carries its accessible name in `lang` as `aria-label`.
 */
export function renderSvg(layout: Layout, options: RenderOptions = {}): string {
  const { head, edges, nodes } = renderSvgParts(layout, options);
  return `${[head, '<g class="erd-edges">', ...edges, '</g>', '<g class="erd-nodes">', ...nodes, '</g>', '</svg>'].join('\n')}\n`;
}

/**
 * `renderSvg` in its pieces: the document's start (the `<svg>` tag, title, description, style and
 * background) and the markup of each line and each box, one element each, in drawing order. A view
 * that keeps the elements of the pieces that did not change redraws only what a statement changed.
 */
export function renderSvgParts(layout: Layout, options: RenderOptions = {}): { head: string; edges: string[]; nodes: string[] } {
  const { graph, bounds } = layout;
  const prefix = attr(options.idPrefix ?? 'erd');
  const lang = options.lang ?? 'en';
  const title = options.title ?? say(lang, 'erd.title', { view: graph.view });
  const tables = graph.nodes.filter((n) => n.kind === 'table').length;
  const relationships = new Set(graph.edges.map((e) => e.id)).size;
  const description = options.description ?? say(lang, 'erd.summary', { tables, relationships });
  const viewBox = [bounds.x, bounds.y, bounds.width, bounds.height].map(num).join(' ');
  const head: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="erd" viewBox="${viewBox}" width="${num(bounds.width)}" height="${num(bounds.height)}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" data-view="${graph.view}">`,
    `<title id="${prefix}-title">${text(title)}</title>`,
    `<desc id="${prefix}-desc">${text(description)}</desc>`,
    `<style>${STYLE}</style>`,
  ];
  if (options.background ?? true) {
    head.push(
      `<rect class="erd-bg" x="${num(bounds.x)}" y="${num(bounds.y)}" width="${num(bounds.width)}" height="${num(bounds.height)}"/>`,
    );
  }
  const nodes: string[] = [];
  for (const node of graph.nodes) {
    const p = positionOf(layout.positions, node.id);
    const name = renderMessage(nodeName(graph, node), lang);
    if (p) nodes.push(node.kind === 'hub' ? hubSvg(node, p.x, p.y, name) : tableSvg(node, p.x, p.y, name));
  }
  return { head: head.join('\n'), edges: edgeParts(layout, lang), nodes };
}

/** The markup of each line of `layout`, one element each, in drawing order (see `renderSvgParts`). */
export function edgeParts(layout: Layout, lang: Language = 'en'): string[] {
  return layout.routes.map((route) => {
    const e = layout.graph.edges[route.index]!;
    return edgeSvg(e, route, renderMessage(edgeName(layout.graph, e), lang));
  });
}

function relationAttrs(a: { relationId: string; kind: string; junction: string | null; pattern: string | null }): string {
  let s = ` data-relation="${attr(a.relationId)}" data-kind="${a.kind}"`;
  if (a.junction !== null) s += ` data-junction="${attr(a.junction)}"`;
  if (a.pattern !== null) s += ` data-pattern="${a.pattern}"`;
  return s;
}

function edgeSvg(edge: ErdEdge, route: EdgeRoute, name: string): string {
  const pts = route.points;
  const d = pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join('');
  const start = endGlyph(edge.sourceEnd, pts[0]!, pts[1]!);
  const end = endGlyph(edge.targetEnd, pts[pts.length - 1]!, pts[pts.length - 2]!);
  const parts = [
    `<g class="erd-edge"${relationAttrs({ relationId: edge.id, ...edge })} data-source="${attr(edge.source)}" data-target="${attr(edge.target)}" aria-label="${attr(name)}">`,
    `<path class="erd-line" d="${d}"/>`,
  ];
  for (const [which, glyph, cardinality] of [
    ['source', start, edge.sourceEnd],
    ['target', end, edge.targetEnd],
  ] as const) {
    parts.push(`<path class="erd-end" data-end="${which}" data-cardinality="${cardinality}" d="${glyph.d}"/>`);
    if (glyph.circle) {
      parts.push(
        `<circle class="erd-end-circle" data-end="${which}" cx="${num(glyph.circle.x)}" cy="${num(glyph.circle.y)}" r="${CIRCLE_RADIUS}"/>`,
      );
    }
  }
  if (edge.label !== null) {
    parts.push(
      `<text class="erd-label" x="${num(route.labelAt.x)}" y="${num(baseline(route.labelAt.y - LABEL_HEIGHT / 2, LABEL_HEIGHT, SMALL_FONT_SIZE))}" text-anchor="middle">${text(edge.label)}</text>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

function tableSvg(node: ErdNode, x: number, y: number, name: string): string {
  const m = measureBox(node.label, node.columns, node.badge !== null);
  const w = node.width;
  const cls = node.badge ? 'erd-table erd-junction' : 'erd-table';
  const parts = [
    `<g class="${cls}" data-table="${attr(node.id)}" transform="translate(${num(x)} ${num(y)})" aria-label="${attr(name)}">`,
    `<rect class="erd-box" width="${w}" height="${node.height}" rx="4"/>`,
    `<path class="erd-header" d="M0 4a4 4 0 0 1 4 -4H${w - 4}a4 4 0 0 1 4 4V${HEADER_HEIGHT}H0Z"/>`,
    `<text class="erd-title" x="${PAD_X}" y="${baseline(0, HEADER_HEIGHT, FONT_SIZE)}">${text(node.label)}</text>`,
  ];
  if (node.badge) {
    const label = BADGE_TEXT[node.badge.kind];
    const bw = textWidth(label, SMALL_FONT_SIZE) + 12;
    const bx = w - PAD_X - bw;
    parts.push(
      `<g class="erd-badge"${relationAttrs({ ...node.badge, junction: node.id })} data-between="${attr(node.badge.between.join(' '))}">`,
      `<rect x="${bx}" y="6" width="${bw}" height="${HEADER_HEIGHT - 12}" rx="8"/>`,
      `<text x="${bx + bw / 2}" y="${baseline(6, HEADER_HEIGHT - 12, SMALL_FONT_SIZE)}" text-anchor="middle">${label}</text>`,
      '</g>',
    );
  }
  node.columns.forEach((c, i) => {
    const top = HEADER_HEIGHT + i * ROW_HEIGHT;
    const flags = `${c.primaryKey ? ' data-pk=""' : ''}${c.foreignKey ? ' data-fk=""' : ''}${c.notNull ? ' data-not-null=""' : ''}`;
    parts.push(
      `<g class="erd-column" data-column="${attr(c.name)}"${flags}>`,
      `<text class="erd-key" x="${m.markerX}" y="${baseline(top, ROW_HEIGHT, SMALL_FONT_SIZE)}">${markerText(c)}</text>`,
      `<text class="erd-name" x="${m.nameX}" y="${baseline(top, ROW_HEIGHT, FONT_SIZE)}">${text(c.name)}</text>`,
      `<text class="erd-type" x="${m.typeX}" y="${baseline(top, ROW_HEIGHT, FONT_SIZE)}">${text(c.type)}</text>`,
      '</g>',
    );
  });
  parts.push('</g>');
  return parts.join('');
}

function hubSvg(node: ErdNode, x: number, y: number, name: string): string {
  const junction = node.label;
  const cx = node.width / 2;
  const h = HUB_SIZE / 2;
  return [
    `<g class="erd-hub"${relationAttrs({ relationId: `nary:${junction}`, kind: 'n-ary', junction, pattern: null })} transform="translate(${num(x)} ${num(y)})" aria-label="${attr(name)}">`,
    `<polygon points="${cx},0 ${cx + h},${h} ${cx},${HUB_SIZE} ${cx - h},${h}"/>`,
    `<text x="${cx}" y="${HUB_SIZE + SMALL_FONT_SIZE + 2}" text-anchor="middle">${text(junction)}</text>`,
    '</g>',
  ].join('');
}

/** The y of a text baseline that centres a line of `size` px in a band `[top, top + height)`. */
function baseline(top: number, height: number, size: number): number {
  return Math.round((top + height / 2 + size * 0.35) * 10) / 10;
}

function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

// XML 1.0 forbids most control characters, lone surrogates and U+FFFE/U+FFFF even as references;
// SQLite names may hold them, so they become U+FFFD rather than break the whole document.
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text content for XML. */
export function text(value: string): string {
  return value.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes a double-quoted attribute value; white-space characters are kept as references so they survive parsing. */
export function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
