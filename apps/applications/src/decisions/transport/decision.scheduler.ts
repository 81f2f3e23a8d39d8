import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { PollingLoop } from '@scn/messaging';
import { CONFIG } from '@scn/platform';
import type { ApplicationsConfig } from '../../config';
import { LapseDueOffersHandler } from '../commands/lapse-due-offers/lapse-due-offers.handler';
import { ReleaseDueDecisionsHandler } from '../commands/release-due-decisions/release-due-decisions.handler';

/**
 * Releases decisions on their dates and lapses offers past their deadlines: a database
 * poll every DECISION_TICK_MS, first right after start-up so what fell due while the
 * service was down is caught up. Replicas tick together safely (each claim is exclusive).
 */
@Injectable()
export class DecisionScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop: PollingLoop;

  constructor(
    private readonly release: ReleaseDueDecisionsHandler,
    private readonly lapse: LapseDueOffersHandler,
    @Inject(CONFIG) config: Pick<ApplicationsConfig, 'DECISION_TICK_MS'>,
  ) {
    this.loop = new PollingLoop({
      name: 'decision tick',
      tick: async (stopping) => {
        await this.release.execute(stopping);
        await this.lapse.execute(stopping);
      },
      intervalMs: config.DECISION_TICK_MS,
      logger: new Logger(DecisionScheduler.name),
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /** Before the database client closes: nothing new is claimed, and a running tick finishes. */
  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }
}
