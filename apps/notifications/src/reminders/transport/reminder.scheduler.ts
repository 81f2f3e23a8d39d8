import { Inject, Injectable, Logger } from '@nestjs/common';
import { PollingLoop } from '@scn/messaging';
import { CONFIG } from '@scn/platform';
import type { NotificationsConfig } from '../../config';
import { ReminderReconciliation, type ReconciliationResult } from '../infra/reminder-reconciliation';
import { REMINDER_SYNC_CHANNEL } from '../infra/reminder-rows';
import { ReminderSync, SYNC_BATCH } from '../infra/reminder-sync';

/**
 * Batches synced at once. Two lanes, each taking its next batch as soon as its last is
 * done: while one waits on Redis (its `addBulk`), the other claims or records its rows in
 * PostgreSQL. SKIP LOCKED gives each its own rows.
 */
const SYNC_LANES = 2;

/** Longest wait between tries while the database or Redis is down. */
const MAX_BACKOFF_MS = 10_000;

/**
 * Keeps Redis in line with the `reminders` table:
 * - a loop syncs the rows marked `sync_needed`, SYNC_LANES batches at a time (every
 *   DISPATCH_POLL_MS, and at once when a planning transaction commits: it NOTIFYs `reminder_sync`);
 * - reconciliation, first at start-up (the reminder worker starts after it) and then every
 *   RECONCILE_INTERVAL_MS, gives each pending reminder whose job Redis lost its job again.
 * Both run on the shared PollingLoop.
 */
@Injectable()
export class ReminderScheduler {
  private readonly logger = new Logger(ReminderScheduler.name);
  private readonly syncLoop: PollingLoop;
  /** None when RECONCILE_INTERVAL_MS is 0 (reconciliation at start-up only). */
  private readonly reconcileLoop?: PollingLoop;
  private reconciling?: Promise<unknown>;
  private stopped = false;

  constructor(
    private readonly sync: ReminderSync,
    private readonly reconciliation: ReminderReconciliation,
    @Inject(CONFIG) config: NotificationsConfig,
  ) {
    this.syncLoop = new PollingLoop({
      name: 'reminder-scheduler',
      tick: (stopping) => this.syncLanes(stopping),
      intervalMs: config.DISPATCH_POLL_MS,
      maxBackoffMs: MAX_BACKOFF_MS,
      wakeOn: { databaseUrl: config.DATABASE_URL, channel: REMINDER_SYNC_CHANNEL },
      logger: this.logger,
    });
    if (config.RECONCILE_INTERVAL_MS > 0) {
      this.reconcileLoop = new PollingLoop({
        name: 'reminder reconciliation',
        // The start-up run is `start()`'s own; the loop takes the periodic ones.
        tick: async () => void (await this.reconcile('periodic')),
        intervalMs: config.RECONCILE_INTERVAL_MS,
        firstTickAfterMs: config.RECONCILE_INTERVAL_MS,
        logger: this.logger,
      });
    }
  }

  /** Reconciles once (a failure is logged: the periodic run catches up), then starts the loops. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.reconcile('start-up');
    if (this.stopped) return;
    this.syncLoop.start();
    this.reconcileLoop?.start();
  }

  /** Lets the batch and the reconciliation in progress finish, then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all([this.syncLoop.stop(), this.reconcileLoop?.stop()]);
    await this.reconciling;
  }

  /**
   * Each lane syncs batch after batch until one is not full (nothing more waits) or the
   * loop stops; a lane's failure fails the tick once the other lanes are done.
   */
  private async syncLanes(stopping: AbortSignal): Promise<'idle'> {
    const lane = async () => {
      let taken = SYNC_BATCH;
      while (taken === SYNC_BATCH && !stopping.aborted) taken = await this.sync.syncBatch();
    };
    const lanes = await Promise.allSettled(Array.from({ length: SYNC_LANES }, lane));
    const failed = lanes.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    return 'idle';
  }

  /** Wakes the sync loop (after a change it did not NOTIFY, e.g. from a test). */
  wake(): void {
    this.syncLoop.wake();
  }

  /** One reconciliation, unless one is running already. */
  async reconcile(why: string): Promise<ReconciliationResult | null> {
    if (this.reconciling) return null;
    const startedAt = Date.now();
    const run = this.reconciliation.reconcile();
    this.reconciling = run.catch(() => undefined);
    try {
      const result = await run;
      const message = `reminder reconciliation (${why}): ${result.checked} pending checked, ${result.restored} jobs restored in ${Date.now() - startedAt} ms`;
      if (result.restored > 0) this.logger.warn(message);
      else this.logger.log(message);
      return result;
    } catch (error) {
      this.logger.error(`reminder reconciliation (${why}) failed: ${String(error)}`);
      return null;
    } finally {
      this.reconciling = undefined;
    }
  }
}
