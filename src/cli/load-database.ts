/**
 * Loads a `.sql` script or a SQLite file into a fresh database of an in-process engine, so CLI
 * commands (relations, diagram, orm) share one way of reading their input and reporting errors.
 */
import { errorText } from '../core/engine.js';
import type { Engine } from '../core/engine.js';
import { createNodeEngine } from '../db/node-engine.js';
import type { CliIo } from './command.js';

/** What the input file turned out to be. */
export type InputKind = 'sql' | 'sqlite';

/** A loaded database, or why it could not be loaded with the exit status to use (1 bad content, 2 bad usage/missing file). */
export type LoadOutcome = { ok: true; engine: Engine; db: string; kind: InputKind } | { ok: false; exitCode: 1 | 2; message: string };

export interface LoadOptions {
  /** Reuse this engine instead of creating one. */
  engine?: Engine;
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
 * anything else runs as a SQL script with foreign keys on. Errors come back as `file:line: message` text.
 */
export async function loadDatabase(path: string, io: CliIo, options: LoadOptions = {}): Promise<LoadOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    return { ok: false, exitCode: 2, message: `${path}: cannot read file (${reason(e)})` };
  }
  const engine = options.engine ?? (await createNodeEngine());
  const db = options.db ?? 'main';
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
      await engine.close(db);
      return { ok: false, exitCode: 1, message: `${path}: not a readable SQLite database (${problem})` };
    }
    return { ok: true, engine, db, kind: 'sqlite' };
  }
  if (DATABASE_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    return {
      ok: false,
      exitCode: 1,
      message: `${path}: not a SQLite database (the file does not start with the "SQLite format 3" header)`,
    };
  }

  const script = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  await engine.open(db);
  const outcome = await engine.run(db, script, { maxRows: 0 });
  if (!outcome.ok) {
    await engine.close(db);
    return { ok: false, exitCode: 1, message: `${path}:${outcome.error.line}: ${errorText(outcome.error)}` };
  }
  return { ok: true, engine, db, kind: 'sql' };
}

function reason(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') {
    return e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a directory' : e.code;
  }
  return e instanceof Error ? e.message : 'unknown error';
}
