/** The `--timeout-ms N` option of the commands that run lesson SQL: the watchdog's time limit. */
import { DEFAULT_TIMEOUT_MS } from '../db/worker-client.js';
import { takeValueOption } from './value-option.js';

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
  const { values, rest } = takeValueOption(args, 'timeout-ms');
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  for (const value of values) {
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
