// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { textWithCode } from './dom.js';

const markup = (parts: (string | HTMLElement)[]) => {
  const p = document.createElement('p');
  p.append(...parts);
  return p.innerHTML;
};

describe('textWithCode', () => {
  it('makes each `span` a <code> element and leaves the rest as text', () => {
    expect(markup(textWithCode('Give it a `src` address or a `<script type="text/markdown">`.'))).toBe(
      'Give it a <code>src</code> address or a <code>&lt;script type="text/markdown"&gt;</code>.',
    );
  });

  it('keeps a sentence without backticks, and one that starts or ends with code, whole', () => {
    expect(textWithCode('No code here.')).toEqual(['No code here.']);
    expect(markup(textWithCode('`junction lessons check` finds no problems.'))).toBe(
      '<code>junction lessons check</code> finds no problems.',
    );
    expect(markup(textWithCode('Run `npm run build`'))).toBe('Run <code>npm run build</code>');
  });

  it('leaves a lone backtick as it is', () => {
    expect(textWithCode('a ` b')).toEqual(['a ` b']);
  });
});
