import { describe, expect, it } from 'vitest';
import { msg } from './message.js';
import { loadChrome, renderMessage, say } from './renderer.js';

// This file imports the renderer alone, as an embed's first paint does.
describe('the renderer before the whole catalogue', () => {
  it('says why an embed shows nothing, and speaks the chrome in a language once it is loaded', async () => {
    expect(renderMessage(msg('embed.no-source'), 'ru')).toMatch(/src/);
    expect(() => say('ru', 'ui.run')).toThrow(/loadChrome\('ru'\)/);
    await loadChrome('ru');
    expect(say('ru', 'ui.run')).toBe('Выполнить');
    expect(() => say('en', 'ui.run')).toThrow(/loadChrome\('en'\)/);
    await loadChrome('en');
    expect(say('en', 'ui.run')).toBe('Run');
  });

  it('says which import is missing for a sentence outside the chrome, then knows it once render.ts loads', async () => {
    expect(() => say('en', 'counterexample.empty')).toThrow(/render\.ts/);
    await import('./render.js');
    expect(say('en', 'counterexample.empty')).toBe('(no rows)');
    expect(say('ru', 'counterexample.empty')).toBe('(нет строк)');
  });
});
