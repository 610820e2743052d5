/** Arguments of the commands that read one FILE: `-o/--output OUT`, `--lang en|ru`, `--timeout-ms N` and boolean `--flags`. */
import type { Language } from '../core/messages/language.js';
import { takeLangOption } from './lang-option.js';
import type { CliIo } from './command.js';
import { DEFAULT_TIMEOUT_MS, takeTimeoutOption } from './timeout-option.js';

export type FileArgs =
  | { ok: true; file: string; output: string | null; lang: Language; flags: Set<string>; timeoutMs: number }
  | { ok: false; message: string };

/** What a command accepts besides FILE: boolean flags, `-o OUT` and `--lang`; each is rejected unless enabled. */
export interface FileArgOptions {
  flags?: readonly string[];
  output?: boolean;
  /** Accept `--lang en|ru` (default `en`): the language messages are printed in. */
  lang?: boolean;
  /** Accept `--timeout-ms N` (default the app's limit): for commands that run the FILE's SQL. */
  timeout?: boolean;
}

/** Parses `FILE [-o OUT] [--lang en|ru] [--timeout-ms N] [--flag…]`. `-h/--help` is handled by the dispatcher. */
export function parseFileArgs(all: string[], options: FileArgOptions = {}): FileArgs {
  const files: string[] = [];
  const flags = new Set<string>();
  let output: string | null = null;
  let lang: Language = 'en';
  let args = all;
  if (options.lang) {
    const taken = takeLangOption(all);
    if (!taken.ok) return taken;
    ({ lang, rest: args } = taken);
  }
  const timeout = options.timeout ? takeTimeoutOption(args) : { ok: true as const, timeoutMs: DEFAULT_TIMEOUT_MS, rest: args };
  if (!timeout.ok) return timeout;
  args = timeout.rest;
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
  return { ok: true, file: files[0]!, output, lang, flags, timeoutMs: timeout.timeoutMs };
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
