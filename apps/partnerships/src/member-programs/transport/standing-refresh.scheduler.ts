import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PollingLoop } from '@scn/messaging';
import { RefreshStandingHandler } from '../commands/refresh-standing/refresh-standing.handler';

/** Dues lapse at the turn of a year: checking hourly announces it within the hour. */
export const STANDING_REFRESH_INTERVAL_MS = 60 * 60 * 1_000;
/** The first check waits for start-up to settle (the catch-up after a long stop is not urgent). */
const FIRST_REFRESH_AFTER_MS = 5_000;

/** Runs the standing refresh shortly after start-up, then every hour. */
@Injectable()
export class StandingRefreshScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StandingRefreshScheduler.name);
  private readonly loop = new PollingLoop({
    name: 'standing refresh',
    tick: () => this.refreshStanding(),
    intervalMs: STANDING_REFRESH_INTERVAL_MS,
    firstTickAfterMs: FIRST_REFRESH_AFTER_MS,
    logger: this.logger,
  });

  constructor(private readonly refresh: RefreshStandingHandler) {}

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  private async refreshStanding(): Promise<void> {
    const count = await this.refresh.execute();
    if (count) this.logger.log(`${count} member program(s) changed standing`);
  }
}
