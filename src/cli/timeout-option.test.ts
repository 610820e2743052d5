import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_MS, takeTimeoutOption } from './timeout-option.js';

describe('takeTimeoutOption', () => {
  it.each([
    [[], DEFAULT_TIMEOUT_MS, []],
    [['lessons', '--lang', 'ru'], 3000, ['lessons', '--lang', 'ru']],
    [['--timeout-ms', '500', 'a.md'], 500, ['a.md']],
    [['a.md', '--timeout-ms=10000'], 10000, ['a.md']],
    [['--timeout-ms', '1', '--timeout-ms', '2'], 2, []],
  ])('reads %j as %d ms, leaving %j', (args, timeoutMs, rest) => {
    expect(takeTimeoutOption(args)).toEqual({ ok: true, timeoutMs, rest });
  });

  it.each([
    [['--timeout-ms'], '--timeout-ms needs a number of milliseconds'],
    [['--timeout-ms='], '--timeout-ms needs a number of milliseconds'],
    [['--timeout-ms', '0'], '--timeout-ms needs a whole number of milliseconds from 1 to 2147483647, not "0"'],
    [['--timeout-ms', '1.5'], '--timeout-ms needs a whole number of milliseconds from 1 to 2147483647, not "1.5"'],
    [['--timeout-ms', '3s'], '--timeout-ms needs a whole number of milliseconds from 1 to 2147483647, not "3s"'],
    // setTimeout fires at once past 2^31 - 1 ms, which would stop every script.
    [['--timeout-ms', '2147483648'], '--timeout-ms needs a whole number of milliseconds from 1 to 2147483647, not "2147483648"'],
  ])('refuses %j: %s', (args, message) => {
    expect(takeTimeoutOption(args)).toEqual({ ok: false, message });
  });

  it("defaults to the app's own limit, so a lesson is proved under the limit its learners get", () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(3000);
  });
});
