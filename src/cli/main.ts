/** The `junction` CLI entry: dispatches to a sub-command; `--help` everywhere. */
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Every sentence in both languages, loaded at once: a command may speak either (--lang).
import '../core/messages/render.js';
import { createNodeWorkerEngine } from '../db/node-worker-engine.js';
import type { CliIo, Command } from './command.js';
import { ddlCommand } from './ddl-command.js';
import { diagramCommand } from './diagram-command.js';
import { lessonsBuildCommand } from './lessons-build-command.js';
import { lessonsCheckCommand, lessonsGradeCommand } from './lessons-command.js';
import { lessonsServeCommand } from './lessons-serve-command.js';
import { ormCommand } from './orm-command.js';
import { relationsCommand } from './relations-command.js';

const commands: Command[] = [
  relationsCommand,
  diagramCommand,
  ddlCommand,
  ormCommand,
  lessonsCheckCommand,
  lessonsGradeCommand,
  lessonsServeCommand,
  lessonsBuildCommand,
];

/** The SQLite worker thread's script: scripts/build-cli.mjs writes it beside this bundle (src/db/node-worker.ts). */
const WORKER_SCRIPT = new URL('./sqlite-worker.mjs', import.meta.url);

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: async (path, data) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  },
  listFiles: async function list(path, extension): Promise<string[]> {
    const info = await stat(path);
    if (!info.isDirectory()) return [path];
    const out: string[] = [];
    for (const entry of (await readdir(path)).sort()) {
      const full = join(path, entry);
      if ((await stat(full)).isDirectory()) out.push(...(await list(full, extension)));
      else if (entry.endsWith(extension)) out.push(full);
    }
    return out;
  },
  async startEngine(timeoutMs) {
    const engine = createNodeWorkerEngine({ script: WORKER_SCRIPT, timeoutMs });
    if (await engine.whenReady()) return engine;
    engine.dispose();
    throw new Error(`The SQLite worker ${fileURLToPath(WORKER_SCRIPT)} did not start; rebuild the CLI with \`npm run build:cli\`.`);
  },
};

/** The command list: every command, or those of one group (`junction lessons --help`). */
function usage(group?: string): string {
  const listed = group ? commands.filter((c) => c.name[0] === group) : commands;
  const width = Math.max(...listed.map((c) => c.name.join(' ').length));
  const lines = listed.map((c) => `  junction ${c.name.join(' ').padEnd(width)}  ${c.summary}`);
  const head = group ? `Usage: junction ${group} <command> [options]` : 'Usage: junction <command> [options]';
  return `${head}\n\nCommands:\n${lines.join('\n')}\n\nRun \`junction <command> --help\` for a command's options.\n`;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit status. */
export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const match = commands.filter((c) => c.name.every((word, i) => argv[i] === word)).sort((a, b) => b.name.length - a.name.length)[0];
  if (!match) {
    // A group word alone (`junction lessons`, `junction lessons --help`) lists the group's commands.
    const group = argv[0] !== undefined && commands.some((c) => c.name.length > 1 && c.name[0] === argv[0]) ? argv[0] : undefined;
    if (group && (argv.length === 1 || (argv.length === 2 && (argv[1] === '--help' || argv[1] === '-h')))) {
      io.stdout(usage(group));
      return argv.length === 1 ? 2 : 0;
    }
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      io.stdout(usage());
      return argv.length === 0 ? 2 : 0;
    }
    io.stderr(`junction: unknown command "${argv.join(' ')}"\n\n${usage()}`);
    return 2;
  }
  const rest = argv.slice(match.name.length);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(match.help.endsWith('\n') ? match.help : `${match.help}\n`);
    return 0;
  }
  return match.run(rest, io);
}
