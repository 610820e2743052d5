/** `junction ddl FILE.py [-o OUT.sql] [--lang en|ru]`: the DDL SQLAlchemy 2.0's create_all() emits on SQLite for model code. */
import { renderMessage } from '../core/messages/render.js';
import { renderDdl } from '../core/orm/ddl.js';
import { parseModels } from '../core/orm/parse-models.js';
import { parseFileArgs, usageError, writeOutput } from './args.js';
import type { Command } from './command.js';

const HELP = `Usage: junction ddl FILE.py [-o OUT.sql] [--lang en|ru]

Reads SQLAlchemy model code without running Python and prints the DDL that
Base.metadata.create_all() of SQLAlchemy 2.0 emits for it on SQLite: the same CREATE TABLE and
CREATE INDEX statements, in the same order (tables sorted by their foreign keys), byte for byte.

FILE.py may be a whole module or a fragment without imports (as in a lesson). Understood:
  classes with __tablename__; Column(...) (1.x) and Mapped[...] / mapped_column(...) (2.0);
  Table("name", Base.metadata, Column(...), ...); ForeignKey("t.c", ondelete=, onupdate=);
  primary_key, nullable, unique, index, server_default; __table_args__ with UniqueConstraint,
  PrimaryKeyConstraint, ForeignKeyConstraint, CheckConstraint, Index and {"sqlite_autoincrement"};
  the common SQLAlchemy types and the annotation types int, str, float, bool, bytes, date,
  datetime, time, Decimal, UUID and Python enums.
Anything else is skipped with a warning on standard error as FILE:LINE: message.

Options:
  -o, --output FILE  write the DDL to FILE instead of standard output
  --lang en|ru       the language of the warnings (default en)
  -h, --help         show this help

Exit status: 0 on success (even with warnings), 2 for a missing file or wrong arguments.
`;

const USAGE = 'junction ddl FILE.py [-o OUT.sql] [--lang en|ru]';

/** The `ddl` sub-command. */
export const ddlCommand: Command = {
  name: ['ddl'],
  summary: 'print the SQLite DDL that SQLAlchemy create_all() emits for a models .py file',
  help: HELP,
  async run(args, io) {
    const parsed = parseFileArgs(args, { output: true, lang: true });
    if (!parsed.ok) return usageError(io, 'ddl', USAGE, parsed.message.replace('FILE', 'FILE.py'));
    const { file, output, lang } = parsed;
    let code: string;
    try {
      code = new TextDecoder('utf-8').decode(await io.readFile(file)).replace(/^\uFEFF/, '');
    } catch {
      io.stderr(`${file}: cannot read file\n`);
      return 2;
    }
    const { metadata, warnings } = parseModels(code);
    for (const w of warnings) io.stderr(`${file}:${w.line}: ${renderMessage(w.message, lang)}\n`);
    const ddl = renderDdl(metadata);
    return writeOutput(io, 'ddl', output, ddl);
  },
};
