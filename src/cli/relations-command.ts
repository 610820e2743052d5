/** `junction relations FILE`: the tables, inferred relationships and warnings of a schema, as JSON. */
import { inferRelationships } from '../core/relations/infer.js';
import { introspectSchema } from '../core/schema/introspect.js';
import { parseFileArgs, usageError } from './args.js';
import type { Command } from './command.js';
import { loadDatabase } from './load-database.js';

const HELP = `Usage: junction relations FILE

Prints the tables of a schema, the relationships inferred from its foreign keys, and warnings,
as JSON:

  {
    "tables": ["students", "courses", "enrollments"],
    "relationships": [
      {"kind": "many-to-one", "from": "enrollments", "fromColumns": ["student_id"], "to": "students", "toColumns": ["id"]},
      {"kind": "many-to-many", "junction": "enrollments", "between": ["students", "courses"], "pattern": "pure"}
    ],
    "warnings": [{"table": "enrollments", "code": "missing-reverse-index", "message": "..."}]
  }

FILE is either
  a .sql script     run in a fresh in-memory database with foreign keys on, or
  a SQLite file     (.sqlite, .db, …; recognised by its "SQLite format 3" header) opened as is.

Relationship kinds: many-to-one, one-to-one (one per foreign key), then many-to-many (patterns
pure, surrogate-key, association-object) and n-ary for junction tables.
Warning codes: junction-without-key, nullable-junction-column, missing-target-table,
non-unique-target, foreign-keys-off, missing-reverse-index.

Exit status: 0 on success (warnings included), 1 when the script fails (FILE:LINE: message) or
the database file is damaged, 2 for a missing file or wrong arguments.

Options:
  -h, --help   show this help
`;

/** The `relations` sub-command. */
export const relationsCommand: Command = {
  name: ['relations'],
  summary: 'print the relationships (1:N, 1:1, M:N, n-ary) and warnings of a .sql or SQLite file as JSON',
  help: HELP,
  async run(args, io) {
    const parsed = parseFileArgs(args);
    if (!parsed.ok) return usageError(io, 'relations', 'junction relations FILE', parsed.message);
    const loaded = await loadDatabase(parsed.file, io);
    if (!loaded.ok) {
      io.stderr(`${loaded.message}\n`);
      return loaded.exitCode;
    }
    try {
      const schema = await introspectSchema(loaded.engine, loaded.db);
      const { relationships, warnings } = inferRelationships(schema);
      const report = {
        tables: schema.tables.map((t) => t.name),
        relationships,
        warnings: warnings.map((w) => ({ table: w.table, code: w.code, message: w.message })),
      };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    } finally {
      await loaded.engine.close(loaded.db);
    }
  },
};
