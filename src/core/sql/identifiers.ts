/** Quoting SQLite identifiers (table, column, index names), which may be keywords or hostile text. */

const RESERVED = new Set(
  `add after all alter analyze and as asc attach autoincrement before begin between by cascade case cast check
collate column commit conflict constraint create cross current_date current_time current_timestamp database
default deferrable deferred delete desc detach distinct drop each else end escape except exclusive exists explain
fail false for foreign from full glob group having if ignore immediate in index indexed initially inner insert
instead intersect into is isnull join key left like limit match natural not notnull null of offset on or order
outer plan pragma primary query raise references reindex rename replace restrict right rollback row select set
table temp temporary then to transaction trigger true union unique update using vacuum values view virtual when
where`.split(/\s+/),
);

/** Quotes an identifier only when SQLAlchemy's SQLite preparer would (reserved, mixed case, odd characters). */
export function quoteIdent(name: string): string {
  const needs = RESERVED.has(name.toLowerCase()) || /^[0-9$]/.test(name) || !/^[A-Za-z0-9_$]+$/.test(name) || name.toLowerCase() !== name;
  return needs ? `"${name.replace(/"/g, '""')}"` : name;
}

/** Always quotes: for SQL that runs (a name can be anything a learner typed). */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
