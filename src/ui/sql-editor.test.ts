import { SQLite, sql } from '@codemirror/lang-sql';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { statementAt } from './sql-editor.js';

function at(docWithCursor: string) {
  const pos = docWithCursor.indexOf('|');
  const doc = docWithCursor.replace('|', '');
  const state = EditorState.create({ doc, extensions: [sql({ dialect: SQLite })] });
  const span = statementAt(state, pos);
  return span ? doc.slice(span.from, span.to) : null;
}

describe('the statement at the cursor', () => {
  it.each([
    ['SELECT 1;\nSEL|ECT 2;\nSELECT 3;', 'SELECT 2;'],
    ['SELECT 1;|\nSELECT 2;', 'SELECT 1;'],
    ['SELECT 1;\nSELECT 2;\n|', 'SELECT 2;'],
    ["SELECT 'a;b'|;\nSELECT 2;", "SELECT 'a;b';"],
    ['|SELECT 1', 'SELECT 1'],
  ])('%j → %j', (doc, expected) => {
    expect(at(doc)).toBe(expected);
  });
});
