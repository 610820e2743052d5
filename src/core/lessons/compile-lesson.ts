/**
 * A lesson prepared ahead of time (the build does this for the built-in course): parsed, with
 * every markdown snippet it shows rendered to HTML, so the page needs no markdown or YAML parser
 * for it. The HTML is still sanitised when it reaches the page, like any lesson's.
 */
import type { HighlightedPiece } from '../sql/highlight-pieces.js';
import { highlightSql } from '../sql/highlight-sql.js';
import { renderMarkdown } from './markdown.js';
import { parseLesson } from './parse-lesson.js';
import type { Lesson, LessonWarning } from './types.js';

export interface CompiledLesson {
  lesson: Lesson;
  warnings: LessonWarning[];
  /** Rendered HTML (unsanitised) by markdown source: prose, asides, hints, wrong-answer hints. */
  html: Record<string, string>;
  /** Every piece of SQL the lesson can show (code blocks, exercise starters, solutions), highlighted. */
  highlighted: Record<string, HighlightedPiece[]>;
}

/**
 * Parses a lesson and renders every markdown snippet it can show; with `baseUrl`, its images and
 * links resolve against it (`junction lessons build` gives a placeholder the page replaces).
 */
export function compileLesson(markdown: string, options: { fileName?: string; baseUrl?: string } = {}): CompiledLesson {
  const { lesson, warnings } = parseLesson(markdown, options.fileName === undefined ? {} : { fileName: options.fileName });
  const html: Record<string, string> = {};
  const rendering = options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl };
  const add = (source: string) => {
    if (source && !(source in html)) html[source] = renderMarkdown(source, rendering);
  };
  for (const block of lesson.blocks) {
    if (block.kind === 'prose' || block.kind === 'aside' || block.kind === 'hint') add(block.markdown);
  }
  for (const exercise of lesson.exercises) {
    for (const hint of exercise.hints) add(hint.markdown);
    for (const wrong of exercise.wrongs) add(wrong.hint);
  }
  const highlighted: Record<string, HighlightedPiece[]> = {};
  const paint = (code: string) => {
    if (!(code in highlighted)) highlighted[code] = highlightSql(code);
  };
  for (const block of lesson.blocks) {
    if (block.kind === 'sql' || block.kind === 'sql-static') paint(block.code);
  }
  for (const exercise of lesson.exercises) {
    paint(exercise.starter);
    if (exercise.solution) paint(exercise.solution.sql);
  }
  return { lesson, warnings, html, highlighted };
}
