/** Options that take a value: `--name X` or `--name=X`, read the same way by every command. */

/**
 * Takes every `--name X` and `--name=X` out of `args`, in order (`''` for a `--name` with nothing
 * after it), and returns the other arguments.
 */
export function takeValueOption(args: readonly string[], name: string): { values: string[]; rest: string[] } {
  const flag = `--${name}`;
  const values: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === flag) values.push(args[++i] ?? '');
    else if (a.startsWith(`${flag}=`)) values.push(a.slice(flag.length + 1));
    else rest.push(a);
  }
  return { values, rest };
}
