/**
 * Loads a `.sql` script or a SQLite file into a fresh database, so CLI commands (relations,
 * diagram, orm) share one way of reading their input and reporting errors. The engine is the
 * CLI's (`io.startEngine`): a statement of the script that runs past the time limit is stopped
 * and skipped like one SQLite refuses.
 */
import { errorText } from '../core/engine.js';
import type { Engine } from '../core/engine.js';
import type { Language } from '../core/messages/language.js';
import { renderMessage } from '../core/messages/render.js';
import { runSchemaScript, type SkippedStatement } from '../core/schema/run-schema-script.js';
import type { CliIo } from './command.js';
import { DEFAULT_TIMEOUT_MS } from './timeout-option.js';

/** What the input file turned out to be. */
export type InputKind = 'sql' | 'sqlite';

/**
 * A loaded database (with the statements of a script that failed and were skipped), or why it could
 * not be loaded with the exit status to use (1 bad content, 2 bad usage/missing file).
 */
export type LoadOutcome =
  | {
      ok: true;
      engine: Engine;
      db: string;
      kind: InputKind;
      skipped: SkippedStatement[];
      /** Closes the database, and lets go of an engine the load started (a worker thread would keep the CLI running). */
      release(): Promise<void>;
    }
  | { ok: false; exitCode: 1 | 2; message: string };

export interface LoadOptions {
  /** Reuse this engine instead of starting the CLI's. */
  engine?: Engine;
  /** The time limit of the engine started for the load (default the app's). */
  timeoutMs?: number;
  /** The database name to open (default `main`). */
  db?: string;
}

/** The 16 bytes every SQLite database file starts with. */
const SQLITE_HEADER = 'SQLite format 3\u0000';
const DATABASE_EXTENSIONS = ['.sqlite', '.sqlite3', '.db', '.db3'];

/** True when `bytes` start with the SQLite file header. */
export function isSqliteFile(bytes: Uint8Array): boolean {
  if (bytes.length < SQLITE_HEADER.length) return false;
  for (let i = 0; i < SQLITE_HEADER.length; i++) if (bytes[i] !== SQLITE_HEADER.charCodeAt(i)) return false;
  return true;
}

/**
 * Reads `path` and opens it as a fresh database: SQLite bytes (detected by header) open as they are,
 * anything else runs as a SQL script with foreign keys on. A statement of the script that fails is
 * skipped and listed in `skipped`, and the rest still runs (a partial schema beats none).
 */
export async function loadDatabase(path: string, io: CliIo, options: LoadOptions = {}): Promise<LoadOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    return { ok: false, exitCode: 2, message: `${path}: cannot read file (${reason(e)})` };
  }
  const started = options.engine ? null : await io.startEngine(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const engine = options.engine ?? started!;
  const db = options.db ?? 'main';
  const dispose = () => started?.dispose();
  const release = async () => {
    try {
      await engine.close(db);
    } finally {
      dispose();
    }
  };
  const lower = path.toLowerCase();

  if (isSqliteFile(bytes)) {
    // sql.js opens lazily: a damaged file only fails on its first read, so read the schema now.
    // The engine may throw rather than report here (its runner prepares a helper statement first).
    let problem: string | null;
    try {
      await engine.open(db, bytes);
      const probe = await engine.run(db, 'SELECT count(*) FROM sqlite_schema;');
      problem = probe.ok ? null : errorText(probe.error);
    } catch (e) {
      problem = reason(e);
    }
    if (problem !== null) {
      await release();
      return { ok: false, exitCode: 1, message: `${path}: not a readable SQLite database (${problem})` };
    }
    return { ok: true, engine, db, kind: 'sqlite', skipped: [], release };
  }
  if (DATABASE_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    dispose();
    return {
      ok: false,
      exitCode: 1,
      message: `${path}: not a SQLite database (the file does not start with the "SQLite format 3" header)`,
    };
  }

  const script = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  try {
    await engine.open(db);
    const skipped = await runSchemaScript(engine, db, script);
    return { ok: true, engine, db, kind: 'sql', skipped, release };
  } catch (e) {
    dispose();
    throw e;
  }
}

/** Writes each skipped statement to standard error as `FILE:LINE: message` in `lang`. */
export function reportSkipped(io: CliIo, path: string, skipped: readonly SkippedStatement[], lang: Language): void {
  for (const s of skipped) io.stderr(`${path}:${s.line}: ${renderMessage(s.message, lang)}\n`);
}

function reason(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') {
    return e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a directory' : e.code;
  }
  return e instanceof Error ? e.message : 'unknown error';
}
