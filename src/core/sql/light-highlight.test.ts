import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HighlightedPiece } from './highlight-pieces.js';
import { highlightSql } from './highlight-sql.js';
import { highlightSqlLight } from './light-highlight.js';

/** Every SQL block of the built-in course, both languages. */
const courseSql = ['en', 'ru'].flatMap((lang) =>
  readdirSync(join('lessons', lang))
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) => [...readFileSync(join('lessons', lang, f), 'utf8').matchAll(/```sql[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1]!)),
);

/** The class of each character. */
function perCharacter(pieces: HighlightedPiece[]): string[] {
  return pieces.flatMap(([text, classes]) => [...text].map(() => classes));
}

describe('light SQL highlighting', () => {
  it('marks keywords, types, strings, quoted names, numbers, comments and operators', () => {
    const pieces = highlightSqlLight(`CREATE TABLE "a""b" (id INTEGER); -- note\nSELECT 'it''s', 1.5 * 2 FROM [x y];`);
    const classed = pieces.filter(([, c]) => c).map(([t, c]) => `${c}:${t}`);
    expect(classed).toEqual([
      'tok-keyword:CREATE',
      'tok-keyword:TABLE',
      'tok-string2:"a""b"',
      'tok-punctuation:(',
      'tok-typeName:INTEGER',
      'tok-punctuation:)',
      'tok-comment:-- note',
      'tok-keyword:SELECT',
      "tok-string:'it''s'",
      'tok-punctuation:,',
      'tok-number:1.5',
      'tok-operator:*',
      'tok-number:2',
      'tok-keyword:FROM',
    ]);
  });

  it('keeps every character of the code, line breaks as pieces of their own', () => {
    const code = "SELECT 1; /* two\nlines */ SELECT 'open";
    const pieces = highlightSqlLight(code);
    expect(pieces.map(([t]) => t).join('')).toBe(code);
    expect(pieces.filter(([t]) => t.includes('\n'))).toEqual([['\n', '']]);
  });

  it('paints the course as the grammar does, for almost every character', () => {
    expect(courseSql.length).toBeGreaterThan(50);
    let same = 0;
    let all = 0;
    for (const code of courseSql) {
      const light = highlightSqlLight(code);
      expect(light.map(([t]) => t).join('')).toBe(code);
      const grammar = perCharacter(highlightSql(code));
      perCharacter(light).forEach((c, i) => {
        all++;
        if (c === grammar[i]) same++;
      });
    }
    expect(same / all).toBeGreaterThan(0.97);
  });
});
