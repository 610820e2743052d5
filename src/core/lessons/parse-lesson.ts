/** Parses a lesson file (see docs/lesson-format.md) into the `Lesson` model plus warnings; never throws on bad input. */
import type { Token } from 'markdown-it';
import { isLanguage, type Language } from '../messages/language.js';
import { msg } from '../messages/message.js';
import { readFrontmatter } from './frontmatter.js';
import { parseInfoString } from './info-string.js';
import { createMarkdown } from './markdown.js';
import { classifyContainer, classifyFence, type Classified } from './classify.js';
import { idFromFileName } from './slug.js';
import type { Block, Exercise, ExerciseBlock, HiddenSqlBlock, HintBlock, Lesson, LessonWarning, ParsedLesson } from './types.js';

export interface ParseOptions {
  /** The file's name or path: gives the id of a lesson without frontmatter. */
  fileName?: string;
}

const ID_PATTERN = /^[a-z0-9-]+$/;
const parser = createMarkdown();

/** Reads a lesson file into a `Lesson`; problems become warnings with 1-based file lines. */
export function parseLesson(markdown: string, options: ParseOptions = {}): ParsedLesson {
  // markdown-it treats a lone CR as a line break too; normalising keeps its token lines and our
  // `\n`-split body lines counting the same lines (and CRLF files keep their line numbers).
  const text = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const warnings: LessonWarning[] = [];
  if (text.trim() === '') warnings.push({ line: 1, message: msg('lesson.empty-file') });
  const front = readFrontmatter(text);
  warnings.push(...front.warnings);
  const yamlBroken = front.warnings.length > 0 && Object.keys(front.values).length === 0 && front.present;

  const bodyLines = front.body.split('\n');
  const tokens = parser.parse(front.body, {});
  const fileLine = (bodyIndex: number) => front.bodyLine + bodyIndex;
  const blocks: Block[] = [];
  let proseFrom = 0;
  const flushProse = (to: number) => {
    let from = proseFrom;
    let end = to;
    while (from < end && bodyLines[from]!.trim() === '') from++;
    while (end > from && bodyLines[end - 1]!.trim() === '') end--;
    if (from < end) blocks.push({ kind: 'prose', markdown: bodyLines.slice(from, end).join('\n'), line: fileLine(from) });
  };

  let firstHeading: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'fence') warnUnclosedFence(token, bodyLines, fileLine, warnings);
    if (firstHeading === null && token.type === 'heading_open') firstHeading = tokens[i + 1]?.content.trim() ?? null;
    if (token.level > 0) {
      if (token.type === 'fence') warnNestedRole(token, fileLine, warnings);
      continue;
    }
    if (!token.map) continue;
    if (token.type === 'fence') {
      flushProse(token.map[0]);
      const line = fileLine(token.map[0]);
      const classified = classifyFence(token.info, token.content.replace(/\n$/, ''), line);
      pushClassified(classified, blocks, warnings);
      proseFrom = token.map[1];
    } else if (token.type === 'container_block_open') {
      const closer = findClose(tokens, i);
      const closed = closer?.markup === ':::';
      const [start, end] = token.map;
      const line = fileLine(start);
      if (!closed) warnings.push({ line, message: msg('lesson.container-unclosed') });
      const inner = bodyLines
        .slice(start + 1, end)
        .join('\n')
        .replace(/^\n+|\n+$/g, '');
      const classified = classifyContainer(token.info, inner, line);
      if (classified.block === null) {
        // An unknown container stays in the prose around it (it renders as a plain aside).
        warnings.push(...classified.warnings);
        continue;
      }
      flushProse(start);
      pushClassified(classified, blocks, warnings);
      proseFrom = closed ? end + 1 : end;
    }
  }
  flushProse(bodyLines.length);

  const exercises = collectExercises(blocks, warnings);
  const lesson = lessonHeader(front, firstHeading, options.fileName, yamlBroken, warnings);
  lesson.blocks = blocks;
  lesson.exercises = exercises;
  warnings.sort((a, b) => a.line - b.line);
  return { lesson, warnings };
}

