/**
 * The learner's runs on the open lesson's database that IndexedDB does not hold yet, in order. The
 * journal keeps their scripts, so a page closed between a run and its save runs them again when the
 * lesson opens (start-lesson.ts). Each run is numbered as it reaches SQLite; an export holds every
 * run numbered up to the mark taken as it was asked, and a write to IndexedDB the last export's.
 */
interface Run {
  script: string;
  n: number;
}

export class PendingRuns {
  #last = 0;
  #runs: Run[] = [];
  /** Runs whose outcome is yet to come, oldest first (a session runs one at a time). */
  #inFlight: Run[] = [];
  /** The last export's bytes hold the runs numbered up to this. */
  #exported = 0;

  /** A run's script reaches SQLite (`junction-lab-running`). */
  started(script: string): void {
    const run = { script, n: ++this.#last };
    this.#runs.push(run);
    this.#inFlight.push(run);
  }

  /** The oldest run in flight has its outcome; one that changed nothing need not run again. */
  finished(modified: boolean): void {
    const run = this.#inFlight.shift();
    if (run && !modified) this.#runs = this.#runs.filter((r) => r !== run);
  }

  /** An export is asked of SQLite now (`LabSession.export`'s `onQueued`): the mark to give `exported`. */
  exportMark(): number {
    return this.#last;
  }

  /** The export asked at `mark` is the lesson's database now. */
  exported(mark: number): void {
    this.#exported = Math.max(this.#exported, mark);
  }

  /** A write to IndexedDB starts now, with the last export's bytes: the mark to give `stored`. */
  storeMark(): number {
    return this.#exported;
  }

  /** The write started at `mark` is done: IndexedDB holds those runs. */
  stored(mark: number): void {
    this.#runs = this.#runs.filter((r) => r.n > mark);
  }

  /** The scripts IndexedDB's database lacks, or with `afterExport` those the last export's lacks. */
  scripts(afterExport = false): string[] {
    return (afterExport ? this.#runs.filter((r) => r.n > this.#exported) : this.#runs).map((r) => r.script);
  }

  get empty(): boolean {
    return this.#runs.length === 0;
  }

  /** A database that replaces the lesson's (an import): what ran before it is no longer wanted. */
  clear(): void {
    this.#runs = [];
  }
}
