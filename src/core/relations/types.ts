/** Relationships inferred from a schema, in the JSON shape the CLI prints. */
import type { Message } from '../messages/message.js';

export type JunctionPattern = 'pure' | 'surrogate-key' | 'association-object';

export interface ForeignKeyRelationship {
  kind: 'many-to-one' | 'one-to-one';
  from: string;
  fromColumns: string[];
  to: string;
  toColumns: string[];
}

export interface ManyToManyRelationship {
  kind: 'many-to-many';
  junction: string;
  /** The two entities, in the junction's FK order; the same table twice when self-referential. */
  between: [string, string];
  pattern: JunctionPattern;
}

export interface NaryRelationship {
  kind: 'n-ary';
  junction: string;
  between: string[];
}

export type Relationship = ForeignKeyRelationship | ManyToManyRelationship | NaryRelationship;

export type WarningCode =
  | 'junction-without-key'
  | 'nullable-junction-column'
  | 'missing-target-table'
  | 'non-unique-target'
  | 'foreign-keys-off'
  | 'missing-reverse-index';

/** A problem of the schema; `message` (code `relations.<code>`) renders it as one sentence for a learner. */
export interface RelationWarning {
  /** The table concerned ('' for database-wide warnings such as foreign keys off). */
  table: string;
  code: WarningCode;
  message: Message<`relations.${WarningCode}`>;
}

export interface Relations {
  /** Every FK as many-to-one/one-to-one, then each many-to-many and n-ary junction. */
  relationships: Relationship[];
  warnings: RelationWarning[];
}
