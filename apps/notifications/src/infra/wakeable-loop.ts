import type { Logger } from '@nestjs/common';
import { NotifyWakeup } from '@scn/messaging';

export interface WakeableLoopOptions {
  name: string;
  databaseUrl: string;
  /** PostgreSQL channel whose NOTIFY wakes the loop before its poll interval ends. */
  channel: string;
  pollMs: number;
  logger: Logger;
  /** One round of work; true when there may be more right away (a full batch). */
  step: () => Promise<boolean>;
}

const MAX_BACKOFF_MS = 10_000;

/**
 * Runs a step in a loop: again at once while it reports more work, else after the poll
 * interval or as soon as a NOTIFY arrives on the channel (the outbox relay's wake-up,
 * NotifyWakeup). A failing step (database or Redis down) is retried with growing delays,
 * never crashing the service.
 *
 * App-wide: the delivery dispatcher and the reminder scheduler both run on it (a shared
 * loop in libs/messaging is to replace it).
 */
export class WakeableLoop {
  private running = false;
  private loop?: Promise<void>;
  private readonly wakeup: NotifyWakeup;

  constructor(private readonly options: WakeableLoopOptions) {
    this.wakeup = new NotifyWakeup({
      databaseUrl: options.databaseUrl,
      channel: options.channel,
      applicationName: `${options.name}-listener`,
      onConnectionLost: (error) => options.logger.warn(`${options.name}: LISTEN lost, polling meanwhile: ${String(error)}`),
    });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.wakeup.start();
    this.loop = this.run();
  }

  /** Lets the step in progress finish, then stops. */
  async stop(): Promise<void> {
    this.running = false;
    await this.wakeup.stop();
    await this.loop;
  }

  requestWake(): void {
    this.wakeup.request();
  }

  private async run(): Promise<void> {
    let delay = this.options.pollMs;
    while (this.running) {
      this.wakeup.clear();
      let more = false;
      try {
        more = await this.options.step();
        delay = this.options.pollMs;
      } catch (error) {
        delay = Math.min(Math.max(delay * 2, 100), MAX_BACKOFF_MS);
        this.options.logger.warn(`${this.options.name} step failed (retrying in ${delay} ms): ${String(error)}`);
      }
      if (!more && this.running) await this.wakeup.sleep(delay);
    }
  }
}
