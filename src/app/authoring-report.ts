/**
 * What `junction lessons serve` tells the page about its lesson folder (src/cli/lesson-folder.ts
 * writes it), read and checked at the edge: the lessons, their revisions and `lessons check`'s problems.
 */
import * as v from 'valibot';
import type { Message } from '../core/messages/message.js';

const MessageSchema = v.custom<Message>(
  (value) => typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string',
);

const ReportSchema = v.object({
  dir: v.string(),
  checking: v.boolean(),
  lessons: v.array(
    v.object({
      path: v.string(),
      url: v.string(),
      id: v.string(),
      title: v.string(),
      exercises: v.number(),
      revision: v.string(),
    }),
  ),
  problems: v.array(v.object({ file: v.string(), line: v.nullable(v.number()), message: MessageSchema })),
});

/** The folder as the server knows it now. */
export type AuthoringReport = v.InferOutput<typeof ReportSchema>;
export type AuthoringLesson = AuthoringReport['lessons'][number];

/** Reads a report from its JSON text; null for anything else (a bug, or a server of another version). */
export function readReport(json: string): AuthoringReport | null {
  try {
    const parsed = v.safeParse(ReportSchema, JSON.parse(json));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/** The lesson of the folder that the `#/open?src=…` route `src` names, if any. */
export function lessonAt(report: AuthoringReport, src: string | null, base: string): AuthoringLesson | null {
  if (src === null) return null;
  let target: URL;
  try {
    target = new URL(src, base);
  } catch {
    return null;
  }
  const origin = new URL(base).origin;
  if (target.origin !== origin) return null;
  return report.lessons.find((lesson) => new URL(lesson.url, base).pathname === target.pathname) ?? null;
}
