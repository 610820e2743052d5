import { describe, expect, it } from 'vitest';
import { highlightSql } from '../sql/highlight-sql.js';
import { compileLesson } from './compile-lesson.js';
import { renderMarkdown } from './markdown.js';

const LESSON = `---
id: demo
title: Demo
---

Some **prose**.

\`\`\`sql exercise id=one
SELECT
\`\`\`

\`\`\`sql solution for=one
SELECT 1;
\`\`\`

\`\`\`sql wrong for=one
-- hint: Not *two*.
SELECT 2;
\`\`\`

::: hint for=one
Think of \`1\`.
:::

::: tip
A tip.
:::
`;

describe('compiling a lesson ahead of time', () => {
  it('renders every snippet the page can show, exactly as rendering it later would', () => {
    const { lesson, warnings, html } = compileLesson(LESSON, { fileName: 'demo.md' });
    expect(warnings).toEqual([]);
    const sources = [
      ...lesson.blocks.flatMap((b) => (b.kind === 'prose' || b.kind === 'aside' || b.kind === 'hint' ? [b.markdown] : [])),
      ...lesson.exercises.flatMap((e) => [...e.hints.map((h) => h.markdown), ...e.wrongs.map((w) => w.hint)]),
    ];
    expect(sources.length).toBeGreaterThanOrEqual(4);
    for (const source of sources) expect(html[source]).toBe(renderMarkdown(source));
    expect(Object.values(html).join('')).toContain('<strong>prose</strong>');
  });

  it('highlights every piece of SQL the page can show, as painting it later would', () => {
    const { lesson, highlighted } = compileLesson(LESSON, { fileName: 'demo.md' });
    const codes = [
      ...lesson.blocks.flatMap((b) => (b.kind === 'sql' || b.kind === 'sql-static' ? [b.code] : [])),
      ...lesson.exercises.flatMap((e) => [e.starter, ...(e.solution ? [e.solution.sql] : [])]),
    ];
    expect(codes.length).toBeGreaterThanOrEqual(2);
    for (const code of codes) expect(highlighted[code]).toEqual(highlightSql(code));
    expect(Object.keys(highlighted).sort()).toEqual([...new Set(codes)].sort());
  });

  it('survives a JSON round trip (the build embeds it as JSON)', () => {
    const compiled = compileLesson(LESSON, { fileName: 'demo.md' });
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
  });
});
