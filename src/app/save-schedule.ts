/**
 * When progress is written: a short while after the last change (so typing does not write on every
 * key), at once after a check, and when the page is hidden. One write at a time.
 */

/** Delay after the last change before it is written. */
export const SAVE_DELAY_MS = 400;

export class SaveSchedule {
  readonly #write: () => Promise<void>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #writing: Promise<void> = Promise.resolve();

  /** `write` saves whatever the current state is; it is never run twice at once. */
  constructor(write: () => Promise<void>) {
    this.#write = write;
  }

  /** Asks for a write after the delay, restarting it. */
  soon(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.now(), SAVE_DELAY_MS);
  }

  /** Writes now (after a write already under way); resolves when written. */
  now(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#writing = this.#writing.then(this.#write, this.#write);
    return this.#writing;
  }

  /** Drops a pending write (the progress it would save is about to be cleared). */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
