import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { CONFIG, DATABASE } from '@scn/platform';
import type { Redis } from 'ioredis';
import type { NotificationsConfig } from '../config';
import { NOTIFICATIONS_CLOCK, type Clock } from '../notifying/clock';
import { DISPATCH_CHANNEL } from '../notifying/notification-request';
import { REDIS } from '../redis/redis.module';
import { CHANNEL_JOBS, DeliveryQueue, digestJobId, type DigestJobData, type NotificationJobData } from './delivery-queue';
import { WakeableLoop } from './wakeable-loop';
import { QUEUES } from '@scn/contracts';

const BATCH = 500;

interface QueuedRow {
  id: string;
  channel: keyof typeof CHANNEL_JOBS;
  recipient_id: string | null;
  not_before: Date | null;
  in_digest: boolean;
}

/**
 * Puts queued notifications into Redis: a delivery job per notification (job id = its id),
 * or one digest job per recipient and digest time, delayed until its time. Rows are claimed
 * with SKIP LOCKED (replicas share the work) and marked enqueued in the same transaction.
 *
 * Reconciliation (at start-up, before deliveries start, and every RECONCILE_INTERVAL_MS):
 * a queued notification whose job is gone from Redis (Redis restarted empty) is marked not
 * enqueued, so the loop gives it a job again. A job that outlives its notification's
 * delivery does nothing: the worker delivers only what is still queued.
 */
@Injectable()
export class NotificationDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationDispatcher.name);
  private readonly loop: WakeableLoop;
  private reconcileTimer?: NodeJS.Timeout;

  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly deliveries: DeliveryQueue,
    @Inject(CONFIG) private readonly config: NotificationsConfig,
    @Inject(NOTIFICATIONS_CLOCK) private readonly clock: Clock,
  ) {
    this.loop = new WakeableLoop({
      name: 'notification-dispatcher',
      databaseUrl: config.DATABASE_URL,
      channel: DISPATCH_CHANNEL,
      pollMs: config.DISPATCH_POLL_MS,
      logger: this.logger,
      step: async () => (await this.dispatchBatch()) === BATCH,
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

  /** Enqueues one batch of queued notifications; returns how many rows it took. */
  async dispatchBatch(): Promise<number> {
    return this.db.$transaction(async (tx) => {
      const rows = await tx.$queryRawUnsafe<QueuedRow[]>(
        `SELECT id, channel::text AS channel, recipient_id, not_before, in_digest FROM notifications
          WHERE status = 'queued' AND enqueued_at IS NULL
          ORDER BY created_at, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (!rows.length) return 0;
      const now = this.clock.now().getTime();
      const delayOf = (row: QueuedRow) => (row.not_before ? row.not_before.getTime() - now : 0);
      const single = rows.filter((row) => !row.in_digest);
      const digests = new Map<string, { name: string; data: DigestJobData; opts: ReturnType<DeliveryQueue['jobOptions']> }>();
      for (const row of rows.filter((r) => r.in_digest && r.recipient_id && r.not_before)) {
        const jobId = digestJobId(row.recipient_id!, row.not_before!);
        digests.set(jobId, {
          name: QUEUES.notificationDelivery.jobs.deliverDigest,
          data: { recipientId: row.recipient_id!, dueAt: row.not_before!.toISOString() },
          opts: this.deliveries.jobOptions(jobId, delayOf(row)),
        });
      }
      await this.deliveries.queue.addBulk([
        ...single.map((row) => ({
          name: CHANNEL_JOBS[row.channel],
          data: { notificationId: row.id } satisfies NotificationJobData,
          opts: this.deliveries.jobOptions(row.id, delayOf(row)),
        })),
        ...digests.values(),
      ]);
      await tx.$executeRawUnsafe(`UPDATE notifications SET enqueued_at = now() WHERE id = ANY($1::uuid[])`, rows.map((r) => r.id));
      return rows.length;
    });
  }

  /**
   * Finds queued notifications whose job Redis no longer has and hands them back to the
   * loop. Returns how many were re-queued.
   */
  async reconcile(): Promise<number> {
    let requeued = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.db.$queryRawUnsafe<Array<{ id: string; recipient_id: string | null; not_before: Date | null; in_digest: boolean }>>(
        `SELECT id, recipient_id, not_before, in_digest FROM notifications
          WHERE status = 'queued' AND enqueued_at IS NOT NULL AND id > $1::uuid
          ORDER BY id LIMIT 1000`,
        after,
      );
      if (!rows.length) break;
      after = rows[rows.length - 1]!.id;
      const pipeline = this.redis.pipeline();
      for (const row of rows) {
        const jobId = row.in_digest && row.recipient_id && row.not_before ? digestJobId(row.recipient_id, row.not_before) : row.id;
        pipeline.exists(this.deliveries.jobKey(jobId));
      }
      const results = (await pipeline.exec()) ?? [];
      const missing = rows.filter((_, i) => results[i]?.[1] === 0).map((row) => row.id);
      if (missing.length) {
        requeued += await this.db.$executeRawUnsafe(
          `UPDATE notifications SET enqueued_at = NULL WHERE id = ANY($1::uuid[]) AND status = 'queued'`,
          missing,
        );
      }
    }
    if (requeued) {
      this.logger.warn(`${requeued} queued notifications had no job in Redis: queued again`);
      this.loop.requestWake();
    }
    return requeued;
  }
}
