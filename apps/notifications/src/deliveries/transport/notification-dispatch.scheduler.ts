import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { PollingLoop } from '@scn/messaging';
import { CONFIG } from '@scn/platform';
import type { NotificationsConfig } from '../../config';
import { DISPATCH_CHANNEL } from '../../notifying/infra/dispatch-channel';
import { DeliveryDispatch, DISPATCH_BATCH } from '../infra/delivery-dispatch';

/** Longest wait between tries while the database or Redis is down. */
const MAX_BACKOFF_MS = 10_000;

/**
 * The dispatcher's loops (the shared PollingLoop): one hands queued notifications to Redis
 * (every DISPATCH_POLL_MS, and at once when a commit NOTIFYs `notification_dispatch`);
 * reconciliation runs at start-up, before deliveries start, and every RECONCILE_INTERVAL_MS.
 */
@Injectable()
export class NotificationDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationDispatcher.name);
  private readonly dispatchLoop: PollingLoop;
  /** None when RECONCILE_INTERVAL_MS is 0 (reconciliation at start-up only). */
  private readonly reconcileLoop?: PollingLoop;

  constructor(
    private readonly dispatch: DeliveryDispatch,
    @Inject(CONFIG) config: NotificationsConfig,
  ) {
    this.dispatchLoop = new PollingLoop({
      name: 'notification-dispatcher',
      tick: async () => ((await this.dispatch.dispatchBatch()) === DISPATCH_BATCH ? 'more' : 'idle'),
      intervalMs: config.DISPATCH_POLL_MS,
      maxBackoffMs: MAX_BACKOFF_MS,
      wakeOn: { databaseUrl: config.DATABASE_URL, channel: DISPATCH_CHANNEL },
      logger: this.logger,
    });
    if (config.RECONCILE_INTERVAL_MS > 0) {
      this.reconcileLoop = new PollingLoop({
        name: 'notification reconciliation',
        // The start-up run is onApplicationBootstrap's own; the loop takes the periodic ones.
        tick: async () => void (await this.reconcile()),
        intervalMs: config.RECONCILE_INTERVAL_MS,
        firstTickAfterMs: config.RECONCILE_INTERVAL_MS,
        logger: this.logger,
      });
    }
  }

  /** Reconciles in the background: with Redis down it waits, and the service must start meanwhile. */
  onApplicationBootstrap(): void {
    void this.reconcile().catch((error) => this.logger.error(`start-up reconciliation failed: ${String(error)}`));
    this.dispatchLoop.start();
    this.reconcileLoop?.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([this.dispatchLoop.stop(), this.reconcileLoop?.stop()]);
  }

  /** Gives notifications whose job Redis lost a job again; returns how many. */
  async reconcile(): Promise<number> {
    const requeued = await this.dispatch.reconcile();
    if (requeued) {
      this.logger.warn(`${requeued} queued notifications had no job in Redis: queued again`);
      this.dispatchLoop.wake();
    }
    return requeued;
  }
}
