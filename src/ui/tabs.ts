/** An accessible tab strip: buttons with role=tab switching panels with role=tabpanel. */
import { h } from './dom.js';
import { JunctionTabEvent } from './events.js';

export interface TabSpec {
  id: string;
  label: string;
  panel: HTMLElement;
}

/** Tabs announce a selection with a `junction-tab` event from the strip. */
export class Tabs {
  readonly strip: HTMLElement;
  readonly panels: HTMLElement;
  #selected = '';
  readonly #specs: TabSpec[];

  constructor(specs: TabSpec[], name: string) {
    this.#specs = specs;
    this.strip = h('div', { class: 'tabs', role: 'tablist', 'aria-label': name });
    this.panels = h('div', { class: 'tab-panels' });
    for (const spec of specs) {
      const tab = h(
        'button',
        { type: 'button', role: 'tab', id: `tab-${spec.id}`, 'aria-controls': `panel-${spec.id}`, 'data-tab': spec.id },
        spec.label,
      );
      tab.addEventListener('click', () => this.select(spec.id));
      tab.addEventListener('keydown', (event) => this.#arrow(event, spec.id));
      this.strip.append(tab);
      spec.panel.id = `panel-${spec.id}`;
      spec.panel.setAttribute('role', 'tabpanel');
      spec.panel.setAttribute('aria-labelledby', `tab-${spec.id}`);
      spec.panel.classList.add('tab-panel');
      this.panels.append(spec.panel);
    }
    if (specs[0]) this.select(specs[0].id);
  }

  get selected(): string {
    return this.#selected;
  }

  select(id: string): void {
    this.#selected = id;
    for (const spec of this.#specs) {
      const on = spec.id === id;
      spec.panel.hidden = !on;
      const tab = this.strip.querySelector<HTMLElement>(`[data-tab="${spec.id}"]`)!;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
    }
    this.strip.dispatchEvent(new JunctionTabEvent(id));
  }

  #arrow(event: KeyboardEvent, id: string): void {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = this.#specs.findIndex((s) => s.id === id);
    const step = event.key === 'ArrowRight' ? 1 : -1;
    const next = this.#specs[(index + step + this.#specs.length) % this.#specs.length]!;
    this.select(next.id);
    this.strip.querySelector<HTMLElement>(`[data-tab="${next.id}"]`)?.focus();
  }
}
