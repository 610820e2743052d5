/**
 * The checker against a corpus of annotated answers (test/fixtures/checker/corpus.json): wrong answers
 * that the setup and variant copies alone let through, and correct alternatives to the solutions.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../db/node-engine.js';
import type { Engine } from '../engine.js';
import { parseLesson } from '../lessons/parse-lesson.js';
import type { Lesson } from '../lessons/types.js';
import { checkExercise } from './check-exercise.js';
import { counterexampleSize } from './counterexample.js';

interface Entry {
  lesson: string;
  exercise: string;
  answer: string;
  why?: string;
  how?: string;
}

const corpus = JSON.parse(readFileSync('test/fixtures/checker/corpus.json', 'utf8')) as {
  lessons: Record<string, string>;
  wrong: Entry[];
  right: Entry[];
};

const lessons = new Map<string, Lesson>(
  Object.entries(corpus.lessons).map(([name, path]) => {
    const { lesson, warnings } = parseLesson(readFileSync(path, 'utf8'), { fileName: path });
    expect(warnings).toEqual([]);
    return [name, lesson];
  }),
);

/** The lesson as the checker saw it before trap data and junction rules: setup and variant only. */
function withoutNewChecks(lesson: Lesson): Lesson {
  return { ...lesson, exercises: lesson.exercises.map((e) => ({ ...e, traps: [], rules: [] })) };
}

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

/** True for an answer to a lesson of the built-in course (lessons/…), not to a fixture beside the corpus. */
const builtIn = (entry: Entry) => corpus.lessons[entry.lesson]!.startsWith('lessons/');

const SCOPES = [
  { name: 'the built-in lessons', keep: builtIn },
  { name: 'everything', keep: (_entry: Entry) => true },
] as const;

interface Verdict {
  entry: Entry;
  passed: boolean;
  /** Rows of the counterexample, when the rejection came with one. */
  size?: number;
}

let verdicts: Promise<Verdict[]> | undefined;

/** Every wrong answer checked once with all checks on; the scopes below read their share. */
function wrongVerdicts(): Promise<Verdict[]> {
  verdicts ??= (async () => {
    const out: Verdict[] = [];
    for (const entry of corpus.wrong) {
      const result = await checkExercise(engine, lessons.get(entry.lesson)!, entry.exercise, entry.answer);
      out.push({ entry, passed: result.passed, ...(result.counterexample ? { size: counterexampleSize(result.counterexample) } : {}) });
    }
    return out;
  })();
  return verdicts;
}

describe('the checker corpus', () => {
  it('has at least 30 wrong and 30 right answers to the built-in lessons, each annotated', () => {
    expect(corpus.wrong.filter(builtIn).length).toBeGreaterThanOrEqual(30);
    expect(corpus.right.filter(builtIn).length).toBeGreaterThanOrEqual(30);
    for (const entry of corpus.wrong) expect(entry.why, entry.answer).toBeTruthy();
    for (const entry of corpus.right) expect(entry.how, entry.answer).toBeTruthy();
  });

  it.each(corpus.wrong.map((e) => [e.exercise, e.why!, e] as const))(
    '%s: %s — passes on setup and variant alone',
    async (_id, _why, entry) => {
      const result = await checkExercise(engine, withoutNewChecks(lessons.get(entry.lesson)!), entry.exercise, entry.answer);
      expect(result.passed).toBe(true);
    },
  );

  it.each(SCOPES)(
    'rejects at least 90% of the wrong answers to $name, mostly with counterexamples of at most 6 rows',
    async ({ name, keep }) => {
      const mine = (await wrongVerdicts()).filter((v) => keep(v.entry));
      const rejected = mine.filter((v) => !v.passed).length;
      const accepted = mine.filter((v) => v.passed).map((v) => `${v.entry.exercise}: ${v.entry.answer}`);
      expect(rejected / mine.length, accepted.join('\n')).toBeGreaterThanOrEqual(0.9);
      const sizes = mine.flatMap((v) => (v.size === undefined ? [] : [v.size])).sort((a, b) => a - b);
      const small = sizes.filter((n) => n <= 6).length;
      expect(small / sizes.length, sizes.join(', ')).toBeGreaterThanOrEqual(0.9);
      console.info(
        `corpus, ${name}: ${rejected}/${mine.length} wrong answers rejected; ${sizes.length} counterexamples, ${small} of at most 6 rows, median ${sizes[Math.floor(sizes.length / 2)]} rows; ${corpus.right.filter(keep).length} right answers, each graded below`,
      );
    },
  );

  it.each(corpus.right.map((e) => [e.exercise, e.how!, e] as const))('%s: %s — is accepted', async (_id, _how, entry) => {
    const result = await checkExercise(engine, lessons.get(entry.lesson)!, entry.exercise, entry.answer);
    expect(result.passed, JSON.stringify(result.message)).toBe(true);
  });
});
