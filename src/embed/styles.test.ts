import { describe, expect, it } from 'vitest';
import { scopeToHost } from './styles.js';

describe('the app styles in a shadow root', () => {
  it('moves :root rules to :host and :root[attr] to :host([attr])', () => {
    const css =
      ':root { --j-bg: #fff; }\n:root[data-theme="dark"] { --j-bg: #000; }\n:root[data-theme="dark"] .btn.primary { color: #111; }';
    expect(scopeToHost(css)).toBe(
      ':host { --j-bg: #fff; }\n:host([data-theme="dark"]) { --j-bg: #000; }\n:host([data-theme="dark"]) .btn.primary { color: #111; }',
    );
  });

  it('drops the page-level html and body rules and keeps the rest', () => {
    const css = 'html, body { margin: 0; height: 100%; }\nbody { font: 16px/1.6 sans-serif; }\n.btn { padding: 0; }';
    expect(scopeToHost(css).trim()).toBe('.btn { padding: 0; }');
  });
});
