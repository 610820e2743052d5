import { describe, expect, it } from 'vitest';
import { takeLangOption } from './lang-option.js';

describe('takeLangOption', () => {
  it.each([
    [['a.sql'], 'en', ['a.sql']],
    [['--lang', 'ru', 'a.sql', '-o', 'x.svg'], 'ru', ['a.sql', '-o', 'x.svg']],
    [['a.sql', '--logical', '--lang=ru'], 'ru', ['a.sql', '--logical']],
    [['--lang', 'ru', 'a.sql', '--lang=en'], 'en', ['a.sql']],
  ])('reads %j as language %s and leaves %j for the file arguments', (args, lang, rest) => {
    expect(takeLangOption(args)).toEqual({ ok: true, lang, rest });
  });

  it.each([
    [['--lang', 'RU', 'a.sql'], 'unknown language "RU" for --lang (expected en or ru)'],
    [['a.sql', '--lang'], '--lang needs a language (expected en or ru)'],
    [['--lang=', 'a.sql'], '--lang needs a language (expected en or ru)'],
  ])('rejects %j', (args, message) => {
    expect(takeLangOption(args)).toEqual({ ok: false, message });
  });
});
