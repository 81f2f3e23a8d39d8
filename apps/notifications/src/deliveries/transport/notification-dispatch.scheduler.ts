import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { CONFIG } from '@scn/platform';
import type { NotificationsConfig } from '../../config';
import { WakeableLoop } from '../../infra/wakeable-loop';
import { DISPATCH_CHANNEL } from '../../notifying/infra/dispatch-channel';
import { DeliveryDispatch, DISPATCH_BATCH } from '../infra/delivery-dispatch';

/**
 * The dispatcher's timers: a loop hands queued notifications to Redis (every
 * DISPATCH_POLL_MS, and at once when a commit NOTIFYs `notification_dispatch`);
 * reconciliation runs at start-up, before deliveries start, and every RECONCILE_INTERVAL_MS.
 */
@Injectable()
export class NotificationDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationDispatcher.name);
  private readonly loop: WakeableLoop;
  private reconcileTimer?: NodeJS.Timeout;

  constructor(
    private readonly dispatch: DeliveryDispatch,
    @Inject(CONFIG) private readonly config: NotificationsConfig,
  ) {
    this.loop = new WakeableLoop({
      name: 'notification-dispatcher',
      databaseUrl: config.DATABASE_URL,
      channel: DISPATCH_CHANNEL,
      pollMs: config.DISPATCH_POLL_MS,
      logger: this.logger,
      step: async () => (await this.dispatch.dispatchBatch()) === DISPATCH_BATCH,
    });
  }

  /** Reconciles in the background: with Redis down it waits, and the service must start meanwhile. */
  onApplicationBootstrap(): void {
    void this.reconcile().catch((error) => this.logger.error(`start-up reconciliation failed: ${String(error)}`));
    this.loop.start();
    if (this.config.RECONCILE_INTERVAL_MS > 0) {
      this.reconcileTimer = setInterval(() => {
        this.reconcile().catch((error) => this.logger.warn(`reconciliation failed: ${String(error)}`));
      }, this.config.RECONCILE_INTERVAL_MS);
      this.reconcileTimer.unref();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.reconcileTimer);
    await this.loop.stop();
  }

  /** Gives notifications whose job Redis lost a job again; returns how many. */
  async reconcile(): Promise<number> {
    const requeued = await this.dispatch.reconcile();
    if (requeued) {
      this.logger.warn(`${requeued} queued notifications had no job in Redis: queued again`);
      this.loop.requestWake();
    }
    return requeued;
  }
}
