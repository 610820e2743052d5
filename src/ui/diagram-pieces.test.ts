// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseOwnSvg } from './dom.js';
import { patchPieces, piecesOf } from './diagram-pieces.js';

const box = (name: string, x: number) =>
  `<g class="erd-table" data-table="${name}" transform="translate(${x} 0)"><rect width="10" height="10"/></g>`;

function drawn(markup: string[]) {
  const svg = parseOwnSvg(`<svg xmlns="http://www.w3.org/2000/svg"><g class="erd-nodes">${markup.join('')}</g></svg>`, document, 'test');
  const group = svg.querySelector('g.erd-nodes')!;
  return { group, pieces: piecesOf(group, markup) };
}

const tables = (group: Element) => [...group.children].map((c) => c.getAttribute('data-table'));

describe('patching the drawn pieces', () => {
  it('keeps the elements of unchanged pieces, removes the gone and adds the new', () => {
    const { group, pieces } = drawn([box('a', 0), box('b', 20), box('c', 40)]);
    const [a, , c] = [...group.children];
    const next = patchPieces(group, pieces, [box('a', 0), box('c', 40), box('d', 60)]);
    expect(tables(group)).toEqual(['a', 'c', 'd']);
    expect(group.children[0]).toBe(a);
    expect(group.children[1]).toBe(c);
    expect(group.children[2]!.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect([...next.keys()]).toEqual([box('a', 0), box('c', 40), box('d', 60)]);
  });

  it('replaces a piece whose markup changed (a moved box) and keeps the count of equal pieces', () => {
    const same = '<path class="erd-line" d="M0 0L1 1"/>';
    const { group, pieces } = drawn([same, same, box('a', 0)]);
    const [first, second, a] = [...group.children];
    const next = patchPieces(group, pieces, [same, box('a', 5)]);
    expect(group.children).toHaveLength(2);
    expect([first, second]).toContain(group.children[0]);
    expect(group.children[1]).not.toBe(a);
    expect(group.children[1]!.getAttribute('transform')).toBe('translate(5 0)');
    expect(next.get(same)).toHaveLength(1);
  });

  it('draws markup from a string, never as HTML: a hostile name stays text', () => {
    const { group, pieces } = drawn([]);
    patchPieces(group, pieces, ['<g data-table="x"><text>&lt;img src=x onerror=alert(1)&gt;</text></g>']);
    expect(group.querySelector('img')).toBeNull();
    expect(group.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
