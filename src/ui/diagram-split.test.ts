// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { clampSplit, SPLIT_DEFAULT, SPLIT_MAX, SPLIT_MIN, SplitSeparator, splitAfterKey } from './diagram-split.js';
// Every sentence in both languages, as Node has them (the page loads its learner's: renderer.ts).
import '../core/messages/render.js';

afterEach(() => localStorage.clear());

function key(el: Element, k: string): void {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
}

describe('SplitSeparator', () => {
  it('is a separator that says where it is', () => {
    const split = new SplitSeparator(document.createElement('div'), 'en');
    expect(split.element.getAttribute('role')).toBe('separator');
    expect(split.element.getAttribute('aria-valuenow')).toBe(String(SPLIT_DEFAULT));
    expect(split.element.getAttribute('aria-label')).toBe('Resize the playground and the diagram');
  });

  it('moves with the arrow keys, sets the rows of its container, and stops at the limits', () => {
    const container = document.createElement('div');
    const split = new SplitSeparator(container, 'en');
    key(split.element, 'ArrowDown');
    expect(split.value).toBe(SPLIT_DEFAULT + 5);
    expect(container.style.getPropertyValue('--split-top')).toBe(`${SPLIT_DEFAULT + 5}fr`);
    key(split.element, 'Home');
    key(split.element, 'ArrowUp');
    expect(split.value).toBe(SPLIT_MIN);
    key(split.element, 'End');
    expect(split.element.getAttribute('aria-valuenow')).toBe(String(SPLIT_MAX));
  });

  it('remembers the share for the next page', () => {
    new SplitSeparator(document.createElement('div'), 'en').set(30);
    expect(new SplitSeparator(document.createElement('div'), 'en').value).toBe(30);
  });

  it('ignores a stored value that is not a number', () => {
    localStorage.setItem('junction.split', 'wide');
    expect(new SplitSeparator(document.createElement('div'), 'en').value).toBe(SPLIT_DEFAULT);
  });
});

describe('splitAfterKey and clampSplit', () => {
  it.each([
    ['ArrowUp', 40, 35],
    ['ArrowLeft', 40, 35],
    ['ArrowDown', 40, 45],
    ['Home', 40, SPLIT_MIN],
    ['End', 40, SPLIT_MAX],
    ['a', 40, null],
  ])('%s from %i gives %s', (k, from, to) => {
    expect(splitAfterKey(from, k)).toBe(to);
  });

  it('keeps shares within the limits', () => {
    expect(clampSplit(1)).toBe(SPLIT_MIN);
    expect(clampSplit(99)).toBe(SPLIT_MAX);
    expect(clampSplit(Number.NaN)).toBe(SPLIT_DEFAULT);
  });
});
