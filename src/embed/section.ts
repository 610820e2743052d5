/**
 * One exercise of a lesson on its own (the `exercise` attribute): the exercise with the prose of
 * its section, from the heading above it to the next heading, and the database it starts from.
 */
import type { Block, Lesson } from '../core/lessons/types.js';

const HEADING = /^#{1,6}[ \t]/m;

/** The markdown from its last heading on (null when it has none). */
function fromLastHeading(markdown: string): string | null {
  const lines = markdown.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) if (HEADING.test(lines[i]!)) return lines.slice(i).join('\n');
  return null;
}

/** The markdown before its first heading (all of it when it has none). */
function beforeFirstHeading(markdown: string): string {
  const lines = markdown.split('\n');
  const first = lines.findIndex((line) => HEADING.test(line));
  return (first < 0 ? lines : lines.slice(0, first)).join('\n').trimEnd();
}

const opensSection = (block: Block) => (block.kind === 'prose' || block.kind === 'aside') && HEADING.test(block.markdown);

/**
 * The lesson showing only `exerciseId` and its section: other exercises are left out (their
 * solutions still build this one's base, as the checker does). Null when there is no such exercise.
 */
export function exerciseSection(lesson: Lesson, exerciseId: string): Lesson | null {
  const at = lesson.blocks.findIndex((b) => b.kind === 'exercise' && b.id === exerciseId);
  if (at < 0) return null;
  const blocks: Block[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const block = lesson.blocks[i]!;
    if (block.kind === 'prose' && opensSection(block)) {
      const tail = fromLastHeading(block.markdown);
      if (tail) blocks.unshift({ ...block, markdown: tail });
      break;
    }
    if (opensSection(block)) break;
    if (block.kind !== 'exercise') blocks.unshift(block);
  }
  blocks.push(lesson.blocks[at]!);
  for (let i = at + 1; i < lesson.blocks.length; i++) {
    const block = lesson.blocks[i]!;
    if (block.kind === 'prose' && opensSection(block)) {
      const head = beforeFirstHeading(block.markdown);
      if (head.trim() !== '') blocks.push({ ...block, markdown: head });
      break;
    }
    if (opensSection(block)) break;
    if (block.kind !== 'exercise') blocks.push(block);
  }
  return { ...lesson, blocks };
}

/**
 * The script that builds the learner's database for `exerciseId` shown alone: the lesson's setup,
 * then the reference solutions of the exercises before it (what the checker's base holds).
 */
export function startScript(lesson: Lesson, exerciseId: string | null): string {
  const parts = lesson.setup ? [lesson.setup] : [];
  if (exerciseId === null) return parts.join('\n;\n');
  for (const exercise of lesson.exercises) {
    if (exercise.id === exerciseId) break;
    if (exercise.solution) parts.push(exercise.solution.sql);
  }
  // A statement separator between the parts: a solution may end without its semicolon.
  return parts.join('\n;\n');
}
