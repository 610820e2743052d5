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

describe('the checker corpus', () => {
  it('has at least 30 wrong and 30 right answers, each annotated', () => {
    expect(corpus.wrong.length).toBeGreaterThanOrEqual(30);
    expect(corpus.right.length).toBeGreaterThanOrEqual(30);
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

  it('rejects at least 90% of the wrong answers, mostly with counterexamples of at most 6 rows', async () => {
    const sizes: number[] = [];
    let rejected = 0;
    const accepted: string[] = [];
    for (const entry of corpus.wrong) {
      const result = await checkExercise(engine, lessons.get(entry.lesson)!, entry.exercise, entry.answer);
      if (result.passed) accepted.push(`${entry.exercise}: ${entry.answer}`);
      else rejected++;
      if (result.counterexample) sizes.push(counterexampleSize(result.counterexample));
    }
    expect(rejected / corpus.wrong.length, accepted.join('\n')).toBeGreaterThanOrEqual(0.9);
    const small = sizes.filter((n) => n <= 6).length;
    expect(small / sizes.length, sizes.join(', ')).toBeGreaterThanOrEqual(0.9);
    const sorted = [...sizes].sort((a, b) => a - b);
    console.info(
      `corpus: ${rejected}/${corpus.wrong.length} wrong answers rejected; ${sizes.length} counterexamples, ${small} of at most 6 rows, median ${sorted[Math.floor(sorted.length / 2)]} rows`,
    );
  });

  it.each(corpus.right.map((e) => [e.exercise, e.how!, e] as const))('%s: %s — is accepted', async (_id, _how, entry) => {
    const result = await checkExercise(engine, lessons.get(entry.lesson)!, entry.exercise, entry.answer);
    expect(result.passed, JSON.stringify(result.message)).toBe(true);
  });
});
