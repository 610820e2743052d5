/**
 * Catalogue section: the words drawn into the ER diagram and the rows picture (titles, descriptions, empty sides).
 * Its phrases, a file per language: erd-messages-en.ts, erd-messages-ru.ts.
 */

export interface ErdParams {
  /** The ER diagram's `<title>`. */
  'erd.title': { view: 'physical' | 'logical' };
  /** A count line when no schema description is given. */
  'erd.summary': { tables: number; relationships: number };
  /** The rows picture's `<title>`. */
  'erd.instance-title': { left: string; right: string; junction: string };
  /** The rows picture's `<desc>`. */
  'erd.instance-desc': { left: number; leftTable: string; right: number; rightTable: string; links: number };
  /** Drawn on a side of the rows picture that has no rows. */
  'erd.no-rows': Record<never, never>;
}
