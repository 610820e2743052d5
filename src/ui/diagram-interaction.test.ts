import { describe, expect, it } from 'vitest';
import { fitTransform, IDENTITY, MAX_SCALE, MIN_SCALE, toDiagram, transformAttr, wheelFactor, zoomAt } from './diagram-interaction.js';

describe('zoomAt', () => {
  it('keeps the diagram point under the pointer in place', () => {
    const view = { x: 30, y: -20, scale: 0.8 };
    const before = toDiagram(view, 200, 150);
    const after = toDiagram(zoomAt(view, 1.5, 200, 150), 200, 150);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it.each([
    [100, MAX_SCALE],
    [0.001, MIN_SCALE],
  ])('clamps a zoom by %d to the scale limits', (factor, scale) => {
    expect(zoomAt(IDENTITY, factor, 0, 0).scale).toBe(scale);
  });
});

describe('fitTransform', () => {
  it('centres a large drawing, scaled down to fit the pane', () => {
    const view = fitTransform({ x: 0, y: 0, width: 1000, height: 400 }, 532, 232);
    expect(view.scale).toBeCloseTo(0.5);
    const centre = toDiagram(view, 266, 116);
    expect(centre.x).toBeCloseTo(500, 0);
    expect(centre.y).toBeCloseTo(200, 0);
  });

  it('never magnifies a small drawing', () => {
    expect(fitTransform({ x: 0, y: 0, width: 100, height: 50 }, 800, 600).scale).toBe(1);
  });

  it('leaves the view alone while the pane has no size', () => {
    expect(fitTransform({ x: 0, y: 0, width: 100, height: 50 }, 0, 0)).toEqual(IDENTITY);
  });
});

describe('small helpers', () => {
  it('writes the view as an SVG transform', () => {
    expect(transformAttr({ x: 12.345, y: -3, scale: 1.23456 })).toBe('translate(12.3 -3) scale(1.235)');
  });

  it('zooms in on a wheel turned away from the user and out the other way, lines counting more than pixels', () => {
    expect(wheelFactor({ deltaY: -100, deltaMode: 0 })).toBeGreaterThan(1);
    expect(wheelFactor({ deltaY: 100, deltaMode: 0 })).toBeLessThan(1);
    expect(wheelFactor({ deltaY: 3, deltaMode: 1 })).toBeLessThan(wheelFactor({ deltaY: 3, deltaMode: 0 }));
  });
});
