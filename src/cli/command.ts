/** The shape of one `junction` sub-command. */

/** Where a command writes; tests pass their own to capture output. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file as bytes (the CLI passes node:fs; tests may pass a fake). */
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Lists `.md` files under a folder, recursively; a file path lists itself. */
  listFiles(path: string, extension: string): Promise<string[]>;
}

export interface Command {
  /** The words that select it: `['relations']`, `['lessons', 'check']`. */
  name: string[];
  /** One line for `junction --help`. */
  summary: string;
  /** The full `--help` text. */
  help: string;
  /** Runs with the arguments after the name; resolves to the exit status. */
  run(args: string[], io: CliIo): Promise<number>;
}
