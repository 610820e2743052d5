import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('resolves an Obsidian image embed against the base URL', () => {
    const html = renderMarkdown('![[Pasted image 1.png]]', { baseUrl: 'https://example.org/lessons/ru/note.md' });
    expect(html).toContain('<img class="embed" src="https://example.org/lessons/ru/Pasted%20image%201.png"');
    expect(html).toContain('alt="Pasted image 1.png"');
  });

  it('shows a quiet placeholder for an embed when there is no base URL', () => {
    const html = renderMarkdown('![[Pasted image 1.png]]');
    expect(html).toContain('<span class="embed-missing" title="Pasted image 1.png">Pasted image 1.png</span>');
    expect(html).not.toContain('<img');
  });

  it('keeps an embed width given after a bar', () => {
    expect(renderMarkdown('![[a.png|300]]', { baseUrl: 'https://x.org/' })).toContain('width="300"');
  });

  it('renders wiki links as text spans, using the alias when given', () => {
    expect(renderMarkdown('See [[Other note]].')).toContain('<span class="wikilink" data-target="Other note">Other note</span>');
    expect(renderMarkdown('See [[Other note|that one]].')).toContain('>that one</span>');
  });

  it('turns a [!warning] blockquote into a callout with a default title', () => {
    const html = renderMarkdown('> [!warning]\n> Foreign keys are off by default.');
    expect(html).toContain('<div class="callout callout-warning" data-callout="warning">');
    expect(html).toContain('<p class="callout-title">Warning</p>');
    expect(html).toContain('<p>Foreign keys are off by default.</p>');
    expect(html).not.toContain('blockquote');
  });

  it('uses the text after the callout marker as its title', () => {
    const html = renderMarkdown('> [!note] Why a junction table?\n> Because.');
    expect(html).toContain('<p class="callout-title">Why a junction table?</p>');
  });

  it('leaves ordinary blockquotes alone', () => {
    expect(renderMarkdown('> quoted')).toContain('<blockquote>');
  });

  it('renders tip and hint containers as divs', () => {
    expect(renderMarkdown('::: tip\nUse **LEFT JOIN**.\n:::\n')).toContain('<div class="aside aside-tip">');
    expect(renderMarkdown('::: hint for=x\nThink.\n:::\n')).toContain('<div class="hint">');
  });

  it('keeps raw HTML for the sanitiser and escapes code', () => {
    expect(renderMarkdown('<kbd>Ctrl</kbd>')).toContain('<kbd>Ctrl</kbd>');
    expect(renderMarkdown('```sql\nSELECT 1 < 2;\n```')).toContain('SELECT 1 &lt; 2;');
  });

  it('renders GFM tables', () => {
    expect(renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |')).toContain('<table>');
  });
});

describe('a lesson opened from a URL', () => {
  const base = 'https://example.org/course/week1/';
  it('resolves relative markdown images and links against the lesson, and leaves absolute ones alone', () => {
    const html = renderMarkdown('![er](img/er.png) [next](lesson2.md) [top](#top) [abs](https://x.org/a) ![root](/logo.png)', {
      baseUrl: base,
    });
    expect(html).toContain('src="https://example.org/course/week1/img/er.png"');
    expect(html).toContain('href="https://example.org/course/week1/lesson2.md"');
    expect(html).toContain('href="#top"');
    expect(html).toContain('href="https://x.org/a"');
    expect(html).toContain('src="/logo.png"');
  });

  it('changes nothing without a base', () => {
    expect(renderMarkdown('![er](img/er.png)')).toContain('src="img/er.png"');
  });
});
