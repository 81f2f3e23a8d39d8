import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { RefreshStandingHandler } from './refresh-standing.handler';

/** Dues lapse at the turn of a year: checking hourly announces it within the hour. */
export const STANDING_REFRESH_INTERVAL_MS = 60 * 60 * 1_000;

/** Runs the standing refresh shortly after start-up, then every hour. */
@Injectable()
export class StandingRefreshScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StandingRefreshScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(private readonly refresh: RefreshStandingHandler) {}

  onApplicationBootstrap(): void {
    this.timer = setTimeout(() => this.tick(), 5_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(): void {
    this.running = this.refresh
      .execute()
      .then((count) => {
        if (count) this.logger.log(`${count} member program(s) changed standing`);
      })
      .catch((error: unknown) => this.logger.error(`standing refresh failed: ${String(error)}`))
      .finally(() => {
        this.running = undefined;
        if (this.timer) {
          this.timer = setTimeout(() => this.tick(), STANDING_REFRESH_INTERVAL_MS);
          this.timer.unref();
        }
      });
  }
}
