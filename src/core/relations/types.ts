/** Relationships inferred from a schema, in the JSON shape the CLI prints. */

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

export interface RelationWarning {
  /** The table concerned ('' for database-wide warnings such as foreign keys off). */
  table: string;
  code: WarningCode;
  /** One plain sentence for a learner. */
  message: string;
}

export interface Relations {
  /** Every FK as many-to-one/one-to-one, then each many-to-many and n-ary junction. */
  relationships: Relationship[];
  warnings: RelationWarning[];
}
