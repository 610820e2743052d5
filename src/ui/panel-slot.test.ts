// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { PanelSlot, type PanelView } from './panel-slot.js';

class FakeView implements PanelView {
  readonly element = document.createElement('section');
  active = false;
  destroyed = false;
  destroy(): void {
    this.destroyed = true;
  }
}

/** A slot whose view arrives a moment after it is asked for, failing the first `fail` times; `made` holds the views built. */
function slot(options: { fail?: number } = {}) {
  const made: FakeView[] = [];
  let failures = options.fail ?? 0;
  const panel = new PanelSlot(async () => {
    await Promise.resolve();
    if (failures-- > 0) throw new Error('offline');
    const view = new FakeView();
    made.push(view);
    return view;
  });
  return { panel, made };
}

describe('PanelSlot', () => {
  it('stands in the tab, busy, and loads nothing while its tab is hidden', async () => {
    const { panel, made } = slot();
    panel.active = false;
    await new Promise((next) => setTimeout(next));
    expect(made).toHaveLength(0);
    expect(panel.element.getAttribute('aria-busy')).toBe('true');
    expect(panel.view).toBeNull();
  });

  it('loads its view when the tab is first shown, and shows it', async () => {
    const { panel, made } = slot();
    panel.active = true;
    const view = await panel.load();
    expect(made).toHaveLength(1);
    expect(view).toBe(made[0]);
    expect(view?.active).toBe(true);
    expect(panel.element.firstChild).toBe(view?.element);
    expect(panel.element.hasAttribute('aria-busy')).toBe(false);
  });

  it('loads once, and a view loaded while hidden stays hidden until its tab is shown', async () => {
    const { panel, made } = slot();
    const [first, second] = await Promise.all([panel.load(), panel.load()]);
    expect(made).toHaveLength(1);
    expect(first).toBe(second);
    expect(first?.active).toBe(false);
    panel.active = true;
    expect(first?.active).toBe(true);
    panel.active = false;
    expect(first?.active).toBe(false);
  });

  it('destroys a view that arrives after the slot was destroyed', async () => {
    const { panel, made } = slot();
    const loading = panel.load();
    panel.destroy();
    expect(await loading).toBeNull();
    expect(made[0]?.destroyed).toBe(true);
    expect(panel.element.childElementCount).toBe(0);
  });

  it('tries again after a load that failed', async () => {
    const { panel, made } = slot({ fail: 1 });
    expect(await panel.load()).toBeNull();
    expect(panel.element.getAttribute('aria-busy')).toBe('true');
    const view = await panel.load();
    expect(made).toHaveLength(1);
    expect(view).toBe(made[0]);
  });
});
