/**
 * An instance → a bipartite picture as standalone SVG text: the left entity's rows in one column,
 * the right entity's in another, a line per junction row. Pure and DOM-free; all text is escaped.
 */
import type { Language } from '../messages/language.js';
import { say } from '../messages/renderer.js';
import { SMALL_FONT_SIZE, textWidth } from '../erd/metrics.js';
import { attr, text } from '../erd/svg.js';
import type { Instance, InstanceRow } from './load-instance.js';

export const ROW_PITCH = 26;
const ROW_HEIGHT = 20;
const HEADER = 30;
const PAD = 12;
const MIN_BOX = 60;
/** Room between the two columns for the lines to fan out. */
const GUTTER = 180;
/** Labels longer than this are cut with an ellipsis (the full text stays in the tooltip). */
const MAX_LABEL = 28;
const FONT = 12;

/** A row placed in its column: the box's top-left corner and size. */
export interface PlacedRow {
  row: InstanceRow;
  /** How many links touch this row. */
  degree: number;
  x: number;
  y: number;
  width: number;
}

/** A junction row as a straight line from a left box's right edge to a right box's left edge. */
export interface PlacedLink {
  left: string;
  right: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface InstanceLayout {
  width: number;
  /** Width of the left column's boxes (the right column starts a gutter past it). */
  leftWidth: number;
  height: number;
  left: PlacedRow[];
  right: PlacedRow[];
  links: PlacedLink[];
}

/** Places the rows of both sides in two columns and each link between its two rows. */
export function layoutInstance(instance: Instance): InstanceLayout {
  const leftWidth = columnWidth(instance.left.rows, instance.left.table);
  const rightWidth = columnWidth(instance.right.rows, instance.right.table);
  const rightX = PAD + leftWidth + GUTTER;
  const degrees = (side: 'left' | 'right') => {
    const out = new Map<string, number>();
    for (const link of instance.links) out.set(link[side], (out.get(link[side]) ?? 0) + 1);
    return out;
  };
  const place = (rows: InstanceRow[], x: number, width: number, degree: Map<string, number>): PlacedRow[] =>
    rows.map((row, i) => ({ row, degree: degree.get(row.key) ?? 0, x, y: HEADER + i * ROW_PITCH, width }));
  const left = place(instance.left.rows, PAD, leftWidth, degrees('left'));
  const right = place(instance.right.rows, rightX, rightWidth, degrees('right'));
  const leftAt = new Map(left.map((p) => [p.row.key, p]));
  const rightAt = new Map(right.map((p) => [p.row.key, p]));
  const links: PlacedLink[] = [];
  for (const link of instance.links) {
    const a = leftAt.get(link.left);
    const b = rightAt.get(link.right);
    if (!a || !b) continue;
    links.push({ ...link, x1: a.x + a.width, y1: a.y + ROW_HEIGHT / 2, x2: b.x, y2: b.y + ROW_HEIGHT / 2 });
  }
  const rows = Math.max(1, left.length, right.length);
  return { width: rightX + rightWidth + PAD, leftWidth, height: HEADER + rows * ROW_PITCH + PAD, left, right, links };
}

export interface InstanceSvgOptions {
  /** The language of the words drawn (default English). */
  lang?: Language;
  /** The `<title>` (default: "<left> and <right> linked through <junction>"). */
  title?: string;
}

/** Renders `instance` as a standalone SVG document with `data-side`/`data-key` rows and `data-left`/`data-right` links. */
export function renderInstanceSvg(instance: Instance, options: InstanceSvgOptions = {}): string {
  const layout = layoutInstance(instance);
  const { left, right, relation } = instance;
  const lang = options.lang ?? 'en';
  const title = options.title ?? say(lang, 'erd.instance-title', { left: left.table, right: right.table, junction: relation.junction });
  const desc = say(lang, 'erd.instance-desc', {
    left: left.rows.length,
    leftTable: left.table,
    right: right.rows.length,
    rightTable: right.table,
    links: instance.links.length,
  });
  const none = text(say(lang, 'erd.no-rows'));
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="instance" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" data-junction="${attr(relation.junction)}">`,
    `<title>${text(title)}</title>`,
    `<desc>${text(desc)}</desc>`,
    `<style>${STYLE}</style>`,
    `<text class="inst-heading" x="${PAD}" y="18">${text(left.table)}</text>`,
    `<text class="inst-heading" x="${PAD + layout.leftWidth + GUTTER}" y="18">${text(right.table)}</text>`,
    '<g class="inst-links">',
  ];
  for (const l of layout.links) {
    out.push(
      `<line class="inst-link" data-left="${attr(l.left)}" data-right="${attr(l.right)}" x1="${l.x1}" y1="${l.y1}" x2="${l.x2}" y2="${l.y2}"/>`,
    );
  }
  out.push('</g>');
  for (const [side, rows] of [
    ['left', layout.left],
    ['right', layout.right],
  ] as const) {
    out.push(`<g class="inst-side" data-side="${side}">`);
    for (const p of rows) out.push(rowSvg(side, p));
    if (rows.length === 0) {
      const x = side === 'left' ? PAD : PAD + layout.leftWidth + GUTTER;
      out.push(`<text class="inst-none" x="${x}" y="${HEADER + 14}">${none}</text>`);
    }
    out.push('</g>');
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function rowSvg(side: 'left' | 'right', p: PlacedRow): string {
  // The link count sits outside the box, away from the lines.
  const degreeX = side === 'left' ? p.x - 4 : p.x + p.width + 4;
  const anchor = side === 'left' ? 'end' : 'start';
  return [
    `<g class="inst-row" data-side="${side}" data-key="${attr(p.row.key)}" data-degree="${p.degree}" transform="translate(${p.x} ${p.y})">`,
    `<title>${text(p.row.title)}</title>`,
    `<rect width="${p.width}" height="${ROW_HEIGHT}" rx="4"/>`,
    `<text class="inst-label" x="8" y="14">${text(shorten(p.row.label))}</text>`,
    '</g>',
    p.degree > 0 ? `<text class="inst-degree" x="${degreeX}" y="${p.y + 14}" text-anchor="${anchor}">${p.degree}</text>` : '',
  ].join('');
}

function columnWidth(rows: InstanceRow[], heading: string): number {
  const widest = Math.max(0, ...rows.map((r) => textWidth(shorten(r.label), FONT)));
  return Math.max(MIN_BOX, widest + 16, textWidth(heading, SMALL_FONT_SIZE + 2) - PAD);
}

function shorten(label: string): string {
  const chars = [...label.replace(/\s+/g, ' ')];
  return chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join('')}…` : chars.join('');
}

// Light defaults; the host page overrides the custom properties for its theme.
const STYLE = `
.instance{font-family:var(--erd-font,ui-monospace,SFMono-Regular,Menlo,Consolas,monospace);font-size:${FONT}px}
.inst-heading{fill:var(--erd-fg,#0f172a);font-weight:600}
.inst-row rect{fill:var(--erd-table-bg,#ffffff);stroke:var(--erd-border,#94a3b8)}
.inst-label{fill:var(--erd-fg,#0f172a)}
.inst-degree,.inst-none{fill:var(--erd-muted,#64748b);font-size:${SMALL_FONT_SIZE}px}
.inst-link{stroke:var(--erd-m2m,#7c3aed);stroke-width:1.25;stroke-opacity:.7}
`;
