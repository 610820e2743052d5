/**
 * `junction lessons serve DIR`: the authoring loop. The built app shows DIR's lessons, a saved file
 * reloads its lesson on the page, and what `lessons check` finds is listed there and here.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../core/messages/language.js';
import { msg } from '../core/messages/message.js';
import { renderMessage } from '../core/messages/render.js';
import type { CliIo, Command, CommandEngine } from './command.js';
import { takeLangOption } from './lang-option.js';
import { type FolderReport, LessonFolder } from './lesson-folder.js';
import { formatProblem } from './lesson-problems.js';
import { type LessonServer, startLessonServer } from './lesson-server.js';
import { builtAppFolder } from './served-files.js';
import { TIMEOUT_HELP, takeTimeoutOption } from './timeout-option.js';

export const DEFAULT_PORT = 4280;
const USAGE = 'junction lessons serve [DIR] [--port N] [--host H] [--open] [--lang en|ru] [--timeout-ms N]';

export interface ServeOptions {
  /** The lesson folder as the instructor typed it (paths are shown this way). */
  dir: string;
  appDir: string;
  host: string;
  port: number;
  /** What the folder's lessons are proved on; the loop disposes it when it closes. */
  engine: CommandEngine;
}

/** A running authoring loop: the server and the watched folder. */
export interface ServedLessons {
  url: string;
  folder: LessonFolder;
  close(): Promise<void>;
}

type ParsedServeArgs =
  | { ok: true; dir: string; host: string; port: number; open: boolean; lang: Language; timeoutMs: number }
  | { ok: false; message: string };

/** Reads `[DIR] [--port N] [--host H] [--open] [--lang en|ru] [--timeout-ms N]`. */
export function parseServeArgs(args: readonly string[]): ParsedServeArgs {
  const option = takeLangOption(args);
  if (!option.ok) return option;
  const timeout = takeTimeoutOption(option.rest);
  if (!timeout.ok) return timeout;
  const dirs: string[] = [];
  let host = '127.0.0.1';
  let port = DEFAULT_PORT;
  let open = false;
  const rest = timeout.rest;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const [name, inline] =
      a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (name === '--open') open = true;
    else if (name === '--port' || name === '--host') {
      const value = inline ?? rest[++i];
      if (value === undefined || value === '') return { ok: false, message: `${name} needs a value` };
      if (name === '--host') host = value;
      else if (/^\d+$/.test(value) && Number(value) <= 65535) port = Number(value);
      else return { ok: false, message: `--port needs a number from 0 to 65535, not "${value}"` };
    } else if (a.startsWith('-')) return { ok: false, message: `unknown option ${a}` };
    else dirs.push(a);
  }
  if (dirs.length > 1) return { ok: false, message: 'expected one DIR' };
  return { ok: true, dir: dirs[0] ?? 'lessons', host, port, open, lang: option.lang, timeoutMs: timeout.timeoutMs };
}

/** Starts watching `dir` and serving it with the app; rejects with the listen error when the port is taken. */
export async function serveLessons(options: ServeOptions): Promise<ServedLessons> {
  const folder = new LessonFolder(resolve(options.dir), options.dir, options.engine);
  let server: LessonServer;
  try {
    await folder.start();
    server = await startLessonServer({
      folder,
      lessonsDir: resolve(options.dir),
      appDir: options.appDir,
      host: options.host,
      port: options.port,
    });
  } catch (e) {
    folder.close();
    options.engine.dispose();
    throw e;
  }
  return {
    url: server.url,
    folder,
    close: async () => {
      folder.close();
      await server.close();
      options.engine.dispose();
    },
  };
}

/** Prints the folder's problems and a summary each time its checks settle, like `lessons check` would now. */
function printReports(io: Pick<CliIo, 'stdout' | 'stderr'>, folder: LessonFolder, lang: Language): void {
  let printed = '';
  const print = (report: FolderReport) => {
    const key = JSON.stringify([report.lessons.map((l) => l.revision), report.problems]);
    if (report.checking || key === printed) return;
    printed = key;
    printReport(io, report, lang);
  };
  folder.on(print);
  print(folder.report());
}

function printReport(io: Pick<CliIo, 'stdout' | 'stderr'>, report: FolderReport, lang: Language): void {
  for (const problem of report.problems) io.stderr(`${formatProblem(problem, lang)}\n`);
  const exercises = report.lessons.reduce((n, lesson) => n + lesson.exercises, 0);
  const summary = msg('lesson.check-summary', { lessons: report.lessons.length, exercises, errors: report.problems.length });
  io.stdout(`${renderMessage(summary, lang)}\n`);
}

export const lessonsServeCommand: Command = {
  name: ['lessons', 'serve'],
  summary: 'Serve a folder of lessons with the app; saving a file reloads it',
  help: `Usage: ${USAGE}

The authoring loop: serves the built app with the lessons of DIR (default: lessons/) on
http://127.0.0.1:${DEFAULT_PORT}/ and watches DIR. Open the address; the page lists DIR's lessons.
When you save a .md file, the page showing that lesson reads it again (the learner's editor
texts are kept), and the problems \`junction lessons check\` finds in DIR are listed on the
page as file:line, in the page's language, and printed here after every change.

Options:
  --port N        the port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host H        the address to listen on (default 127.0.0.1, this machine only); another
                  address lets other machines read DIR
  --open          open the address in the default browser
  --lang en|ru    the language of what is printed here (the page has its own choice)
  ${TIMEOUT_HELP.replace('\n', '\n  ')}

Files are served only from inside DIR (and the app); dot-files are never served.
The app must be built first (\`npm run build\` writes dist/).
Stop with Ctrl+C. Exit status: 0 after Ctrl+C, 2 on bad usage, a missing build or a busy port.
`,
  async run(args, io) {
    const parsed = parseServeArgs(args);
    if (!parsed.ok) {
      io.stderr(`junction lessons serve: ${parsed.message}\nUsage: ${USAGE}  (see junction lessons serve --help)\n`);
      return 2;
    }
    const { dir, host, port, lang, timeoutMs } = parsed;
    const fail = (message: Parameters<typeof renderMessage>[0]) => {
      io.stderr(`junction lessons serve: ${renderMessage(message, lang)}\n`);
      return 2;
    };
    if (
      !(await stat(dir).then(
        (s) => s.isDirectory(),
        () => false,
      ))
    )
      return fail(msg('author.not-a-folder', { dir }));
    const appDir = builtAppFolder(fileURLToPath(import.meta.url));
    const index = join(appDir, 'index.html');
    if (!existsSync(index)) return fail(msg('author.not-built', { path: index }));
    let served: ServedLessons;
    try {
      served = await serveLessons({ dir, appDir, host, port, engine: await io.startEngine(timeoutMs) });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') return fail(msg('author.port-in-use', { port }));
      throw e;
    }
    io.stdout(`${renderMessage(msg('author.serving', { dir, url: served.url }), lang)}\n`);
    if (!isLoopback(host)) io.stderr(`${renderMessage(msg('author.exposed', { host }), lang)}\n`);
    printReports(io, served.folder, lang);
    if (parsed.open) openInBrowser(served.url);
    await new Promise<void>((done) => {
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    await served.close();
    return 0;
  },
};

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** The platform's "open this address" command; a failure to start one is not the server's failure. */
function openInBrowser(url: string): void {
  const [command, ...args] =
    process.platform === 'darwin' ? ['open', url] : process.platform === 'win32' ? ['cmd', '/c', 'start', '', url] : ['xdg-open', url];
  const child = spawn(command!, args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}
