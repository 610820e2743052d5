/** `junction orm FILE [-o OUT.py] [--lang en|ru]`: SQLAlchemy 2.0 models for the schema of a .sql script or SQLite file. */
import { generateModels } from '../core/orm/generate-models.js';
import { inferRelationships } from '../core/relations/infer.js';
import { introspectSchema } from '../core/schema/introspect.js';
import { parseFileArgs, usageError, writeOutput } from './args.js';
import type { Command } from './command.js';
import { loadDatabase, reportSkipped } from './load-database.js';
import { DEFAULT_TIMEOUT_MS } from './timeout-option.js';

const HELP = `Usage: junction orm FILE [-o OUT.py] [--lang en|ru] [--timeout-ms N]

Prints a runnable SQLAlchemy 2.0 module (DeclarativeBase, Mapped, mapped_column) for the tables
of a schema, shaped by the relationships Junction infers:
  pure junction            a Table(...) used as relationship(secondary=...) on both sides
  surrogate-key junction   the same, keeping its id column, with a comment on duplicate pairs
  association object       a class with two many-to-one relationships, collections on both sides
  self-referential         primaryjoin / secondaryjoin on the one class
  plain foreign keys       many-to-one / one-to-many pairs with back_populates
Column types, NOT NULL, keys, UNIQUE, indexes, server defaults and ON DELETE / ON UPDATE are kept,
so create_all() of the module rebuilds the same schema.

FILE is either
  a .sql script     run in a fresh in-memory database with foreign keys on, or
  a SQLite file     (.sqlite, .db, …; recognised by its "SQLite format 3" header) opened as is.

Options:
  -o, --output FILE  write the module to FILE instead of standard output
  --lang en|ru       the language of the module's docstring and comments (default en)
  --timeout-ms N     stop a statement of FILE that runs longer than N ms, and skip it like
                     one SQLite refuses (default ${DEFAULT_TIMEOUT_MS}, the app's own limit)
  -h, --help         show this help

Exit status: 0 on success, also when statements of the script could not run (each is skipped
and named on standard error as FILE:LINE: message; the rest is used), 1 when the database file is
damaged, 2 for a missing file or wrong arguments.
`;

const USAGE = 'junction orm FILE [-o OUT.py] [--lang en|ru] [--timeout-ms N]';

/** The `orm` sub-command. */
export const ormCommand: Command = {
  name: ['orm'],
  summary: 'generate SQLAlchemy 2.0 models for the schema of a .sql or SQLite file',
  help: HELP,
  async run(args, io) {
    const parsed = parseFileArgs(args, { output: true, lang: true, timeout: true });
    if (!parsed.ok) return usageError(io, 'orm', USAGE, parsed.message);
    const { output, lang } = parsed;
    const loaded = await loadDatabase(parsed.file, io, { timeoutMs: parsed.timeoutMs });
    if (!loaded.ok) {
      io.stderr(`${loaded.message}\n`);
      return loaded.exitCode;
    }
    reportSkipped(io, parsed.file, loaded.skipped, lang);
    try {
      const schema = await introspectSchema(loaded.engine, loaded.db);
      const code = generateModels(schema, inferRelationships(schema), lang);
      return writeOutput(io, 'orm', output, code);
    } finally {
      await loaded.release();
    }
  },
};