function pushClassified(classified: Classified, blocks: Block[], warnings: LessonWarning[]): void {
  warnings.push(...classified.warnings);
  if (classified.block) blocks.push(classified.block);
}

function findClose(tokens: Token[], openIndex: number): Token | undefined {
  let depth = 0;
  for (let j = openIndex; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.type === 'container_block_open') depth++;
    else if (t.type === 'container_block_close' && --depth === 0) return t;
  }
  return undefined;
}

/**
 * markdown-it runs a fence that is never closed to the end of the file (or of its container), so
 * the lesson silently loses everything after it: say where it opened.
 */
function warnUnclosedFence(token: Token, bodyLines: string[], fileLine: (i: number) => number, warnings: LessonWarning[]): void {
  if (!token.map) return;
  const [start, end] = token.map;
  const last = end - 1 > start ? (bodyLines[end - 1] ?? '') : '';
  const fence = token.markup;
  const closer = new RegExp(`^[ \\t>]*\\${fence[0]}{${fence.length},}[ \\t]*$`);
  if (!closer.test(last)) warnings.push({ line: fileLine(start), message: msg('lesson.fence-unclosed', { fence }) });
}

/** Exercise parts only work at the top level; inside a list, quote or container they are plain code. */
function warnNestedRole(token: Token, fileLine: (i: number) => number, warnings: LessonWarning[]): void {
  const words = parseInfoString(token.info).words.map((w) => w.toLowerCase());
  if (words[0] === 'sql' && ['exercise', 'solution', 'check', 'wrong'].includes(words[1] ?? '') && token.map) {
    warnings.push({ line: fileLine(token.map[0]), message: msg('lesson.nested-part', { role: words[1]! }) });
  }
}

/** Gathers each exercise's solution, checks, wrong answers and hints; duplicate or dangling ids become warnings. */
function collectExercises(blocks: Block[], warnings: LessonWarning[]): Exercise[] {
  const byId = new Map<string, Exercise>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'exercise') continue;
    if (byId.has(block.id)) {
      warnings.push({ line: block.line, message: msg('lesson.duplicate-exercise', { id: block.id, firstLine: byId.get(block.id)!.line }) });
      blocks[i] = { kind: 'sql', language: 'sql', code: block.starter, line: block.line };
      continue;
    }
    const { kind: _kind, ...fields } = block satisfies ExerciseBlock;
    byId.set(block.id, { ...fields, solution: null, checks: [], wrongs: [], hints: [] });
  }
  for (const block of blocks) {
    if (block.kind !== 'solution' && block.kind !== 'check' && block.kind !== 'wrong' && block.kind !== 'hint') continue;
    const exercise = byId.get(block.exerciseId);
    if (!exercise) {
      warnings.push({ line: block.line, message: msg('lesson.unknown-exercise', { part: block.kind, exercise: block.exerciseId }) });
      continue;
    }
    attach(exercise, block, warnings);
  }
  for (const exercise of byId.values()) {
    if (!exercise.solution) warnings.push({ line: exercise.line, message: msg('lesson.no-solution', { exercise: exercise.id }) });
  }
  return [...byId.values()];
}

function attach(exercise: Exercise, block: HiddenSqlBlock | HintBlock, warnings: LessonWarning[]): void {
  switch (block.kind) {
    case 'hint':
      exercise.hints.push({ markdown: block.markdown, line: block.line });
      return;
    case 'solution':
      if (exercise.solution) {
        warnings.push({
          line: block.line,
          message: msg('lesson.second-solution', { exercise: exercise.id, firstLine: exercise.solution.line }),
        });
      } else exercise.solution = { sql: block.code, line: block.line };
      return;
    case 'check':
      exercise.checks.push({ sql: block.code, line: block.line });
      return;
    case 'wrong': {
      const { hint, sql } = splitWrongHint(block.code);
      if (hint === '') warnings.push({ line: block.line, message: msg('lesson.wrong-without-hint', { exercise: exercise.id }) });
      exercise.wrongs.push({ sql, hint, line: block.line });
      return;
    }
    default: {
      const never: never = block;
      throw new Error(`Unhandled exercise part ${JSON.stringify(never)}.`);
    }
  }
}

