/**
 * The separator between the playground and the diagram: dragged with the mouse or moved with the
 * arrow keys (Home and End for the limits), it sets the playground's share of the column, and the
 * share is remembered across reloads (a UI preference, kept in localStorage).
 */
import type { Language } from '../core/messages/language.js';
import { say } from '../core/messages/renderer.js';
import { h } from './dom.js';
import { trackDrag } from './diagram-interaction.js';

/** The playground's share of the column, in percent: default and limits. */
export const SPLIT_DEFAULT = 42;
export const SPLIT_MIN = 15;
export const SPLIT_MAX = 70;
const STEP = 5;
const STORAGE_KEY = 'junction.split';

/** Clamps a share to the limits; anything that is not a finite number becomes the default. */
export function clampSplit(value: number): number {
  if (!Number.isFinite(value)) return SPLIT_DEFAULT;
  return Math.round(Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, value)));
}

/** The share a key press moves to, or null for keys the separator ignores. */
export function splitAfterKey(value: number, key: string): number | null {
  switch (key) {
    case 'ArrowUp':
    case 'ArrowLeft':
      return clampSplit(value - STEP);
    case 'ArrowDown':
    case 'ArrowRight':
      return clampSplit(value + STEP);
    case 'Home':
      return SPLIT_MIN;
    case 'End':
      return SPLIT_MAX;
    default:
      return null;
  }
}

function stored(): number {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    return raw === null || raw === undefined ? SPLIT_DEFAULT : clampSplit(Number(raw));
  } catch {
    // Storage can be unavailable (private modes, sandboxed frames): the default will do.
    return SPLIT_DEFAULT;
  }
}

function store(value: number): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, String(value));
  } catch {
    // Not remembering a preference is harmless.
  }
}

/**
 * A horizontal separator that resizes `container`, a grid whose rows are the playground, the
 * separator and the diagram: it sets the grid's rows from the share.
 */
export class SplitSeparator {
  readonly element: HTMLElement;
  readonly #container: HTMLElement;
  #value: number;

  constructor(container: HTMLElement, lang: Language) {
    this.#container = container;
    this.#value = stored();
    this.element = h('div', {
      class: 'workspace-split',
      role: 'separator',
      tabindex: '0',
      'aria-orientation': 'horizontal',
      'aria-label': say(lang, 'ui.resize-split'),
      'aria-valuemin': String(SPLIT_MIN),
      'aria-valuemax': String(SPLIT_MAX),
    });
    this.element.addEventListener('keydown', (e) => {
      const next = splitAfterKey(this.#value, e.key);
      if (next === null || e.ctrlKey || e.metaKey || e.altKey) return;
      e.preventDefault();
      this.set(next);
    });
    this.element.addEventListener('pointerdown', (e) => this.#drag(e));
    this.#apply();
  }

  /** The playground's share, in percent. */
  get value(): number {
    return this.#value;
  }

  /** Sets and remembers the share. */
  set(value: number): void {
    this.#value = clampSplit(value);
    store(this.#value);
    this.#apply();
  }

  #apply(): void {
    this.element.setAttribute('aria-valuenow', String(this.#value));
    this.#container.style.setProperty('--split-top', `${this.#value}fr`);
    this.#container.style.setProperty('--split-bottom', `${100 - this.#value}fr`);
  }

  #drag(event: PointerEvent): void {
    if (event.button !== 0) return;
    event.preventDefault();
    const rect = this.#container.getBoundingClientRect();
    const start = this.#value;
    this.element.classList.add('dragging');
    trackDrag(event, {
      move: (_dx, dy) => {
        if (rect.height > 0) this.set(start + (dy / rect.height) * 100);
      },
      end: () => this.element.classList.remove('dragging'),
    });
  }
}
