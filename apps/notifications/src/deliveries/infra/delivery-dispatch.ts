import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { QUEUES } from '@scn/contracts';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import type { Redis } from 'ioredis';
import { jobPresence, type JobPresence } from '../../infra/job-presence';
import { REDIS } from '../../infra/redis.module';
import { CHANNEL_JOBS, DeliveryQueue, digestJobId, type Channel, type DigestJobData, type NotificationJobData } from './delivery-queue';

/** Most queued notifications one transaction hands to Redis (a full batch makes the loop go again at once). */
export const DISPATCH_BATCH = 500;

/**
 * The next queued notifications without a job, oldest first; `id` breaks the ties of the rows
 * one statement inserted (an announcement's tens of thousands share its `now()`).
 * `notifications_to_enqueue_idx` is keyed on both, so a batch is read in index order, never
 * by sorting every queued row.
 */
export const CLAIM_QUEUED_NOTIFICATIONS = `
  SELECT id, channel::text AS channel, recipient_id, not_before, in_digest FROM notifications
   WHERE status = 'queued' AND enqueued_at IS NULL
   ORDER BY created_at, id LIMIT ${DISPATCH_BATCH} FOR UPDATE SKIP LOCKED`;

interface QueuedRow {
  id: string;
  channel: Channel;
  recipient_id: string | null;
  not_before: Date | null;
  in_digest: boolean;
}

/**
 * PostgreSQL → Redis for notifications: a delivery job per queued notification (job id =
 * its id), or one digest job per recipient and digest time, delayed until its time. Rows
 * are claimed with SKIP LOCKED (replicas share the work) and marked enqueued in the same
 * transaction. Reconciliation hands back to the dispatcher a queued notification whose job
 * is gone from Redis (Redis restarted empty). A job that outlives its notification's
 * delivery does nothing: the worker delivers only what is still queued.
 */
@Injectable()
export class DeliveryDispatch {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly deliveries: DeliveryQueue,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Enqueues one batch of queued notifications; returns how many rows it took. */
  async dispatchBatch(): Promise<number> {
    return this.db.$transaction(async (tx) => {
      const rows = await tx.$queryRawUnsafe<QueuedRow[]>(CLAIM_QUEUED_NOTIFICATIONS);
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
      const job = (row: QueuedRow) => ({
        name: CHANNEL_JOBS[row.channel],
        data: { notificationId: row.id } satisfies NotificationJobData,
        opts: this.deliveries.jobOptions(row.id, delayOf(row)),
      });
      const webhooks = single.filter((row) => row.channel === 'webhook');
      await Promise.all([
        this.deliveries.queue.addBulk([...single.filter((row) => row.channel !== 'webhook').map(job), ...digests.values()]),
        webhooks.length ? this.deliveries.webhookQueue.addBulk(webhooks.map(job)) : undefined,
      ]);
      await tx.$executeRawUnsafe(`UPDATE notifications SET enqueued_at = now() WHERE id = ANY($1::uuid[])`, rows.map((r) => r.id));
      return rows.length;
    });
  }

  /**
   * Finds queued notifications whose job BullMQ will not run and marks them not enqueued,
   * so the dispatcher gives them a job again. Returns how many were re-queued.
   *
   * A job counts only with its data and its place in a set or list of unfinished jobs
   * (`jobPresence`): when Redis loses the keys while workers run (a flush is a scan and
   * delete, key by key), a job's hash can outlive its place in the wait list, or a worker's
   * bookkeeping can write a few fields back into a deleted hash. Such a remnant is no job —
   * nothing would ever run it — yet BullMQ refuses a new job of its id while the key
   * exists: it is deleted.
   */
  async reconcile(): Promise<number> {
    let requeued = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.db.$queryRawUnsafe<Array<{ id: string; channel: Channel; recipient_id: string | null; not_before: Date | null; in_digest: boolean }>>(
        `SELECT id, channel::text AS channel, recipient_id, not_before, in_digest FROM notifications
          WHERE status = 'queued' AND enqueued_at IS NOT NULL AND id > $1::uuid
          ORDER BY id LIMIT 1000`,
        after,
      );
      if (!rows.length) break;
      after = rows[rows.length - 1]!.id;
      const jobIds = rows.map((row) => (row.in_digest && row.recipient_id && row.not_before ? digestJobId(row.recipient_id, row.not_before) : row.id));
      const presence = await this.presenceOf(rows, jobIds);
      const lost = rows.filter((_, i) => presence[i] !== 'runnable');
      const remnants = rows.flatMap((row, i) => (presence[i] === 'remnant' ? [this.deliveries.jobKey(jobIds[i]!, row.channel)] : []));
      if (remnants.length) await this.redis.del(...remnants);
      if (lost.length) {
        requeued += await this.db.$executeRawUnsafe(
          `UPDATE notifications SET enqueued_at = NULL WHERE id = ANY($1::uuid[]) AND status = 'queued'`,
          lost.map((row) => row.id),
        );
      }
    }
    return requeued;
  }

  /** Where each row's job stands, asked of the queue of its channel. */
  private async presenceOf(rows: readonly QueuedRow[], jobIds: readonly string[]): Promise<JobPresence[]> {
    const presence: JobPresence[] = new Array(rows.length);
    for (const queue of this.deliveries.queues) {
      const indices = rows.flatMap((row, i) => (this.deliveries.queueOf(row.channel) === queue ? [i] : []));
      const answers = await jobPresence(this.redis, queue, indices.map((i) => jobIds[i]!));
      indices.forEach((index, k) => (presence[index] = answers[k]!));
    }
    return presence;
  }
}
