/** The lesson model: what `parseLesson` reads from a lesson file and the lesson view and checker use. */
import type { Language } from '../messages/language.js';
import type { Message } from '../messages/message.js';
import type { ForeignKeyAction } from '../schema/types.js';

/** A problem in a lesson file, at a 1-based line of that file; `message` is a `lesson.*` code for the author. */
export interface LessonWarning {
  line: number;
  message: Message;
}

/** How an exercise's rows are compared: as a multiset (`any`) or row by row (`exact`). */
export type RowOrder = 'any' | 'exact';

/** Whether result column names must match (`names`) or only the column count (`ignore`). */
export type ColumnRule = 'ignore' | 'names';

/**
 * A kind of generated trap data for query exercises (docs/lesson-format.md, "Trap data"): an entity with
 * no pairs, one with many, ids of the two sides that do not line up, repeated non-key values, NULLs
 * where allowed, self-pairs in a self-referential junction, ties for ORDER BY … LIMIT.
 */
export type TrapKind = 'no-pairs' | 'many-pairs' | 'misaligned-ids' | 'duplicate-values' | 'nulls' | 'self-pairs' | 'ties';

/**
 * A junction rule for schema (DDL) answers, checked on the catalogue of the learner's copy: the pair is
 * unique, both FKs NOT NULL, the FKs reference the reference solution's targets, ON DELETE as asked,
 * no self-pair in a self-referential link, an index for the reverse direction.
 */
export type JunctionRule =
  | { kind: 'pair-unique' }
  | { kind: 'fks-not-null' }
  | { kind: 'fk-targets' }
  | { kind: 'on-delete'; action: ForeignKeyAction }
  | { kind: 'no-self-pair' }
  | { kind: 'reverse-index' };

/** The styles of `::: tip` / `::: warning` / `::: note` asides. */
export type AsideTone = 'tip' | 'warning' | 'note';

/** A piece of SQL from the file with the 1-based line of its first code line. */
export interface SqlPart {
  sql: string;
  line: number;
}

/** A typical wrong answer; `hint` is markdown from its leading `-- hint:` lines. */
export interface WrongAnswer extends SqlPart {
  hint: string;
}

/** A `::: hint for=ID` container's markdown. */
export interface Hint {
  markdown: string;
  line: number;
}

/** Markdown between code blocks, rendered with `renderMarkdown`. */
export interface ProseBlock {
  kind: 'prose';
  markdown: string;
  line: number;
}

/** Code shown to the learner: `sql` is runnable, `sql-static` is not, `code` is any other language. */
export interface CodeBlock {
  kind: 'sql' | 'sql-static' | 'code';
  /** The info string's first word, lower-cased (`sql`, `js`, or '' when none). */
  language: string;
  code: string;
  line: number;
}

/** Python; `declaresModels` when it has a `Table(` or a class with `__tablename__` (offer "Create tables"). */
export interface PythonBlock {
  kind: 'python';
  language: 'python';
  code: string;
  line: number;
  declaresModels: boolean;
}

/** The editor of one exercise; `starter` is the block's text. */
export interface ExerciseBlock {
  kind: 'exercise';
  id: string;
  starter: string;
  order?: RowOrder;
  columns?: ColumnRule;
  title?: string;
  /** The trap data kinds to generate (`traps=`); undefined means all, an empty list means `traps=off`. */
  traps?: TrapKind[];
  /** Junction rules the answer's tables must follow (`rules=`), checked after the answer runs. */
  rules?: JunctionRule[];
  line: number;
}

/** A solution, check or wrong-answer block: hidden in rendering, collected into its `Exercise`. */
export interface HiddenSqlBlock {
  kind: 'solution' | 'check' | 'wrong';
  exerciseId: string;
  code: string;
  line: number;
}

/** A `::: hint for=ID` container, revealed one at a time by the exercise's UI. */
export interface HintBlock {
  kind: 'hint';
  exerciseId: string;
  markdown: string;
  line: number;
}

/** A `::: tip|warning|note` aside. */
export interface AsideBlock {
  kind: 'aside';
  tone: AsideTone;
  markdown: string;
  line: number;
}

/** One piece of a lesson body, in file order. */
export type Block = ProseBlock | CodeBlock | PythonBlock | ExerciseBlock | HiddenSqlBlock | HintBlock | AsideBlock;

/** An exercise with everything that serves it, collected from the whole file. */
export interface Exercise extends Omit<ExerciseBlock, 'kind'> {
  /** The reference solution; null when the file has none (a warning says so). */
  solution: SqlPart | null;
  checks: SqlPart[];
  wrongs: WrongAnswer[];
  /** Hints in file order. */
  hints: Hint[];
}

/** A parsed lesson. `setup`/`variant` are SQL; their `…Line` is the file line where the SQL starts. */
export interface Lesson {
  id: string;
  /**
   * The language the lesson is written in, so its feedback is given in it: the frontmatter's
   * `lang`, else the folder the file is in (`lessons/ru/…`), else English.
   */
  lang: Language;
  title: string;
  summary?: string;
  setup?: string;
  setupLine?: number;
  variant?: string;
  variantLine?: number;
  /** The 1-based file line of the `id` key, or 1 when the id was derived. */
  idLine: number;
  blocks: Block[];
  /** Exercises in file order (the order their bases build on each other). */
  exercises: Exercise[];
}

/** What `parseLesson` returns: always a lesson, plus what was wrong with the file. */
export interface ParsedLesson {
  lesson: Lesson;
  warnings: LessonWarning[];
}
