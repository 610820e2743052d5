import { describe, expect, it } from 'vitest';
import { msg } from './message.js';
import { loadCatalogue, loadChrome, renderMessage, say } from './renderer.js';

// This file imports the renderer alone, as a page does: it loads one language at a time.
describe('the renderer before the catalogue', () => {
  it('says why an embed shows nothing, and speaks the chrome in a language once it is loaded', async () => {
    expect(renderMessage(msg('embed.no-source'), 'ru')).toMatch(/src/);
    expect(() => say('ru', 'ui.run')).toThrow(/loadCatalogue\('ru'\)/);
    await loadChrome('ru');
    expect(say('ru', 'ui.run')).toBe('Выполнить');
    expect(() => say('en', 'ui.run')).toThrow(/loadCatalogue\('en'\)/);
    await loadChrome('en');
    expect(say('en', 'ui.run')).toBe('Run');
  });

  it('knows every sentence of a language once its catalogue has loaded, and of that language alone', async () => {
    expect(() => say('en', 'counterexample.empty')).toThrow(/loadCatalogue\('en'\)/);
    await loadCatalogue('en');
    expect(say('en', 'counterexample.empty')).toBe('(no rows)');
    expect(() => say('ru', 'counterexample.empty')).toThrow(/loadCatalogue\('ru'\)/);
    await loadCatalogue('ru');
    expect(say('ru', 'counterexample.empty')).toBe('(нет строк)');
  });

  it('names a code that a loaded catalogue lacks as a bug, not as a missing load', () => {
    const unknown = { code: 'ui.no-such-code', params: {} } as unknown as Parameters<typeof renderMessage>[0];
    expect(() => renderMessage(unknown, 'en')).toThrow(/catalogue has no "ui.no-such-code" in "en"/);
  });
});
