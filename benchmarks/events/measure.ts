/**
 * The system's monotonic clock in milliseconds, with sub-millisecond resolution. It is the
 * same clock in every process of the machine, so a send stamp taken by the producer and a
 * "handled" stamp taken by a consumer in another process compare exactly.
 */
export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Collects "handled" reports of one measured phase: the send stamp the message carried and
 * the time it was handled, keyed by the message's sequence number.
 */
export class Collector {
  private readonly latencies = new Map<number, number>();
  private duplicates = 0;
  private lastHandledAt = 0;
  private waiter?: () => void;

  constructor(private readonly expected: Set<number>) {}

  handled(seq: number, sentAt: number, handledAt: number): void {
    if (!this.expected.has(seq)) return; // warm-up or an earlier phase
    if (this.latencies.has(seq)) {
      this.duplicates++;
      return;
    }
    this.latencies.set(seq, handledAt - sentAt);
    this.lastHandledAt = Math.max(this.lastHandledAt, handledAt);
    if (this.latencies.size === this.expected.size) this.waiter?.();
  }

  /** A message that was never sent (its transaction or publish failed): stop waiting for it. */
  forget(seq: number): void {
    if (this.latencies.has(seq) || !this.expected.delete(seq)) return;
    if (this.latencies.size === this.expected.size) this.waiter?.();
  }

  get count(): number {
    return this.latencies.size;
  }

  get duplicateCount(): number {
    return this.duplicates;
  }

  get lastHandled(): number {
    return this.lastHandledAt;
  }

  /** Resolves true once every expected message was handled, false after `timeoutMs`. */
  async done(timeoutMs: number): Promise<boolean> {
    if (this.latencies.size === this.expected.size) return true;
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      new Promise<boolean>((resolve) => (this.waiter = () => resolve(true))),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
    ]);
    clearTimeout(timer);
    return finished;
  }

  summary(): LatencySummary {
    return summarize([...this.latencies.values()]);
  }
}

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles of `samples` (milliseconds). */
export function summarize(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  return { count: sorted.length, p50: rank(50), p99: rank(99), max: sorted[sorted.length - 1] ?? NaN };
}

export interface BurstResult {
  events: number;
  /** From the first write/publish to the last message handled. */
  elapsedMs: number;
  eventsPerSecond: number;
  /** From the first write/publish to the last one acknowledged (committed / PubAck). */
  sendMs: number;
  complete: boolean;
  duplicates: number;
}

export interface PacedResult {
  rate: number;
  seconds: number;
  sent: number;
  /** Sends that failed (business transaction or publish error), and the first error. */
  failed: number;
  firstError?: string;
  /** Rate actually achieved by the sender (open loop: it never waits for the handler). */
  achievedRate: number;
  /** Largest delay between a message's scheduled time and its send stamp. */
  maxScheduleLagMs: number;
  latency: LatencySummary;
  complete: boolean;
  duplicates: number;
}

/**
 * Calls `send(i)` open-loop at `rate` per second for `seconds`: message i is due at
 * start + i / rate, and whatever is due is sent on each timer tick without waiting for
 * earlier sends to finish (so a slow system does not lower the offered load).
 * Returns the send promises and the largest schedule lag.
 */
export async function paced(
  rate: number,
  seconds: number,
  send: (i: number) => Promise<unknown>,
): Promise<{ sends: Array<Promise<unknown>>; maxLagMs: number; elapsedMs: number }> {
  const total = Math.round(rate * seconds);
  const sends: Array<Promise<unknown>> = [];
  const start = now();
  let maxLagMs = 0;
  let i = 0;
  while (i < total) {
    const t = now();
    while (i < total && start + (i * 1_000) / rate <= t) {
      maxLagMs = Math.max(maxLagMs, t - (start + (i * 1_000) / rate));
      sends.push(send(i));
      i++;
    }
    if (i < total) await sleep(Math.max(0, Math.min(5, start + (i * 1_000) / rate - now())));
  }
  return { sends, maxLagMs, elapsedMs: now() - start };
}

/** Runs `task(i)` for i in [0, n) with at most `workers` at a time. */
export async function withWorkers(n: number, workers: number, task: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(workers, n) }, async () => {
      while (next < n) await task(next++);
    }),
  );
}

/** Plain aligned text table; the first row is the header. */
export function textTable(rows: string[][], rightAligned: (column: number) => boolean = (c) => c > 0): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, c) => (rightAligned(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

export const fmt = {
  rate: (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a'),
  ms: (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')) : 'n/a'),
  ratio: (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(2) : value.toFixed(1)}x` : 'n/a'),
};

/** A burst's figures once its last message is handled (or the wait is over), timed from `start`, the first send. */
export async function burstResult(collector: Collector, n: number, start: number, timeoutMs: number): Promise<BurstResult> {
  const sendMs = now() - start;
  const complete = await collector.done(timeoutMs);
  const elapsedMs = (complete ? collector.lastHandled : now()) - start;
  return { events: n, elapsedMs, eventsPerSecond: (collector.count * 1_000) / elapsedMs, sendMs, complete, duplicates: collector.duplicateCount };
}
