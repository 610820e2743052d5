// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeToFragment } from './sanitize.js';

function html(source: string): string {
  const div = document.createElement('div');
  div.append(sanitizeToFragment(source));
  return div.innerHTML;
}

describe('lesson HTML sanitising', () => {
  it('removes scripts, handlers and javascript: links', () => {
    const out = html(
      '<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a><svg onload="alert(4)"></svg>',
    );
    expect(out).not.toMatch(/onerror|onload|<script|javascript:/i);
  });

  it('keeps the classes the lesson renderer makes and drops the app’s own', () => {
    const out = html('<div class="callout callout-note drop-overlay active">x</div><span class="embed-missing app">y</span>');
    expect(out).toBe('<div class="callout callout-note">x</div><span class="embed-missing">y</span>');
    expect(html('<div class="drop-overlay active">fake</div>')).toBe('<div>fake</div>');
  });

  it('drops ids, popovers, dialogs and forms that could draw over or hijack the app', () => {
    const out = html('<div id="app" popover>x</div><dialog open>y</dialog><form><input></form>');
    expect(out).not.toMatch(/id=|popover|<dialog|<form|<input/);
  });

  it('opens links beside the lab without the opener, and keeps in-page anchors in place', () => {
    const out = html(
      '<a href="https://example.org" target="_top">ext</a><a href="//evil.example">proto</a><a href="#x" target="_blank">in</a>',
    );
    expect(out).toBe(
      '<a href="https://example.org" target="_blank" rel="noopener noreferrer">ext</a>' +
        '<a href="//evil.example" target="_blank" rel="noopener noreferrer">proto</a><a href="#x">in</a>',
    );
  });
});
