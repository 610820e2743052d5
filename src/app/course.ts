/** The built-in course: every `lessons/<lang>/*.md`, compiled at build time (see vite.config.ts). */
import type { CompiledLesson } from '../core/lessons/compile-lesson.js';
import type { Language } from '../core/messages/language.js';

export interface CourseEntry extends CompiledLesson {
  lang: Language;
  /** File name, e.g. `01-many-to-many.md`. */
  file: string;
}

const compiled = import.meta.glob('/lessons/*/*.md', { query: '?lesson', import: 'default', eager: true }) as Record<
  string,
  CompiledLesson
>;

/** Lessons by language, in file-name order. */
export function loadCourse(): Map<Language, CourseEntry[]> {
  const course = new Map<Language, CourseEntry[]>();
  for (const path of Object.keys(compiled).sort()) {
    const match = /^\/lessons\/(en|ru)\/([^/]+\.md)$/.exec(path);
    if (!match) continue;
    const lang = match[1] as Language;
    const list = course.get(lang) ?? [];
    list.push({ lang, file: match[2]!, ...compiled[path]! });
    course.set(lang, list);
  }
  return course;
}
