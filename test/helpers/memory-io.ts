/**
 * A CliIo for tests: output captured in memory, files read from `files` first and then from disk,
 * written files kept in `out.written`, SQL run in-process. Used only by the CLI's tests.
 */
import { readFile } from 'node:fs/promises';
import type { CliIo, CommandEngine } from '../../src/cli/command.js';
import { createNodeEngine } from '../../src/db/node-engine.js';

/** The lessons commands' engine in tests: sql.js in-process, fast, with no watchdog (tests of the watchdog pass their own). */
export async function startInProcessEngine(): Promise<CommandEngine> {
  return { ...(await createNodeEngine()), dispose() {} };
}

export function memoryIo(files: Record<string, string | Uint8Array> = {}) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: CliIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) return new Uint8Array(await readFile(path));
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    writeFile: async (path, data) => {
      out.written[path] = typeof data === 'string' ? data : new TextDecoder().decode(data);
    },
    listFiles: async (path) => [path],
    startEngine: startInProcessEngine,
  };
  return { io, out };
}
