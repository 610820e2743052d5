import { describe, expect, it } from 'vitest';
import { formatRoute, isBareHash, parseRoute } from './router.js';

describe('hash routes', () => {
  it.each([
    ['#/en/many-to-many', { kind: 'lesson', lang: 'en', lessonId: 'many-to-many' }],
    ['#/ru/querying', { kind: 'lesson', lang: 'ru', lessonId: 'querying' }],
    ['#/ru', { kind: 'lesson', lang: 'ru', lessonId: null }],
    ['', { kind: 'lesson', lang: 'en', lessonId: null }],
    ['#/nonsense/x', { kind: 'lesson', lang: 'en', lessonId: null }],
    ['#/open?src=https%3A%2F%2Fexample.org%2Fl.md', { kind: 'open', lang: 'en', src: 'https://example.org/l.md' }],
    ['#/complete?lang=ru', { kind: 'complete', lang: 'ru' }],
    ['#/file/my%20lesson.md', { kind: 'file', lang: 'en', name: 'my lesson.md' }],
    ['#/file/l.md?lang=ru', { kind: 'file', lang: 'ru', name: 'l.md' }],
    ['#/file', { kind: 'lesson', lang: 'en', lessonId: null }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('survives malformed escapes in a link', () => {
    expect(parseRoute('#/en/100%')).toEqual({ kind: 'lesson', lang: 'en', lessonId: '100%' });
    expect(parseRoute('#/en/%E0%A4%A')).toEqual({ kind: 'lesson', lang: 'en', lessonId: '%E0%A4%A' });
    expect(parseRoute('#/open?src=%E0%A4%A').kind).toBe('open');
  });

  it('round-trips every route through its hash', () => {
    for (const hash of [
      '#/en/a-b',
      '#/ru',
      '#/open?src=lessons%2Fx.md',
      '#/open?src=a&lang=ru',
      '#/complete',
      '#/complete?lang=ru',
      '#/file/a%20b.md',
      '#/file/x.md?lang=ru',
    ]) {
      expect(parseRoute(formatRoute(parseRoute(hash)))).toEqual(parseRoute(hash));
    }
  });

  it('tells the bare address from any route', () => {
    for (const hash of ['', '#', '#/']) expect(isBareHash(hash)).toBe(true);
    for (const hash of ['#/en', '#/en/a', '#/open?src=x', '#/file/a.md']) expect(isBareHash(hash)).toBe(false);
  });
});
