/** `junction diagram FILE [--logical] [-o out.svg] [--lang en|ru]`: the ER diagram of a schema as a standalone SVG. */
import { describeSchema } from '../core/erd/describe.js';
import { buildGraph, type ErdView } from '../core/erd/graph.js';
import { layoutDiagram } from '../core/erd/layout.js';
import { renderSvg } from '../core/erd/svg.js';
import { inferRelationships } from '../core/relations/infer.js';
import { introspectSchema } from '../core/schema/introspect.js';
import { parseFileArgs, usageError, writeOutput } from './args.js';
import type { Command } from './command.js';
import { takeLangOption } from './lang-option.js';
import { loadDatabase, reportSkipped } from './load-database.js';
import { DEFAULT_TIMEOUT_MS } from './timeout-option.js';

const USAGE = 'junction diagram FILE [--logical] [-o OUT.svg] [--lang en|ru] [--timeout-ms N]';

const HELP = `Usage: ${USAGE}

Draws the entity-relationship diagram of a schema as a standalone SVG file (crow's-foot
notation), laid out automatically.

FILE is either
  a .sql script     run in a fresh in-memory database with foreign keys on, or
  a SQLite file     (.sqlite, .db, …; recognised by its "SQLite format 3" header) opened as is.

Views:
  physical (default)  every table is a box; a junction table shows an "M:N" badge and its two
                      foreign-key lines
  logical             each many-to-many junction becomes one line between its two entities,
                      named after the junction (an association object lists its payload
                      columns on the line); n-ary junctions become a diamond

Line ends: one (||), zero-or-one (o|), many (|<), zero-or-many (o<), read from NOT NULL and
UNIQUE constraints. The SVG carries data-table, data-relation, data-kind, data-junction and
data-pattern attributes and the schema's text description (tables, relationships, warnings) as
its <desc>, written in the language chosen with --lang.

Options:
  --logical          draw the logical view
  --physical         draw the physical view (the default)
  -o, --output FILE  write the SVG to FILE instead of standard output
  --lang en|ru       language of the description (default en)
  --timeout-ms N     stop a statement of FILE that runs longer than N ms, and skip it like
                     one SQLite refuses (default ${DEFAULT_TIMEOUT_MS}, the app's own limit)
  -h, --help         show this help

Exit status: 0 on success, also when statements of the script could not run (each is skipped
and named on standard error as FILE:LINE: message; the rest is used), 1 when the database file is
damaged, 2 for a missing file or wrong arguments.
`;

/** The `diagram` sub-command. */
export const diagramCommand: Command = {
  name: ['diagram'],
  summary: 'draw the ER diagram (physical or --logical view) of a .sql or SQLite file as SVG',
  help: HELP,
  async run(args, io) {
    const lang = takeLangOption(args);
    if (!lang.ok) return usageError(io, 'diagram', USAGE, lang.message);
    const parsed = parseFileArgs(lang.rest, { output: true, flags: ['--logical', '--physical'], timeout: true });
    if (!parsed.ok) return usageError(io, 'diagram', USAGE, parsed.message);
    const view: ErdView = parsed.flags.has('--logical') ? 'logical' : 'physical';
    const loaded = await loadDatabase(parsed.file, io, { timeoutMs: parsed.timeoutMs });
    if (!loaded.ok) {
      io.stderr(`${loaded.message}\n`);
      return loaded.exitCode;
    }
    reportSkipped(io, parsed.file, loaded.skipped, lang.lang);
    let svg: string;
    try {
      const schema = await introspectSchema(loaded.engine, loaded.db);
      const relations = inferRelationships(schema);
      const layout = layoutDiagram(buildGraph(schema, relations, { view }));
      svg = renderSvg(layout, { lang: lang.lang, description: describeSchema(schema, relations, lang.lang) });
    } finally {
      await loaded.release();
    }
    return writeOutput(io, 'diagram', parsed.output, svg);
  },
};
