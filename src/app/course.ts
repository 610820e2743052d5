/** The built-in course: every `lessons/<lang>/*.md`, bundled at build time and parsed once. */
import { parseLesson } from '../core/lessons/parse-lesson.js';
import type { Lesson, LessonWarning } from '../core/lessons/types.js';
import type { Language } from './router.js';

export interface CourseEntry {
  lang: Language;
  /** File name, e.g. `01-many-to-many.md`. */
  file: string;
  lesson: Lesson;
  warnings: LessonWarning[];
}

const sources = import.meta.glob('/lessons/*/*.md', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

/** Lessons by language, in file-name order. */
export function loadCourse(): Map<Language, CourseEntry[]> {
  const course = new Map<Language, CourseEntry[]>();
  for (const path of Object.keys(sources).sort()) {
    const match = /^\/lessons\/(en|ru)\/([^/]+\.md)$/.exec(path);
    if (!match) continue;
    const lang = match[1] as Language;
    const file = match[2]!;
    const { lesson, warnings } = parseLesson(sources[path]!, { fileName: file });
    const list = course.get(lang) ?? [];
    list.push({ lang, file, lesson, warnings });
    course.set(lang, list);
  }
  return course;
}
