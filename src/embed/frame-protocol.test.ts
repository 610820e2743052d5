import { describe, expect, it } from 'vitest';
import { isFrameMessage, parseFrameHash, parseOrigin, targetOrigin } from './frame-protocol.js';

const PAGE = 'https://junction.example.org/embed.html';

describe('the iframe protocol', () => {
  it('reads the settings and the parent origin from the hash', () => {
    const hash = `#src=${encodeURIComponent('https://lms.example.edu/files/tags.md')}&exercise=post-tags&lang=ru&theme=dark&diagram=logical&parent-origin=${encodeURIComponent('https://lms.example.edu')}`;
    expect(parseFrameHash(hash, PAGE)).toEqual({
      src: 'https://lms.example.edu/files/tags.md',
      exercise: 'post-tags',
      lang: 'ru',
      theme: 'dark',
      diagram: 'logical',
      height: null,
      parentOrigin: 'https://lms.example.edu',
    });
  });

  it('posts to * when no parent origin, or a malformed one, is given', () => {
    expect(targetOrigin(parseFrameHash('#src=a.md', PAGE))).toBe('*');
    expect(targetOrigin(parseFrameHash('#src=a.md&parent-origin=lms.example.edu', PAGE))).toBe('*');
    expect(targetOrigin(parseFrameHash(`#parent-origin=${encodeURIComponent('https://lms.example.edu')}`, PAGE))).toBe(
      'https://lms.example.edu',
    );
  });

  it.each([
    ['https://lms.example.edu', 'https://lms.example.edu'],
    ['https://lms.example.edu/', 'https://lms.example.edu'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['https://lms.example.edu/course/1', null],
    ['javascript:alert(1)', null],
    ['*', null],
    ['', null],
  ] as const)('takes %j as the origin %j', (value, expected) => {
    expect(parseOrigin(value)).toBe(expected);
  });

  it('tells Junction messages from others', () => {
    expect(isFrameMessage({ source: 'junction', type: 'solved', lesson: 'l', exercise: 'e', passed: true })).toBe(true);
    expect(isFrameMessage({ source: 'junction', type: 'resize', height: 300 })).toBe(true);
    expect(isFrameMessage({ source: 'junction', type: 'launch' })).toBe(false);
    expect(isFrameMessage({ source: 'other', type: 'ready' })).toBe(false);
    expect(isFrameMessage('junction')).toBe(false);
    expect(isFrameMessage(null)).toBe(false);
  });
});
