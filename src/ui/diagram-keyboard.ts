/**
 * Keyboard access to the inline ER diagram, as a tree: the tables (and n-ary hubs) are its items,
 * in schema order, and the lines touching a table are that table's children. One item is in the
 * Tab order at a time (a roving tabindex); arrow keys, Enter, Space, Home, End and Esc move
 * between tables and their relationships, as the WAI-ARIA tree pattern does.
 *
 * The item is the shape that outlines a box or draws a line (`rect.erd-box`, the hub's polygon,
 * `path.erd-line`), named with its group's `aria-label`: a shape holds no text, so its name is all
 * a screen reader (or speech input) needs, and the drawn words are not read again piece by piece.
 */

/** One item of the tree: a node (table or hub) or a line, keyed so it survives a redraw. */
interface Item {
  key: string;
  /** The shape that takes focus. */
  el: SVGElement;
  /** Its group: `g.erd-table`, `g.erd-hub` or `g.erd-edge`, with the data attributes. */
  group: SVGGElement;
}

/** Calls the host makes after focus moved: which nodes (table names, `hub:<junction>`) to bring into view. */
export type Reveal = (nodeIds: string[]) => void;

export class DiagramKeyboard {
  readonly #reveal: Reveal;
  #svg: SVGSVGElement | null = null;
  /** The key of the item in the Tab order. */
  #current: string | null = null;
  /** The node whose relationships are listed (the expanded tree item), if any. */
  #expanded: string | null = null;

  constructor(reveal: Reveal) {
    this.#reveal = reveal;
  }

  /** True while focus is on an item of the diagram (ask before replacing it, to hand focus on). */
  get hasFocus(): boolean {
    return this.#svg?.contains(this.#svg.ownerDocument.activeElement) ?? false;
  }

  /** Takes a freshly drawn diagram; with `refocus`, the same item as before takes focus in it. */
  attach(svg: SVGSVGElement | null, refocus = false): void {
    const again = svg !== null && svg === this.#svg;
    this.#svg = svg;
    if (!svg) return;
    svg.setAttribute('role', 'tree');
    // Chromium makes an svg with a tree role a Tab stop of its own; the items hold the one tab stop.
    svg.setAttribute('tabindex', '-1');
    // The same drawing, patched in place (see DiagramView): it already has its listener.
    if (!again)
      svg.addEventListener('focusin', (event) => {
        const item = this.#items().find((i) => i.el === event.target);
        if (item && item.key !== this.#current && item.el.getAttribute('role') === 'treeitem') {
          this.#current = item.key;
          this.#apply();
        }
      });
    this.refresh();
    if (refocus) this.#itemOf(this.#current)?.el.focus();
  }

