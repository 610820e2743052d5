/**
 * The built-in course: every `lessons/<lang>/*.md`, compiled at build time (see vite.config.ts).
 * The index ships with the app; each compiled lesson is a chunk of its own, loaded when opened.
 */
import type { CompiledLesson } from '../core/lessons/compile-lesson.js';
import type { Language } from '../core/messages/language.js';

/** What the course index, the lesson navigation and the course summary show of a lesson. */
export interface LessonSummary {
  id: string;
  title: string;
  summary?: string;
  /** How many exercises the lesson has. */
  exercises: number;
}

export interface CourseEntry extends LessonSummary {
  lang: Language;
  /** File name, e.g. `01-many-to-many.md`. */
  file: string;
  /** The compiled lesson (loaded once, then kept by the module system). */
  load(): Promise<CompiledLesson>;
}

const summaries = import.meta.glob('/lessons/*/*.md', { query: '?lesson-summary', import: 'default', eager: true }) as Record<
  string,
  LessonSummary
>;
const lessons = import.meta.glob('/lessons/*/*.md', { query: '?lesson', import: 'default' }) as Record<
  string,
  () => Promise<CompiledLesson>
>;

/** Lessons by language, in file-name order. */
export function loadCourse(): Map<Language, CourseEntry[]> {
  const course = new Map<Language, CourseEntry[]>();
  for (const path of Object.keys(summaries).sort()) {
    const match = /^\/lessons\/(en|ru)\/([^/]+\.md)$/.exec(path);
    const load = lessons[path];
    if (!match || !load) continue;
    const lang = match[1] as Language;
    const list = course.get(lang) ?? [];
    list.push({ ...summaries[path]!, lang, file: match[2]!, load });
    course.set(lang, list);
  }
  return course;
}
