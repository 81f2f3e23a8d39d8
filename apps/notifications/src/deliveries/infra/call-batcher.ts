/**
 * Gathers what many concurrent callers ask at once into one flush — one statement or one
 * transaction for all of them: each caller waits for the flush that carried its item and
 * gets that item's answer (or the flush's error), so a write is acknowledged only once it
 * is committed. One flush runs at a time, and a batch is taken when its flush starts —
 * everything asked while the previous flush ran, up to `maxItems` — so under load the
 * batches grow with the load; alone, an item waits for one turn of the event loop.
 *
 * (Taking the batch when the call arrives instead, and chaining its flush behind the
 * running one, made flushes of one item each, queued one behind the other: every delivery
 * waited for all the transactions ahead of it.)
 */
export class CallBatcher<Item, Answer> {
  private waiting: Array<{ item: Item; resolve: (answer: Answer) => void; reject: (error: unknown) => void }> = [];
  private scheduled = false;
  private flushing = false;

  constructor(
    private readonly flush: (items: Item[]) => Promise<Answer[]>,
    private readonly maxItems = 100,
  ) {}

  call(item: Item): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      // A running flush takes what waits when it ends; otherwise the next turn starts one,
      // so the calls of this turn go together.
      if (!this.flushing && !this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          void this.flushWhatWaits();
        });
      }
    });
  }

  private async flushWhatWaits(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, this.maxItems);
        try {
          const answers = await this.flush(batch.map((entry) => entry.item));
          batch.forEach((entry, i) => entry.resolve(answers[i]!));
        } catch (error) {
          for (const entry of batch) entry.reject(error);
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}
