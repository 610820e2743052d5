import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../core/lessons/parse-lesson.js';
import { exerciseSection, startScript } from './section.js';

const { lesson } = parseLesson(readFileSync('examples/lessons/tags.md', 'utf8'), { fileName: 'tags.md' });

describe('one exercise on its own', () => {
  it('keeps the exercise and the prose of its section only', () => {
    const section = exerciseSection(lesson, 'tag-counts')!;
    expect(section.blocks.filter((b) => b.kind === 'exercise').map((b) => (b.kind === 'exercise' ? b.id : ''))).toEqual(['tag-counts']);
    const prose = section.blocks.filter((b) => b.kind === 'prose').map((b) => (b.kind === 'prose' ? b.markdown : ''));
    expect(prose[0]).toMatch(/^## Through the junction/);
    expect(prose.join('\n')).not.toMatch(/The junction\n|# Posts and tags/);
    // The checker still sees every exercise: earlier solutions build this one's base.
    expect(section.exercises.map((e) => e.id)).toEqual(['post-tags', 'tag-counts']);
  });

  it('stops the section at the next heading', () => {
    const section = exerciseSection(lesson, 'post-tags')!;
    const text = section.blocks.map((b) => ('markdown' in b ? b.markdown : '')).join('\n');
    expect(text).toMatch(/## The junction/);
    expect(text).not.toMatch(/Through the junction|runnable|A post has many tags/);
  });

  it('is null for an exercise the lesson does not have', () => {
    expect(exerciseSection(lesson, 'nope')).toBeNull();
  });

  it('starts the learner from the setup plus the solutions of the exercises before', () => {
    expect(startScript(lesson, null)).toBe(lesson.setup);
    expect(startScript(lesson, 'post-tags')).toBe(lesson.setup);
    expect(startScript(lesson, 'tag-counts')).toBe(`${lesson.setup}\n;\n${lesson.exercises[0]!.solution!.sql}`);
  });
});
