import { NotifyWakeup } from '../postgres/notify-wakeup';
import { WakeSignal } from './wake-signal';

/**
 * What one tick found: `more` work right away (a full batch: tick again at once), nothing
 * more for now (`idle`, or nothing returned: sleep the interval), or a failure to back off
 * from (`retry`, as when the tick throws, but without a log line: e.g. the broker is down).
 */
export type TickResult = 'more' | 'idle' | 'retry';

/** Where a loop reports failing ticks and a lost LISTEN connection (a Nest or a pino logger fits). */
export interface LoopLogger {
  warn(message: string): void;
}

export interface PollingLoopOptions {
  /** Names the loop in its log lines. */
  name: string;
  /** One round of work; `stopping` is aborted once the loop is told to stop, so a long tick may end early. */
  tick: (stopping: AbortSignal) => Promise<TickResult | void>;
  /** Sleep between ticks when there is no more work. */
  intervalMs: number;
  /** Wait before the first tick (default 0: at once on start, to catch up on what is due). */
  firstTickAfterMs?: number;
  /** Failed ticks are retried after a delay doubling from the interval (at least 100 ms) up to this; default the interval. */
  maxBackoffMs?: number;
  /**
   * After each sleep (ended by a wake-up or the interval), wait this long before ticking, so
   * the wake-ups of a busy stretch (a commit each) are served by one tick instead of one tick
   * each. Not after a tick that found more work: that one goes on at once. Default 0.
   */
  lingerMs?: number;
  /** A PostgreSQL channel whose NOTIFY ends a sleep early: polling guarantees progress, NOTIFY makes the loop prompt. */
  wakeOn?: { databaseUrl: string; channel: string; applicationName?: string };
  logger: LoopLogger;
}

const MIN_BACKOFF_MS = 100;

/**
 * Runs a tick, then sleeps until the interval passes or a wake-up arrives (a NOTIFY on
 * `wakeOn`, or `wake()`), again and again until stopped. A failing tick (database, broker
 * or Redis down) is logged and retried with growing delays, never ending the loop; `stop()`
 * lets the tick in progress finish. One loop for the outbox relay, the dispatchers and the
 * schedulers, so each only says what one tick does and how often.
 */
export class PollingLoop {
  private readonly signal: WakeSignal;
  private readonly listener?: NotifyWakeup;
  private stopping = new AbortController();
  private running = false;
  private loop?: Promise<void>;

  constructor(private readonly options: PollingLoopOptions) {
    const { wakeOn, name, logger } = options;
    this.listener = wakeOn
      ? new NotifyWakeup({
          databaseUrl: wakeOn.databaseUrl,
          channel: wakeOn.channel,
          applicationName: wakeOn.applicationName ?? `${name}-listener`,
          onConnectionLost: (error) => logger.warn(`${name}: LISTEN connection lost, polling meanwhile: ${String(error)}`),
        })
      : undefined;
    this.signal = this.listener ?? new WakeSignal();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopping = new AbortController();
    this.listener?.start();
    this.loop = this.run();
  }

  /** Ends the sleep in progress (or the next one, if a tick is running). */
  wake(): void {
    this.signal.request();
  }

  /** Lets the tick in progress finish (telling it through its `stopping` signal), then stops. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopping.abort();
    this.signal.request();
    await this.listener?.stop();
    await this.loop;
  }

  private async run(): Promise<void> {
    const { intervalMs, firstTickAfterMs = 0, lingerMs = 0 } = this.options;
    if (firstTickAfterMs > 0) await this.signal.sleep(firstTickAfterMs);
    let delay = intervalMs;
    while (this.running) {
      // Cleared before looking for work: a wake-up from here on means work this tick may not see.
      this.signal.clear();
      const result = await this.tickSafely(delay);
      if (result === 'more') {
        delay = intervalMs;
        continue;
      }
      delay = result === 'retry' ? this.backoff(delay) : intervalMs;
      if (this.running) await this.signal.sleep(delay);
      if (this.running && lingerMs > 0) await this.linger(lingerMs);
    }
  }

  /** Waits `ms`, or less when the loop is told to stop meanwhile. */
  private linger(ms: number): Promise<void> {
    const stopping = this.stopping.signal;
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        stopping.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      stopping.addEventListener('abort', done, { once: true });
    });
  }

  private async tickSafely(delay: number): Promise<TickResult> {
    try {
      return (await this.options.tick(this.stopping.signal)) ?? 'idle';
    } catch (error) {
      this.options.logger.warn(`${this.options.name} failed (retrying in ${this.backoff(delay)} ms): ${String(error)}`);
      return 'retry';
    }
  }

  private backoff(delay: number): number {
    return Math.min(Math.max(delay * 2, MIN_BACKOFF_MS), this.options.maxBackoffMs ?? this.options.intervalMs);
  }
}
