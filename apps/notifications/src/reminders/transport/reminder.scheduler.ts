import { Inject, Injectable, Logger } from '@nestjs/common';
import { CONFIG } from '@scn/platform';
import type { NotificationsConfig } from '../../config';
import { WakeableLoop } from '../../infra/wakeable-loop';
import { ReminderReconciliation, type ReconciliationResult } from '../infra/reminder-reconciliation';
import { REMINDER_SYNC_CHANNEL } from '../infra/reminder-rows';
import { ReminderSync, SYNC_BATCH } from '../infra/reminder-sync';

/**
 * Keeps Redis in line with the `reminders` table:
 * - a loop syncs the rows marked `sync_needed` (every DISPATCH_POLL_MS, and at once when a
 *   planning transaction commits: it NOTIFYs `reminder_sync`);
 * - reconciliation, first at start-up (the reminder worker starts after it) and then every
 *   RECONCILE_INTERVAL_MS, gives each pending reminder whose job Redis lost its job again.
 */
@Injectable()
export class ReminderScheduler {
  private readonly logger = new Logger(ReminderScheduler.name);
  private readonly loop: WakeableLoop;
  private timer?: NodeJS.Timeout;
  private reconciling?: Promise<unknown>;
  private stopped = false;

  constructor(
    private readonly sync: ReminderSync,
    private readonly reconciliation: ReminderReconciliation,
    @Inject(CONFIG) private readonly config: NotificationsConfig,
  ) {
    this.loop = new WakeableLoop({
      name: 'reminder-scheduler',
      databaseUrl: config.DATABASE_URL,
      channel: REMINDER_SYNC_CHANNEL,
      pollMs: config.DISPATCH_POLL_MS,
      logger: this.logger,
      step: async () => (await this.sync.syncBatch()) === SYNC_BATCH,
    });
  }

  /** Reconciles once (a failure is logged: the periodic run catches up), then starts the loop and the timer. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.reconcile('start-up');
    if (this.stopped) return;
    this.loop.start();
    if (this.config.RECONCILE_INTERVAL_MS > 0) {
      this.timer = setInterval(() => void this.reconcile('periodic'), this.config.RECONCILE_INTERVAL_MS);
      this.timer.unref();
    }
  }

  /** Lets the batch and the reconciliation in progress finish, then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.loop.stop();
    await this.reconciling;
  }

  /** Wakes the loop (after a change it did not NOTIFY, e.g. from a test). */
  wake(): void {
    this.loop.requestWake();
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
