/** The lesson parser an embed loads for a lesson given as markdown (a compiled one needs none). */
export { renderMarkdown } from '../core/lessons/markdown.js';
export { parseLesson } from '../core/lessons/parse-lesson.js';
