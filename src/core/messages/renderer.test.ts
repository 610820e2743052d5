import { describe, expect, it } from 'vitest';
import { msg } from './message.js';
import { renderMessage, say } from './renderer.js';

// This file imports the renderer alone, as an embed's first paint does: only the chrome's words.
describe('the renderer before the whole catalogue', () => {
  it('speaks the chrome in both languages', () => {
    expect(say('en', 'ui.run')).toBe('Run');
    expect(say('ru', 'ui.run')).toBe('Выполнить');
    expect(renderMessage(msg('embed.no-source'), 'ru')).toMatch(/src/);
  });

  it('says which import is missing for a sentence outside the chrome, then knows it once render.ts loads', async () => {
    expect(() => say('en', 'counterexample.empty')).toThrow(/render\.ts/);
    await import('./render.js');
    expect(say('en', 'counterexample.empty')).toBe('(no rows)');
    expect(say('ru', 'counterexample.empty')).toBe('(нет строк)');
  });
});
