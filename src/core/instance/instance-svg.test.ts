import { describe, expect, it } from 'vitest';
import { layoutInstance, ROW_PITCH, renderInstanceSvg } from './instance-svg.js';
import type { Instance, InstanceRow } from './load-instance.js';
// Every sentence in both languages, as Node has them (the page loads its learner's: renderer.ts).
import '../messages/render.js';

function row(key: string, label = key): InstanceRow {
  return { key, label, title: `t: id = ${key}` };
}

function anInstance(overrides: Partial<Instance> = {}): Instance {
  return {
    relation: { kind: 'many-to-many', junction: 'enrollments', between: ['students', 'courses'], pattern: 'pure' },
    left: { table: 'students', labelColumn: 'name', keyColumns: ['id'], rows: [row('1', 'Ada'), row('2', 'Grace')] },
    right: { table: 'courses', labelColumn: 'title', keyColumns: ['id'], rows: [row('10', 'DB'), row('11', 'ALG')] },
    links: [
      { left: '1', right: '10' },
      { left: '1', right: '11' },
      { left: '2', right: '10' },
    ],
    unmatched: 0,
    ...overrides,
  };
}

describe('layoutInstance', () => {
  it('puts the left rows in one column, the right rows in another, one row pitch apart', () => {
    const layout = layoutInstance(anInstance());
    expect(new Set(layout.left.map((p) => p.x)).size).toBe(1);
    expect(layout.right[0]!.x).toBeGreaterThan(layout.left[0]!.x + layout.left[0]!.width);
    expect(layout.left[1]!.y - layout.left[0]!.y).toBe(ROW_PITCH);
  });

  it('joins each link from the right edge of its left row to the left edge of its right row', () => {
    const layout = layoutInstance(anInstance());
    const ada = layout.left[0]!;
    const alg = layout.right[1]!;
    const link = layout.links.find((l) => l.left === '1' && l.right === '11')!;
    expect(link.x1).toBe(ada.x + ada.width);
    expect(link.x2).toBe(alg.x);
    expect(link.y1).toBeGreaterThan(ada.y);
    expect(link.y2).toBeGreaterThan(alg.y);
  });

  it('counts each row’s links as its degree', () => {
    const layout = layoutInstance(anInstance());
    expect(layout.left.map((p) => p.degree)).toEqual([2, 1]);
    expect(layout.right.map((p) => p.degree)).toEqual([2, 1]);
  });
});

describe('renderInstanceSvg', () => {
  it('draws a group per row and a line per link, selectable by data attributes', () => {
    const svg = renderInstanceSvg(anInstance());
    expect(svg.match(/<g class="inst-row" data-side="left"/g)).toHaveLength(2);
    expect(svg.match(/<line class="inst-link"/g)).toHaveLength(3);
    expect(svg).toContain('data-left="1" data-right="11"');
    expect(svg).toContain('<title>students and courses linked through enrollments</title>');
  });

  it('escapes every label, key and table name', () => {
    const hostile = '<img src=x onerror="alert(1)">&';
    const svg = renderInstanceSvg(
      anInstance({
        left: { table: hostile, labelColumn: null, keyColumns: ['id'], rows: [row('"><x', '<b>bold</b>')] },
        links: [{ left: '"><x', right: '10' }],
      }),
    );
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;img src=x onerror="alert(1)"&gt;&amp;');
    expect(svg).toContain('data-key="&quot;&gt;&lt;x"');
  });

  it('cuts long labels with an ellipsis but keeps the key in the tooltip', () => {
    const long = 'A very long course title that goes on and on';
    const svg = renderInstanceSvg(
      anInstance({ right: { table: 'courses', labelColumn: 't', keyColumns: ['id'], rows: [row('10', long)] } }),
    );
    expect(svg).toContain('A very long course title th…');
    expect(svg).toContain('<title>t: id = 10</title>');
  });

  it('says "(no rows)" for an empty side', () => {
    const svg = renderInstanceSvg(anInstance({ right: { table: 'courses', labelColumn: null, keyColumns: ['id'], rows: [] }, links: [] }));
    expect(svg).toContain('(no rows)');
  });
});
