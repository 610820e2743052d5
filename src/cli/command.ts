/** The shape of one `junction` sub-command. */
import type { Engine } from '../core/engine.js';

/** An engine a command starts and lets go of when done (the CLI's thread would keep the process alive). */
export interface CommandEngine extends Engine {
  dispose(): void;
}

/** Where a command writes; tests pass their own to capture output. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file as bytes (the CLI passes node:fs; tests may pass a fake). */
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Lists `.md` files under a folder, recursively; a file path lists itself. */
  listFiles(path: string, extension: string): Promise<string[]>;
  /**
   * Starts the engine the lessons commands run SQL on: the CLI's is a worker thread whose watchdog
   * stops a script running past `timeoutMs`; tests may pass the faster in-process one.
   */
  startEngine(timeoutMs: number): Promise<CommandEngine>;
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
