/**
 * The folder `lessons serve` shows: its lesson files as they are on disk now, and the problems
 * `lessons check` finds in each, kept current as files are saved (fs.watch, or polling where the
 * platform cannot watch). Parser problems are known at once; the slower proof of solutions and
 * wrong answers follows, one file at a time, and only for files whose text changed.
 */
import { createHash } from 'node:crypto';
import { type Dirent, type FSWatcher, watch } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Engine } from '../core/engine.js';
import { parseLesson } from '../core/lessons/parse-lesson.js';
import type { Lesson } from '../core/lessons/types.js';
import { msg } from '../core/messages/message.js';
import { type CheckedLesson, checkLessonText, compareTranslations, type LessonProblem } from './lesson-problems.js';

/** One lesson file of the folder, as the page lists it. */
export interface FolderLesson {
  /** The path as `lessons check DIR` prints it (DIR as given, then the file). */
  path: string;
  /** Where the server serves it: `/lessons/<file>`. */
  url: string;
  id: string;
  title: string;
  exercises: number;
  /** Changes exactly when the file's text does (a hash of it), so the page knows what to reload. */
  revision: string;
}

/** Everything the page shows about the folder; sent whole on every change. */
export interface FolderReport {
  dir: string;
  /** Some files' solutions and wrong answers are still being proved. */
  checking: boolean;
  lessons: FolderLesson[];
  problems: LessonProblem[];
}

/** Where the lesson files are served from, under the app. */
export const LESSONS_PREFIX = '/lessons/';

interface Entry {
  /** The file's path inside the folder, with `/` between names. */
  file: string;
  text: string;
  revision: string;
  lesson: Lesson;
  /** Parser warnings until the full check of this text is done, then all it found. */
  problems: LessonProblem[];
  checked: boolean;
}

const POLL_MS = 1000;
const SETTLE_MS = 60;

export class LessonFolder {
  readonly #dir: string;
  readonly #label: string;
  readonly #engine: Engine;
  readonly #entries = new Map<string, Entry>();
  readonly #listeners = new Set<(report: FolderReport) => void>();
  #watcher: FSWatcher | null = null;
  #settle: ReturnType<typeof setTimeout> | null = null;
  #poller: ReturnType<typeof setInterval> | null = null;
  #scanning: Promise<void> = Promise.resolve();
  #checking: Promise<void> | null = null;
  #closed = false;

  /** `dir` is read; `label` is how paths are shown (the folder as the instructor typed it). */
  constructor(dir: string, label: string, engine: Engine) {
    this.#dir = dir;
    this.#label = label;
    this.#engine = engine;
  }

  /** Reads the folder, starts proving its lessons and watching it. */
  async start(): Promise<void> {
    await this.rescan();
    try {
      this.#watcher = watch(this.#dir, { recursive: true }, () => this.#soon());
      this.#watcher.on('error', () => this.#poll());
    } catch {
      this.#poll();
    }
  }

