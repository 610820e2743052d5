/**
 * A compiled lesson as a file (`junction lessons build`): the parsed lesson, its markdown rendered
 * to HTML and its SQL highlighted, as JSON. An embed given one needs no markdown or YAML parser and
 * no SQL grammar. The file is as untrusted as a lesson's markdown: `readCompiledFile` takes only a
 * file of the right shape, and its HTML is sanitised on the page like any lesson's.
 */
import * as v from 'valibot';
import { type Message, msg } from '../messages/message.js';
import type { CompiledLesson } from './compile-lesson.js';
import type { Lesson } from './types.js';

/** What a compiled file says it is. */
export const COMPILED_FORMAT = 'junction-lesson';
export const COMPILED_VERSION = 1;

/**
 * Where a compiled lesson's relative images and links point: the file does not know where it will
 * be served, so `lessons build` resolves them against this, and the page replaces it with the
 * address the file came from (`rebaseCompiledHtml`).
 */
export const COMPILED_BASE = 'https://lesson.invalid/';

/** `html` (compiled against COMPILED_BASE) with its images and links pointing next to `baseUrl`. */
export function rebaseCompiledHtml(html: string, baseUrl: string): string {
  return html.split(COMPILED_BASE).join(new URL('.', baseUrl).href);
}

/** The largest compiled file read (four times the largest lesson file opened). */
const MAX_TEXT = 8 * 1024 * 1024;

const line = v.pipe(v.number(), v.integer(), v.minValue(1));
const text = v.string();
const sqlPart = v.object({ sql: text, line });
const trapKind = v.picklist(['no-pairs', 'many-pairs', 'misaligned-ids', 'duplicate-values', 'nulls', 'self-pairs', 'ties']);
const junctionRule = v.variant('kind', [
  v.object({ kind: v.literal('pair-unique') }),
  v.object({ kind: v.literal('fks-not-null') }),
  v.object({ kind: v.literal('fk-targets') }),
  v.object({ kind: v.literal('on-delete'), action: v.picklist(['NO ACTION', 'RESTRICT', 'SET NULL', 'SET DEFAULT', 'CASCADE']) }),
  v.object({ kind: v.literal('no-self-pair') }),
  v.object({ kind: v.literal('reverse-index') }),
]);
const id = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/));
const exerciseFields = {
  id,
  starter: text,
  order: v.optional(v.picklist(['any', 'exact'])),
  columns: v.optional(v.picklist(['ignore', 'names'])),
  title: v.optional(text),
  traps: v.optional(v.array(trapKind)),
  rules: v.optional(v.array(junctionRule)),
  line,
};
const block = v.variant('kind', [
  v.object({ kind: v.literal('prose'), markdown: text, line }),
  v.object({ kind: v.picklist(['sql', 'sql-static', 'code']), language: text, code: text, line }),
  v.object({ kind: v.literal('python'), language: v.literal('python'), code: text, line, declaresModels: v.boolean() }),
  v.object({ kind: v.literal('exercise'), ...exerciseFields }),
  v.object({ kind: v.picklist(['solution', 'check', 'wrong']), exerciseId: id, code: text, line }),
  v.object({ kind: v.literal('hint'), exerciseId: id, markdown: text, line }),
  v.object({ kind: v.literal('aside'), tone: v.picklist(['tip', 'warning', 'note']), markdown: text, line }),
]);
const exercise = v.object({
  ...exerciseFields,
  solution: v.nullable(sqlPart),
  checks: v.array(sqlPart),
  wrongs: v.array(v.object({ sql: text, line, hint: text })),
  hints: v.array(v.object({ markdown: text, line })),
});
const lesson = v.object({
  id,
  lang: v.picklist(['en', 'ru']),
  title: text,
  summary: v.optional(text),
  setup: v.optional(text),
  setupLine: v.optional(line),
  variant: v.optional(text),
  variantLine: v.optional(line),
  idLine: line,
  blocks: v.array(block),
  exercises: v.array(exercise),
});
/** A map by string key (valibot's `record` alone would take an array as a map by index). */
const mapOf = <T extends v.GenericSchema>(item: T) =>
  v.pipe(
    v.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'not a map'),
    v.record(v.string(), item),
  );
/** Highlight classes are the grammar's `tok-*` only: others could borrow the page's own styles. */
const piece = v.tuple([text, v.pipe(v.string(), v.regex(/^(tok-[A-Za-z0-9]+( tok-[A-Za-z0-9]+)*)?$/))]);
const file = v.object({
  format: v.literal(COMPILED_FORMAT),
  version: v.literal(COMPILED_VERSION),
  lesson,
  html: mapOf(text),
  highlighted: v.pipe(
    mapOf(v.array(piece)),
    // Pieces are painted in place of their code: they must say exactly that code.
    v.check(
      (map) => Object.entries(map).every(([code, pieces]) => pieces.map(([t]) => t).join('') === code),
      'pieces differ from their code',
    ),
  ),
});

/** The shape's own type must be the lesson model's: a field added to one and not the other fails to compile. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameLesson: Same<v.InferOutput<typeof lesson>, Lesson> = true;
void sameLesson;

/** The compiled file's JSON text for `compiled` (its warnings stay with the author, who saw them). */
export function compiledFileText(compiled: CompiledLesson): string {
  const { lesson, html, highlighted } = compiled;
  return `${JSON.stringify({ format: COMPILED_FORMAT, version: COMPILED_VERSION, lesson, html, highlighted })}\n`;
}

/** Why a compiled file was not taken. */
export type CompiledFileProblem =
  | { kind: 'too-large' }
  | { kind: 'not-json' }
  | { kind: 'not-compiled' }
  | { kind: 'version'; version: unknown }
  | { kind: 'damaged'; at: string };

/** Reads a compiled lesson file; a file of another shape is refused, saying where it went wrong. */
export function readCompiledFile(source: string): { ok: true; compiled: CompiledLesson } | { ok: false; problem: CompiledFileProblem } {
  if (source.length > MAX_TEXT) return { ok: false, problem: { kind: 'too-large' } };
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  const head = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (head.format !== COMPILED_FORMAT) return { ok: false, problem: { kind: 'not-compiled' } };
  if (head.version !== COMPILED_VERSION) return { ok: false, problem: { kind: 'version', version: head.version } };
  const parsed = v.safeParse(file, json);
  if (!parsed.success) {
    const path = v.getDotPath(parsed.issues[0]!);
    return { ok: false, problem: { kind: 'damaged', at: path ?? '' } };
  }
  const { lesson: read, html, highlighted } = parsed.output;
  return { ok: true, compiled: { lesson: read, warnings: [], html, highlighted } };
}

/** The sentence for a refused compiled file. */
export function compiledFileMessage(problem: CompiledFileProblem): Message {
  switch (problem.kind) {
    case 'too-large':
      return msg('embed.compiled-too-large');
    case 'not-json':
      return msg('embed.compiled-not-json');
    case 'not-compiled':
      return msg('embed.compiled-not-lesson');
    case 'version':
      return msg('embed.compiled-version', { version: String(problem.version).slice(0, 20) });
    case 'damaged':
      return msg('embed.compiled-damaged', { at: problem.at.slice(0, 100) });
  }
}
