/** The languages the course, the feedback and the app's chrome are written in. */

/** A language of the course: every learner-facing sentence exists in each. */
export type Language = 'en' | 'ru';

export const LANGUAGES: readonly Language[] = ['en', 'ru'];

/** True when `value` names a course language. */
export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'ru';
}