  /** Re-applies roles and the tab stop (after the line layer was redrawn, say). */
  refresh(): void {
    if (!this.#svg) return;
    const nodes = this.#nodes();
    if (this.#expanded !== null && !nodes.some((n) => n.key === this.#expanded)) this.#expanded = null;
    if (!this.#itemOf(this.#current)) this.#current = this.#expanded ?? nodes[0]?.key ?? null;
    this.#apply();
  }

  /** Handles a key pressed on an item of the tree; true when it moved focus or opened or closed a table. */
  key(event: KeyboardEvent): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return false;
    const item = this.#items().find((i) => i.el === event.target);
    if (!item) return false;
    const visible = this.#visible();
    const at = visible.findIndex((i) => i.key === item.key);
    const isNode = item.key.startsWith('node:');
    const lines = isNode ? this.#linesOf(nodeId(item.key)) : [];
    switch (event.key) {
      case 'ArrowDown':
        return this.#go(visible[Math.min(at + 1, visible.length - 1)]);
      case 'ArrowUp':
        return this.#go(visible[Math.max(at - 1, 0)]);
      case 'Home':
        return this.#go(visible[0]);
      case 'End':
        return this.#go(visible.at(-1));
      case 'ArrowRight':
        if (!isNode) return this.#goToOtherEnd(item);
        if (lines.length === 0) return true;
        if (this.#expanded !== item.key) return this.#expand(item.key, null);
        return this.#go(lines[0]);
      case 'Enter':
      case ' ':
        if (!isNode) return this.#goToOtherEnd(item);
        return lines.length > 0 ? this.#expand(item.key, lines[0]!) : true;
      case 'ArrowLeft':
      case 'Escape':
        if (!isNode) return this.#go(this.#itemOf(this.#expanded));
        if (this.#expanded === item.key) return this.#expand(null, null);
        return event.key === 'ArrowLeft';
      default:
        return false;
    }
  }

  #go(item: Item | undefined): boolean {
    if (!item) return true;
    this.#current = item.key;
    this.#apply();
    item.el.focus();
    this.#reveal(item.key.startsWith('node:') ? [nodeId(item.key)] : ends(item.group));
    return true;
  }

  /** Lists the relationships of `node` (null closes the list) and focuses `then` if given. */
  #expand(node: string | null, then: Item | null): boolean {
    this.#expanded = node;
    this.#apply();
    return then ? this.#go(then) : true;
  }

  /** From a line to the table at its far end from the listed table. */
  #goToOtherEnd(line: Item): boolean {
    const [source, target] = ends(line.group);
    const from = this.#expanded === null ? null : nodeId(this.#expanded);
    const other = from === source ? target : source;
    this.#expanded = null;
    return this.#go(this.#itemOf(`node:${other}`));
  }

  /** Roles, names, levels, positions and the one tab stop, for what is listed now. */
  #apply(): void {
    // Chromium makes a tree item whose parent is a plain group a group itself: the layers between
    // the tree and its items are marked as no part of it.
    for (const layer of this.#svg?.querySelectorAll('g.erd-viewport, g.erd-edges, g.erd-nodes') ?? []) setAll(layer, { role: 'none' });
    const nodes = this.#nodes();
    const lines = this.#lines();
    // Each node's lines, gathered once: asking per node would read every line again for each table.
    const linesOf = new Map<string, Item[]>();
    for (const line of lines) {
      for (const end of new Set(ends(line.group))) linesOf.set(end, [...(linesOf.get(end) ?? []), line]);
    }
    const listed = new Set(this.#expanded === null ? [] : (linesOf.get(nodeId(this.#expanded)) ?? []).map((l) => l.key));
    const shown = lines.filter((l) => listed.has(l.key));
    const place = (item: Item, level: number, at: number, of: number): Record<string, string | null> => ({
      role: 'treeitem',
      'aria-level': String(level),
      'aria-posinset': String(at + 1),
      'aria-setsize': String(of),
      'aria-hidden': null,
      tabindex: item.key === this.#current ? '0' : '-1',
    });
    const unlisted = { role: null, 'aria-level': null, 'aria-posinset': null, 'aria-setsize': null, 'aria-hidden': 'true', tabindex: null };
    nodes.forEach((n, i) => {
      const own = linesOf.get(nodeId(n.key)) ?? [];
      setAll(n.el, { ...place(n, 1, i, nodes.length), 'aria-expanded': own.length > 0 ? String(n.key === this.#expanded) : null });
    });
    // Lines of tables not opened are out of the tree, as collapsed children are.
    shown.forEach((line, i) => {
      setAll(line.el, place(line, 2, i, shown.length));
    });
    for (const line of lines) if (!listed.has(line.key)) setAll(line.el, unlisted);
    for (const item of [...nodes, ...lines]) {
      // The name moves from the group (where the SVG writes it) to the shape; the group and the
      // rest of its drawing leave the accessibility tree.
      const name = item.group.getAttribute('aria-label');
      if (name !== null) setAll(item.el, { 'aria-label': name });
      setAll(item.group, { role: 'none', 'aria-label': null });
      for (const part of item.group.children) if (part !== item.el) setAll(part, { 'aria-hidden': 'true' });
    }
  }

  /** The items a Down arrow walks through: every node, and after the opened one its lines. */
  #visible(): Item[] {
    return this.#nodes().flatMap((n) => (n.key === this.#expanded ? [n, ...this.#linesOf(nodeId(n.key))] : [n]));
  }

  #nodes(): Item[] {
    const svg = this.#svg;
    if (!svg) return [];
    const tables = [...svg.querySelectorAll<SVGGElement>('g.erd-table')].map((g) =>
      item(g, `node:${g.getAttribute('data-table') ?? ''}`, 'rect.erd-box'),
    );
    const hubs = [...svg.querySelectorAll<SVGGElement>('g.erd-hub')].map((g) =>
      item(g, `node:hub:${g.getAttribute('data-junction') ?? ''}`, 'polygon'),
    );
    return [...tables, ...hubs].filter((i): i is Item => i !== null);
  }

  #lines(): Item[] {
    const svg = this.#svg;
    if (!svg) return [];
    return [...svg.querySelectorAll<SVGGElement>('g.erd-edge')]
      .map((g) => item(g, `line:${g.getAttribute('data-relation') ?? ''}\u0000${ends(g).join('\u0000')}`, 'path.erd-line'))
      .filter((i): i is Item => i !== null);
  }

  /** The lines with an end on `id`, in drawing order. */
  #linesOf(id: string): Item[] {
    return this.#lines().filter((l) => ends(l.group).includes(id));
  }

  #items(): Item[] {
    return [...this.#nodes(), ...this.#lines()];
  }

  #itemOf(key: string | null): Item | undefined {
    return key === null ? undefined : this.#items().find((i) => i.key === key);
  }
}

/** The item drawn by `group`, focusable at its `shape`; null for a group missing its shape. */
function item(group: SVGGElement, key: string, shape: string): Item | null {
  const el = group.querySelector<SVGElement>(`:scope > ${shape}`);
  return el ? { key, el, group } : null;
}

function nodeId(key: string): string {
  return key.slice('node:'.length);
}

function ends(line: Element): [string, string] {
  return [line.getAttribute('data-source') ?? '', line.getAttribute('data-target') ?? ''];
}

/** Sets each attribute, or removes it where the value is null. */
function setAll(el: Element, attrs: Record<string, string | null>): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null) el.removeAttribute(name);
    else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
}
