/**
 * The sleep of a polling loop that a wake-up request cuts short. A request arriving while
 * the loop is busy is remembered, so the next sleep is skipped rather than the wake-up
 * lost: call `clear()` just before looking for work.
 */
export class WakeSignal {
  private wake?: () => void;
  private requested = false;

  /** Ends the current sleep, or the next one if the loop is busy. */
  request(): void {
    this.requested = true;
    this.wake?.();
  }

  /** Forgets earlier wake-ups: from here on, a request means work the loop may not have seen. */
  clear(): void {
    this.requested = false;
  }

  /** Resolves after `ms`, or as soon as a wake-up is requested (at once if one is pending). */
  sleep(ms: number): Promise<void> {
    if (this.requested) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      // A sleeping loop alone does not keep the process alive; its owner stops it on shutdown.
      timer.unref();
      this.wake = done;
    });
  }
}
