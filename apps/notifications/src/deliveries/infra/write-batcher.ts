/**
 * Gathers the writes that many concurrent callers make at once into one flush: each caller
 * waits for the flush that carried its item and gets that item's answer (or the flush's
 * error), so nothing is acknowledged before it is committed. A flush starts when
 * `maxItems` are waiting or on the next turn of the event loop, whichever comes first:
 * under load the items pile up while a flush runs; alone, an item waits for nothing.
 */
export class WriteBatcher<Item, Answer> {
  private waiting: Array<{ item: Item; resolve: (answer: Answer) => void; reject: (error: unknown) => void }> = [];
  private scheduled = false;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly flush: (items: Item[]) => Promise<Answer[]>,
    private readonly maxItems = 100,
  ) {}

  write(item: Item): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.waiting.length >= this.maxItems) this.startFlush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.startFlush());
      }
    });
  }

  private startFlush(): void {
    this.scheduled = false;
    const batch = this.waiting.splice(0, this.maxItems);
    if (batch.length === 0) return;
    // One flush at a time: what arrives meanwhile forms the next batch.
    this.flushing = this.flushing.then(async () => {
      try {
        const answers = await this.flush(batch.map((entry) => entry.item));
        batch.forEach((entry, i) => entry.resolve(answers[i]!));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    });
    if (this.waiting.length > 0 && !this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.startFlush());
    }
  }
}
