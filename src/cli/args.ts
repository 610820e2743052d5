/** Arguments of the commands that read one FILE: `-o/--output OUT` and boolean `--flags`. */
import type { CliIo } from './command.js';

export type FileArgs = { ok: true; file: string; output: string | null; flags: Set<string> } | { ok: false; message: string };

/** Parses `FILE [-o OUT] [--flag…]`; `output: false` rejects `-o`. `-h/--help` is handled by the dispatcher. */
export function parseFileArgs(args: string[], options: { flags?: readonly string[]; output?: boolean } = {}): FileArgs {
  const files: string[] = [];
  const flags = new Set<string>();
  let output: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (options.flags?.includes(a)) flags.add(a);
    else if (options.output && (a === '-o' || a === '--output')) {
      const next = args[++i];
      if (next === undefined || next === '') return { ok: false, message: `${a} needs a file name` };
      output = next;
    } else if (options.output && a.startsWith('--output=')) output = a.slice('--output='.length);
    else if (a.startsWith('-') && a !== '-') return { ok: false, message: `unknown option ${a}` };
    else files.push(a);
  }
  if (files.length !== 1) return { ok: false, message: files.length === 0 ? 'missing FILE' : 'expected one FILE' };
  if (output === '') return { ok: false, message: '--output needs a file name' };
  return { ok: true, file: files[0]!, output, flags };
}

/** Prints what was wrong and the usage line; returns exit status 2. */
export function usageError(io: Pick<CliIo, 'stderr'>, command: string, usage: string, message: string): number {
  io.stderr(`junction ${command}: ${message}\nUsage: ${usage}  (see junction ${command} --help)\n`);
  return 2;
}

/** Writes a command's result to `output`, or to standard output; a file that cannot be written exits 2. */
export async function writeOutput(io: CliIo, command: string, output: string | null, text: string): Promise<number> {
  if (output === null) {
    io.stdout(text);
    return 0;
  }
  try {
    await io.writeFile(output, text);
    return 0;
  } catch (e) {
    io.stderr(`junction ${command}: cannot write ${output} (${e instanceof Error ? e.message : 'unknown error'})\n`);
    return 2;
  }
}
