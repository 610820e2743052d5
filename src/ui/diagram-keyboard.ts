/**
 * Keyboard access to the inline ER diagram, as a tree: the tables (and n-ary hubs) are its items,
 * in schema order, and the lines touching a table are that table's children. One item is in the
 * Tab order at a time (a roving tabindex); arrow keys, Enter, Space, Home, End and Esc move
 * between tables and their relationships, as the WAI-ARIA tree pattern does.
 */

/** One item of the tree: a node (table or hub) or a line, keyed so it survives a redraw. */
interface Item {
  key: string;
  el: SVGGElement;
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
    this.#svg = svg;
    if (!svg) return;
    svg.setAttribute('role', 'tree');
    svg.addEventListener('focusin', (event) => {
      const item = this.#items().find((i) => i.el === event.target);
      if (item && item.key !== this.#current) {
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
    this.#reveal(item.key.startsWith('node:') ? [nodeId(item.key)] : ends(item.el));
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
    const [source, target] = ends(line.el);
    const from = this.#expanded === null ? null : nodeId(this.#expanded);
    const other = from === source ? target : source;
    this.#expanded = null;
    return this.#go(this.#itemOf(`node:${other}`));
  }

  /** Roles, levels, positions and the one tab stop, for what is listed now. */
  #apply(): void {
    const nodes = this.#nodes();
    nodes.forEach((n, i) => {
      const lines = this.#linesOf(nodeId(n.key));
      setAll(n.el, { role: 'treeitem', 'aria-level': '1', 'aria-posinset': String(i + 1), 'aria-setsize': String(nodes.length) });
      setAll(n.el, { 'aria-expanded': lines.length > 0 ? String(n.key === this.#expanded) : null });
    });
    const listed = new Set(this.#expanded === null ? [] : this.#linesOf(nodeId(this.#expanded)).map((l) => l.key));
    const lines = this.#lines();
    const shown = lines.filter((l) => listed.has(l.key));
    for (const line of lines) {
      // Lines of tables not opened are out of the tree, as collapsed children are.
      const i = shown.indexOf(line);
      setAll(
        line.el,
        i < 0
          ? { role: null, 'aria-level': null, 'aria-posinset': null, 'aria-setsize': null, 'aria-hidden': 'true' }
          : {
              role: 'treeitem',
              'aria-level': '2',
              'aria-posinset': String(i + 1),
              'aria-setsize': String(shown.length),
              'aria-hidden': null,
            },
      );
    }
    for (const item of [...nodes, ...lines]) {
      const focusable = item.el.getAttribute('role') === 'treeitem';
      setAll(item.el, { tabindex: focusable ? (item.key === this.#current ? '0' : '-1') : null });
    }
  }

  /** The items a Down arrow walks through: every node, and after the opened one its lines. */
  #visible(): Item[] {
    return this.#nodes().flatMap((n) => (n.key === this.#expanded ? [n, ...this.#linesOf(nodeId(n.key))] : [n]));
  }

  #nodes(): Item[] {
    const svg = this.#svg;
    if (!svg) return [];
    const tables = [...svg.querySelectorAll<SVGGElement>('g.erd-table')].map((el) => ({
      key: `node:${el.getAttribute('data-table') ?? ''}`,
      el,
    }));
    const hubs = [...svg.querySelectorAll<SVGGElement>('g.erd-hub')].map((el) => ({
      key: `node:hub:${el.getAttribute('data-junction') ?? ''}`,
      el,
    }));
    return [...tables, ...hubs];
  }

  #lines(): Item[] {
    const svg = this.#svg;
    if (!svg) return [];
    return [...svg.querySelectorAll<SVGGElement>('g.erd-edge')].map((el) => ({
      key: `line:${el.getAttribute('data-relation') ?? ''}\u0000${ends(el).join('\u0000')}`,
      el,
    }));
  }

  /** The lines with an end on `id`, in drawing order. */
  #linesOf(id: string): Item[] {
    return this.#lines().filter((l) => ends(l.el).includes(id));
  }

  #items(): Item[] {
    return [...this.#nodes(), ...this.#lines()];
  }

  #itemOf(key: string | null): Item | undefined {
    return key === null ? undefined : this.#items().find((i) => i.key === key);
  }
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
