/**
 * Spreads messages over a fixed number of lanes by key (the event's aggregate): a lane
 * handles its messages in arrival order, in batches of up to `batchSize` taken from what
 * is waiting, one batch at a time; lanes run concurrently. So events of one aggregate are
 * handled one after the other in stream order, and a burst is handled in few transactions.
 *
 * A push never waits: what a consumer holds is bounded by JetStream (the consumer's
 * `max_ack_pending`), not here. Waiting here would not stop the client from pulling — the
 * `nats` client refills its pull by messages received, not by messages taken — it would
 * only leave the surplus in the client's buffer, out of sight of `forEachHeld`.
 */
export class BatchLanes<T> {
  private readonly lanes: Array<{ queue: T[]; handling: readonly T[]; running: Promise<void> | null }>;

  constructor(
    laneCount: number,
    private readonly batchSize: number,
    private readonly handle: (batch: T[]) => Promise<void>,
  ) {
    this.lanes = Array.from({ length: Math.max(1, laneCount) }, () => ({ queue: [], handling: [], running: null }));
  }

  /** Queues `item` on its key's lane, which starts handling it unless it is busy. */
  push(key: string, item: T): void {
    const lane = this.lanes[laneOf(key, this.lanes.length)]!;
    lane.queue.push(item);
    lane.running ??= this.drain(lane);
  }

  /** Resolves when every queued item has been handled. */
  async idle(): Promise<void> {
    await Promise.allSettled(this.lanes.map((lane) => lane.running));
  }

  /** Calls `visit` with every item held: those of the batches being handled, then those waiting for their lane. */
  forEachHeld(visit: (item: T) => void): void {
    for (const lane of this.lanes) {
      lane.handling.forEach((item) => visit(item));
      lane.queue.forEach((item) => visit(item));
    }
  }

  /** Items waiting for their lane (a batch being handled is no longer counted). */
  get pending(): number {
    return this.lanes.reduce((sum, lane) => sum + lane.queue.length, 0);
  }

  private async drain(lane: (typeof this.lanes)[number]): Promise<void> {
    try {
      while (lane.queue.length > 0) {
        const batch = lane.queue.splice(0, this.batchSize);
        lane.handling = batch;
        await this.handle(batch);
      }
    } finally {
      lane.handling = [];
      lane.running = null;
    }
  }
}

/** FNV-1a of the key, modulo the lanes: the same key always lands on the same lane. */
export function laneOf(key: string, lanes: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % lanes;
}
