/** `junction relations FILE [--lang en|ru]`: the tables, inferred relationships and warnings of a schema, as JSON. */
import { renderMessage } from '../core/messages/render.js';
import { inferRelationships } from '../core/relations/infer.js';
import { introspectSchema } from '../core/schema/introspect.js';
import { parseFileArgs, usageError } from './args.js';
import type { Command } from './command.js';
import { takeLangOption } from './lang-option.js';
import { loadDatabase, reportSkipped } from './load-database.js';
import { DEFAULT_TIMEOUT_MS } from './timeout-option.js';

const USAGE = 'junction relations FILE [--lang en|ru] [--timeout-ms N]';

const HELP = `Usage: ${USAGE}

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
non-unique-target, foreign-keys-off, missing-reverse-index. The codes stay the same in every
language; each warning's message is one sentence in the language chosen with --lang.

Exit status: 0 on success, also when statements of the script could not run (each is skipped
and named on standard error as FILE:LINE: message; the rest is used), 1 when the database file is
damaged, 2 for a missing file or wrong arguments.

Options:
  --lang en|ru   language of the warning messages (default en)
  --timeout-ms N stop a statement of FILE that runs longer than N ms, and skip it like one
                 SQLite refuses (default ${DEFAULT_TIMEOUT_MS}, the app's own limit)
  -h, --help     show this help
`;

/** The `relations` sub-command. */
export const relationsCommand: Command = {
  name: ['relations'],
  summary: 'print the relationships (1:N, 1:1, M:N, n-ary) and warnings of a .sql or SQLite file as JSON',
  help: HELP,
  async run(args, io) {
    const lang = takeLangOption(args);
    if (!lang.ok) return usageError(io, 'relations', USAGE, lang.message);
    const parsed = parseFileArgs(lang.rest, { timeout: true });
    if (!parsed.ok) return usageError(io, 'relations', USAGE, parsed.message);
    const loaded = await loadDatabase(parsed.file, io, { timeoutMs: parsed.timeoutMs });
    if (!loaded.ok) {
      io.stderr(`${loaded.message}\n`);
      return loaded.exitCode;
    }
    reportSkipped(io, parsed.file, loaded.skipped, lang.lang);
    try {
      const schema = await introspectSchema(loaded.engine, loaded.db);
      const { relationships, warnings } = inferRelationships(schema);
      const report = {
        tables: schema.tables.map((t) => t.name),
        relationships,
        warnings: warnings.map((w) => ({ table: w.table, code: w.code, message: renderMessage(w.message, lang.lang) })),
      };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    } finally {
      await loaded.release();
    }
  },
};
