/** The `--timeout-ms N` option of the commands that run lesson SQL: the watchdog's time limit. */
import { DEFAULT_TIMEOUT_MS } from '../db/worker-client.js';

export { DEFAULT_TIMEOUT_MS };

export type TimeoutOption = { ok: true; timeoutMs: number; rest: string[] } | { ok: false; message: string };

/** The option's lines in a --help table of options. */
export const TIMEOUT_HELP = `--timeout-ms N  stop a script that runs longer than N milliseconds and report it
                (default ${DEFAULT_TIMEOUT_MS}, the app's own limit)`;

/**
 * Takes `--timeout-ms N` or `--timeout-ms=N` out of `args` (the last one wins) and returns the other
 * arguments; default the app's limit, so a lesson is proved under the limit its learners get.
 */
export function takeTimeoutOption(args: readonly string[]): TimeoutOption {
  const rest: string[] = [];
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    let value: string | undefined;
    if (a === '--timeout-ms') value = args[++i] ?? '';
    else if (a.startsWith('--timeout-ms=')) value = a.slice('--timeout-ms='.length);
    else {
      rest.push(a);
      continue;
    }
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 2_147_483_647) {
      return {
        ok: false,
        message:
          value === ''
            ? '--timeout-ms needs a number of milliseconds'
            : `--timeout-ms needs a whole number of milliseconds from 1 to 2147483647, not "${value}"`,
      };
    }
    timeoutMs = Number(value);
  }
  return { ok: true, timeoutMs, rest };
}
