import { Client } from 'pg';
import type { Logger } from '@nestjs/common';

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
 * interval or as soon as a NOTIFY arrives on the channel. Polling guarantees progress
 * (a NOTIFY can be missed while reconnecting); NOTIFY only makes it prompt. A failing step
 * (database or Redis down) is retried with growing delays, never crashing the service.
 */
export class WakeableLoop {
  private running = false;
  private loop?: Promise<void>;
  private listener?: Client;
  private wake?: () => void;
  private wakeRequested = false;

  constructor(private readonly options: WakeableLoopOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.listen();
    this.loop = this.run();
  }

  /** Lets the step in progress finish, then stops. */
  async stop(): Promise<void> {
    this.running = false;
    this.requestWake();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
  }

  requestWake(): void {
    this.wakeRequested = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    let delay = this.options.pollMs;
    while (this.running) {
      this.wakeRequested = false;
      let more = false;
      try {
        more = await this.options.step();
        delay = this.options.pollMs;
      } catch (error) {
        delay = Math.min(Math.max(delay * 2, 100), MAX_BACKOFF_MS);
        this.options.logger.warn(`${this.options.name} step failed (retrying in ${delay} ms): ${String(error)}`);
      }
      if (!more && this.running) await this.sleep(delay);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.wakeRequested) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(), ms);
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      this.wake = done;
    });
  }

  private async listen(): Promise<void> {
    while (this.running) {
      const client = new Client({ connectionString: this.options.databaseUrl, application_name: `${this.options.name}-listener` });
      try {
        await client.connect();
        this.listener = client;
        client.on('notification', () => this.requestWake());
        await client.query(`LISTEN ${this.options.channel}`);
        await new Promise<void>((resolve) => {
          client.on('error', () => resolve());
          client.on('end', () => resolve());
        });
      } catch (error) {
        if (this.running) this.options.logger.warn(`${this.options.name}: LISTEN lost, polling meanwhile: ${String(error)}`);
      }
      await client.end().catch(() => undefined);
      if (this.running) await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