/** Leading `-- hint:` lines are the hint (markdown); the rest is the wrong answer's SQL. */
export function splitWrongHint(code: string): { hint: string; sql: string } {
  const lines = code.split('\n');
  const hint: string[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const match = /^\s*--\s*hint:\s?(.*)$/i.exec(lines[i]!);
    if (match) hint.push(match[1]!.trimEnd());
    else if (lines[i]!.trim() !== '' || hint.length === 0) break;
  }
  return { hint: hint.join('\n').trim(), sql: lines.slice(i).join('\n').trim() };
}

function lessonHeader(
  front: ReturnType<typeof readFrontmatter>,
  firstHeading: string | null,
  fileName: string | undefined,
  yamlBroken: boolean,
  warnings: LessonWarning[],
): Lesson {
  const derivedId = fileName ? idFromFileName(fileName) : '';
  const derivedTitle = firstHeading || (fileName ? (fileName.split(/[\\/]/).pop() ?? '').replace(/\.(md|markdown)$/i, '') : '');
  const lesson: Lesson = {
    id: derivedId,
    lang: folderLanguage(fileName) ?? 'en',
    title: derivedTitle,
    idLine: 1,
    blocks: [],
    exercises: [],
  };
  // A plain note (no frontmatter) derives id and title quietly; a lesson with frontmatter must state them.
  const strict = front.present && !yamlBroken;
  const { id, title, summary, setup, variant, lang } = front.values;
  if (id !== undefined) {
    const value = id.value === null ? '' : String(id.value);
    lesson.idLine = id.line;
    if (ID_PATTERN.test(value)) lesson.id = value;
    else warnings.push({ line: id.line, message: msg('lesson.invalid-id', { id: value }) });
  } else if (strict) warnings.push({ line: 1, message: msg('lesson.no-id') });
  if (title !== undefined) {
    if (typeof title.value === 'string' && title.value.trim() !== '') lesson.title = title.value.trim();
    else warnings.push({ line: title.line, message: msg('lesson.empty-title') });
  } else if (strict) warnings.push({ line: 1, message: msg('lesson.no-title') });
  if (lang !== undefined) {
    if (isLanguage(lang.value)) lesson.lang = lang.value;
    else warnings.push({ line: lang.line, message: msg('lesson.unknown-lang', { lang: String(lang.value) }) });
  }
  if (lesson.id === '') {
    warnings.push({ line: 1, message: msg('lesson.no-derived-id') });
    lesson.id = 'lesson';
  }
  if (lesson.title === '') {
    if (!strict) warnings.push({ line: 1, message: msg('lesson.untitled') });
    lesson.title = lesson.id;
  }
  for (const [key, entry] of [
    ['summary', summary],
    ['setup', setup],
    ['variant', variant],
  ] as const) {
    if (entry === undefined || entry.value === null) continue;
    if (typeof entry.value !== 'string') {
      warnings.push({ line: entry.line, message: msg('lesson.not-text', { key }) });
      continue;
    }
    if (key === 'summary') lesson.summary = entry.value.trim();
    else if (key === 'setup') {
      lesson.setup = entry.value;
      lesson.setupLine = entry.line;
    } else {
      lesson.variant = entry.value;
      lesson.variantLine = entry.line;
    }
  }
  return lesson;
}

/** The language named by the folder a lesson file is in (`lessons/ru/x.md` → ru), if any. */
export function folderLanguage(fileName: string | undefined): Language | undefined {
  const folder = fileName?.split(/[\\/]/).at(-2);
  return isLanguage(folder) ? folder : undefined;
}