  /** Stops watching; a check under way finishes, and nothing more is announced. */
  close(): void {
    this.#closed = true;
    this.#watcher?.close();
    if (this.#settle) clearTimeout(this.#settle);
    if (this.#poller) clearInterval(this.#poller);
    this.#listeners.clear();
  }

  /** Calls `listener` with the report after every change; returns how to stop. */
  on(listener: (report: FolderReport) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The folder as known now. */
  report(): FolderReport {
    const paths = [...this.#entries.keys()].sort();
    const entries = paths.map((path) => [path, this.#entries.get(path)!] as const);
    const lessons = entries.map(([path, e]) => ({
      path,
      url: lessonUrl(e.file),
      id: e.lesson.id,
      title: e.lesson.title,
      exercises: e.lesson.exercises.length,
      revision: e.revision,
    }));
    const problems = [
      ...entries.flatMap(([, e]) => e.problems),
      ...compareTranslations(entries.map(([path, e]) => ({ path, lesson: e.lesson }))),
    ];
    return { dir: this.#label, checking: entries.some(([, e]) => !e.checked), lessons, problems };
  }

  /** Resolves when every file's text as last read has been checked. */
  async idle(): Promise<void> {
    await this.#scanning;
    while (this.#checking) await this.#checking;
  }

  /** Reads every lesson file again and takes in what changed (the watcher calls it; tests may too). */
  rescan(): Promise<void> {
    const run = async () => {
      if (!this.#closed && (await this.#readAll())) this.#announce();
    };
    this.#scanning = this.#scanning.then(run, run);
    return this.#scanning;
  }

  /** Reads the folder; true when any file was added, changed or removed. */
  async #readAll(): Promise<boolean> {
    const texts = new Map<string, { file: string; text: string }>();
    for (const full of await listLessonFiles(this.#dir)) {
      const file = relative(this.#dir, full).split(sep).join('/');
      try {
        texts.set(join(this.#label, file), { file, text: await readFile(full, 'utf8') });
      } catch {
        // Gone between listing and reading (an editor's rename-on-save): the next event reads it.
      }
    }
    let changed = false;
    for (const path of this.#entries.keys()) {
      if (!texts.has(path)) {
        this.#entries.delete(path);
        changed = true;
      }
    }
    for (const [path, { file, text }] of texts) {
      if (this.#entries.get(path)?.text === text) continue;
      const { lesson, warnings } = parseLesson(text, { fileName: path });
      const problems = warnings.map((w) => ({ file: path, line: w.line, message: w.message }));
      this.#entries.set(path, { file, text, revision: revisionOf(text), lesson, problems, checked: false });
      changed = true;
    }
    if (changed) this.#checkPending();
    return changed;
  }

  /** Proves the files not yet checked, one at a time, announcing each result. */
  #checkPending(): void {
    if (this.#checking) return;
    this.#checking = (async () => {
      for (;;) {
        const next = [...this.#entries].find(([, e]) => !e.checked);
        if (!next || this.#closed) break;
        const [path, entry] = next;
        let checked: CheckedLesson;
        try {
          checked = await checkLessonText(this.#engine, path, entry.text);
        } catch (e) {
          // A bug in the checker must not stop the server: it is reported as the file's problem.
          const reason = e instanceof Error ? e.message : 'unknown error';
          const message = msg('lesson.check-unreadable', { reason });
          checked = { path, lesson: entry.lesson, problems: [{ file: path, line: null, message }] };
        }
        // Saved again meanwhile: this result is of an old text, and the new one is checked next.
        if (this.#entries.get(path) !== entry) continue;
        this.#entries.set(path, { ...entry, problems: checked.problems, checked: true });
        this.#announce();
      }
      this.#checking = null;
    })();
  }

  #announce(): void {
    if (this.#closed) return;
    const report = this.report();
    for (const listener of this.#listeners) listener(report);
  }

  /** Editors save in bursts (write, rename, chmod): one rescan after they settle. */
  #soon(): void {
    if (this.#closed) return;
    if (this.#settle) clearTimeout(this.#settle);
    this.#settle = setTimeout(() => {
      this.#settle = null;
      void this.rescan();
    }, SETTLE_MS);
  }

  #poll(): void {
    this.#watcher?.close();
    this.#watcher = null;
    if (this.#closed || this.#poller) return;
    this.#poller = setInterval(() => void this.rescan(), POLL_MS);
  }
}

/** The address a lesson file is served at. */
export function lessonUrl(file: string): string {
  return LESSONS_PREFIX + file.split('/').map(encodeURIComponent).join('/');
}

/** Every `.md` file under `dir`, leaving out dot-folders and node_modules. */
async function listLessonFiles(dir: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listLessonFiles(full)));
    else if (entry.isFile() && entry.name.endsWith('.md')) files.push(full);
  }
  return files;
}

function revisionOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
