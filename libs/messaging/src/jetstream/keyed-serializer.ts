/**
 * Runs tasks concurrently across keys but one at a time, in arrival order, per key: events
 * of one aggregate are handled in the order the stream holds them.
 */
export class KeyedSerializer {
  private readonly tails = new Map<string, Promise<void>>();

  run(key: string, task: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  get activeKeys(): number {
    return this.tails.size;
  }
}
