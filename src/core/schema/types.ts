/** The schema model: what introspection reads from a live SQLite database. */

/** `pragma_table_xinfo.hidden`: 0 normal, 1 hidden (virtual tables), 2 generated virtual, 3 generated stored. */
export type ColumnKind = 'normal' | 'hidden' | 'generated-virtual' | 'generated-stored';

export interface Column {
  name: string;
  /** The declared type as written (`VARCHAR(50)`), or '' when none. */
  type: string;
  notNull: boolean;
  /** The default's SQL text, or null. */
  defaultValue: string | null;
  /** 1-based position in the primary key, 0 when not part of it. */
  pkPosition: number;
  kind: ColumnKind;
}

export type ForeignKeyAction = 'NO ACTION' | 'RESTRICT' | 'SET NULL' | 'SET DEFAULT' | 'CASCADE';

/** One FOREIGN KEY constraint (several columns when composite). */
export interface ForeignKey {
  /** `pragma_foreign_key_list.id`. */
  id: number;
  columns: string[];
  /** The referenced table as written (it may not exist). */
  table: string;
  /** Referenced columns; when the DDL omitted them, the target's primary key columns (empty if unknown). */
  toColumns: string[];
  /** True when the DDL named no target columns (`REFERENCES students`). */
  toPrimaryKey: boolean;
  onDelete: ForeignKeyAction;
  onUpdate: ForeignKeyAction;
}

/** An index as SQLite lists it; `origin` c = CREATE INDEX, u = UNIQUE constraint, pk = PRIMARY KEY. */
export interface Index {
  name: string;
  unique: boolean;
  origin: 'c' | 'u' | 'pk';
  partial: boolean;
  /** Indexed column names in order; expression parts are null. */
  columns: (string | null)[];
}

export interface Table {
  name: string;
  withoutRowid: boolean;
  strict: boolean;
  columns: Column[];
  /** Primary key columns in key order (empty when none declared). */
  primaryKey: string[];
  /** Unique column sets: UNIQUE constraints and non-partial unique indexes over plain columns (not the PK). */
  uniques: string[][];
  /** In the order their first columns appear in the table (declaration order on a tie). */
  foreignKeys: ForeignKey[];
  indexes: Index[];
  /** The CREATE statement from sqlite_schema. */
  sql: string;
}

export interface View {
  name: string;
  sql: string;
}

export interface Schema {
  /** Ordinary tables in creation order (sqlite_ and internal tables excluded). */
  tables: Table[];
  views: View[];
  /** `PRAGMA foreign_keys` on the connection that was read. */
  foreignKeysEnabled: boolean;
}
