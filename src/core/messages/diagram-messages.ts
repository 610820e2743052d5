/**
 * Catalogue section: what the ER diagram says to a screen reader — the accessible name of each
 * table and relationship, what a run changed (the live region), which statement is highlighted,
 * and how the keyboard moves through the drawing (codes `diagram.*`).
 * Its phrases, a file per language: diagram-messages-en.ts, diagram-messages-ru.ts.
 */

type None = Record<never, never>;

/** What a junction links: its kind and the tables at its ends, in the junction's order. */
export interface JunctionLink {
  kind: 'many-to-many' | 'n-ary';
  between: string[];
}

export interface DiagramParams {
  /** A table's box: its name, how many columns it shows and how many lines touch it. */
  'diagram.table': { table: string; columns: number; relationships: number };
  /** A junction table's box (physical view): what it links first, then the box itself. */
  'diagram.junction': { table: string; link: JunctionLink; columns: number; relationships: number };
  /** The diamond of an n-ary junction (logical view). */
  'diagram.hub': { junction: string; between: string[] };
  /** A foreign-key line: the referencing table, the referenced one, the FK columns. */
  'diagram.foreign-key': { kind: 'many-to-one' | 'one-to-one'; from: string; fromColumns: string[]; to: string };
  /** A folded junction's line (logical view). */
  'diagram.many-to-many': { junction: string; between: string[] };
  /** One arm of an n-ary junction's diamond (logical view), ending on `table`. */
  'diagram.arm': { junction: string; between: string[]; table: string };
  /** Live region, after a run: a table it added, with what it links or references. */
  'diagram.added': { table: string; link: JunctionLink | null; references: string[] };
  'diagram.removed': { table: string };
  /** A table the run altered, with what it now links or newly references. */
  'diagram.changed': { table: string; link: JunctionLink | null; references: string[] };
  /** The caption over a run of several statements: which one the highlight shows. */
  'diagram.statement': { index: number; count: number; line: number; sql: string };
  'diagram.previous-statement': None;
  'diagram.next-statement': None;
  /** How the keyboard moves through the tables and their relationships. */
  'diagram.keys': None;
}
