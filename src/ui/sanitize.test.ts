// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSanitizer, sanitizeToFragment } from './sanitize.js';

// jsdom has no HTML Sanitizer API: this is the DOMPurify path (Chromium's own is tested in e2e/xss.e2e.ts).
beforeAll(() => loadSanitizer());

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

describe('addresses in lesson HTML', () => {
  it('drops script and data addresses however they are spelt, and keeps web, mail and relative ones', () => {
    const out = html(
      '<a href=" javascript:alert(1)">a</a><a href="java&#9;script:alert(2)">b</a><a href="data:text/html,x">c</a>' +
        '<img src="javascript:while(1){}"><img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">' +
        '<a href="mailto:t@example.org">m</a><a href="../next.md">n</a><img srcset="ok.png 1x, javascript:x 2x">',
    );
    expect(out).not.toMatch(/javascript|data:text|srcset/i);
    expect(out).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(out).toContain('href="mailto:t@example.org"');
    expect(out).toContain('href="../next.md"');
  });
});
