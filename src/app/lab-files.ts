/**
 * The learner's files: the lab database exported as `.sqlite` (the engine's bytes) or `.sql` (a
 * script that rebuilds it), and either imported back. An import is tried on a scratch database
 * first, so a file that fails leaves the lab database exactly as it was.
 */
import { errorText } from '../core/engine.js';
import type { LabSession } from '../core/lab/lab-session.js';
import type { ImportFailureKind } from '../core/messages/files-messages.js';
import { msg } from '../core/messages/message.js';
import { dumpDatabase } from '../core/sql/dump.js';
import type { FilesOutcome, PlaygroundFiles } from '../ui/workspace-view.js';
import { sharedLink } from './share-link.js';

/** The two file forms of a lab database. */
export type LabFileKind = 'sqlite' | 'sql';

/** Files past this are refused before they are read (the engine holds the database in memory). */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

/** Every SQLite database file starts with these 16 bytes. */
const SQLITE_HEADER = new TextEncoder().encode('SQLite format 3\0');

/** What an import or export did, as the learner is told it. */
export type FileOutcome = FilesOutcome;

/** A file as the import reads it. */
export interface LabFile {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

/** The form a file name says it holds, or null for a name that is not an importable database. */
export function importKind(name: string): LabFileKind | null {
  const extension = /\.([^.]+)$/.exec(name.toLowerCase())?.[1];
  if (extension === 'sql') return 'sql';
  if (extension === 'sqlite' || extension === 'sqlite3' || extension === 'db') return 'sqlite';
  return null;
}

/** True when `bytes` start as an SQLite database file does. */
export function hasSqliteHeader(bytes: Uint8Array): boolean {
  return bytes.length >= SQLITE_HEADER.length && SQLITE_HEADER.every((b, i) => bytes[i] === b);
}

/** The lab database as file contents of `kind`, with the MIME type a download gives it. */
export async function exportLab(session: LabSession, kind: LabFileKind): Promise<{ data: Uint8Array | string; type: string }> {
  if (kind === 'sqlite') return { data: await session.export(), type: 'application/vnd.sqlite3' };
  return { data: await dumpDatabase(session.engine, session.db), type: 'application/sql' };
}

function failed(name: string, kind: ImportFailureKind, detail: string | null = null, line: number | null = null): FileOutcome {
  return { ok: false, message: msg('files.import-failed', { name, kind, detail, line }) };
}

/** A script's text, or null for bytes that are not UTF-8 or hold a NUL (SQLite would stop there). */
function readText(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.includes('\0') ? null : text;
  } catch {
    return null;
  }
}

function reason(e: unknown): string | null {
  return e instanceof Error && e.message ? e.message : null;
}

/**
 * Imports `file` as the lab database: a `.sqlite`/`.db` file that SQLite reads and checks
 * sound, or a `.sql` script that runs cleanly on an empty database. Only then is the lab replaced.
 */
export async function importLab(session: LabSession, file: LabFile): Promise<FileOutcome> {
  const kind = importKind(file.name);
  if (!kind) return failed(file.name, 'unknown-type');
  if (file.size > MAX_IMPORT_BYTES) return failed(file.name, 'too-large');
  const input = await file.bytes();
  const { engine } = session;
  const scratch = `${session.db}:import`;
  let bytes: Uint8Array;
  try {
    if (kind === 'sqlite') {
      if (!hasSqliteHeader(input)) return failed(file.name, 'not-sqlite');
      await engine.open(scratch, input);
      const check = await engine.run(scratch, 'PRAGMA quick_check', { read: true });
      if (!check.ok) return failed(file.name, 'damaged', errorText(check.error));
      const verdict = check.results[0]?.rows[0]?.[0];
      if (verdict !== 'ok') return failed(file.name, 'damaged', typeof verdict === 'string' ? verdict : null);
      bytes = input;
    } else {
      const script = readText(input);
      if (script === null) return failed(file.name, 'not-text');
      await engine.open(scratch);
      const outcome = await engine.run(scratch, script);
      if (!outcome.ok) return failed(file.name, 'script-failed', errorText(outcome.error), outcome.error.line);
      bytes = await engine.export(scratch);
    }
  } catch (e) {
    return failed(file.name, kind === 'sqlite' ? 'damaged' : 'script-failed', reason(e));
  } finally {
    await engine.close(scratch).catch(() => undefined);
  }
  await session.reset({ bytes });
  const tables = session.state.schema.tables.length;
  return { ok: true, message: msg('files.imported', { name: file.name, tables }) };
}

/** A file name for the lab of lesson `lessonId`: `many-to-many.sqlite`. */
export function labFileName(lessonId: string, kind: LabFileKind): string {
  const base = lessonId.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+|-+$/g, '') || 'junction';
  return `${base}.${kind}`;
}

/** Hands `data` to the browser as a download named `name`. */
export function download(name: string, data: Uint8Array | string, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click has started the download; the URL is released once it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** What the playground toolbar's actions need from the app. */
export interface PlaygroundFilesHost {
  session: LabSession;
  lessonId: string;
  /** The playground's text now (the app's state holds it). */
  sql(): string;
  /** Called after an import replaced the lab database, so the app saves it. */
  imported(): void;
}

/** The toolbar's actions: download an export, import a picked or dropped file, copy a link to the SQL. */
export function playgroundFiles(host: PlaygroundFilesHost): PlaygroundFiles {
  return {
    exportAs: async (kind) => {
      try {
        const { data, type } = await exportLab(host.session, kind);
        const name = labFileName(host.lessonId, kind);
        download(name, data, type);
        return { ok: true, message: msg('files.exported', { name }) };
      } catch (e) {
        return { ok: false, message: msg('files.export-failed', { detail: e instanceof Error ? e.message : String(e) }) };
      }
    },
    import: async (file) => {
      const outcome = await importLab(host.session, {
        name: file.name,
        size: file.size,
        bytes: async () => new Uint8Array(await file.arrayBuffer()),
      });
      if (outcome.ok) host.imported();
      return outcome;
    },
    copyLink: async () => {
      const link = await sharedLink(location.href, location.hash, host.sql());
      try {
        await navigator.clipboard.writeText(link);
        return { ok: true, message: msg('files.link-copied') };
      } catch {
        // No clipboard (permission, an insecure origin): the address bar holds the link instead.
        history.replaceState(null, '', new URL(link).hash);
        return { ok: false, message: msg('files.link-not-copied') };
      }
    },
  };
}
