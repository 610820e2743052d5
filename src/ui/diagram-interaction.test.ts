import { describe, expect, it } from 'vitest';
import {
  fitTransform,
  IDENTITY,
  inView,
  MAX_SCALE,
  MIN_SCALE,
  READABLE_SCALE,
  toDiagram,
  transformAttr,
  wheelFactor,
  zoomAt,
} from './diagram-interaction.js';

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
    const view = fitTransform({ x: 0, y: 0, width: 1000, height: 400 }, 782, 332);
    expect(view.scale).toBeCloseTo(0.75);
    const centre = toDiagram(view, 391, 166);
    expect(centre.x).toBeCloseTo(500, 0);
    expect(centre.y).toBeCloseTo(200, 0);
  });

  it('never shrinks text below a readable size: a drawing too big is shown from its top-left corner', () => {
    const view = fitTransform({ x: -40, y: 10, width: 5000, height: 3000 }, 800, 400);
    expect(view.scale).toBe(READABLE_SCALE);
    expect(12 * view.scale).toBeGreaterThanOrEqual(9);
    const corner = toDiagram(view, 16, 16);
    // Rounded to whole pixels on screen.
    expect(Math.abs(corner.x + 40)).toBeLessThan(1);
    expect(Math.abs(corner.y - 10)).toBeLessThan(1);
  });

  it('tells whether a box is wholly on screen', () => {
    const view = { x: 10, y: 10, scale: 1 };
    expect(inView(view, { x: 0, y: 0, width: 100, height: 50 }, 200, 100)).toBe(true);
    expect(inView(view, { x: 150, y: 0, width: 100, height: 50 }, 200, 100)).toBe(false);
  });

  it('shrinks past the readable size when asked to show everything, down to the zoom limit', () => {
    const view = fitTransform({ x: 0, y: 0, width: 1000, height: 400 }, 400, 300, 0);
    expect(view.scale).toBeCloseTo((400 - 32) / 1000);
    expect(inView(view, { x: 0, y: 0, width: 1000, height: 400 }, 400, 300)).toBe(true);
    expect(fitTransform({ x: 0, y: 0, width: 100000, height: 400 }, 400, 300, 0).scale).toBe(MIN_SCALE);
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
