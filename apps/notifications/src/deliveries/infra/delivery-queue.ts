import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { QUEUES, queuePrefix } from '@scn/contracts';
import { CONFIG } from '@scn/platform';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { NotificationsConfig } from '../../config';
import { REDIS } from '../../infra/redis.module';

const QUEUE = QUEUES.notificationDelivery;
export type DeliveryJobName = (typeof QUEUE.jobs)[keyof typeof QUEUE.jobs];

/** A job delivering one notification (its id is the notification's). */
export interface NotificationJobData {
  notificationId: string;
}
/** A job sending one recipient the notifications held for their digest until `dueAt`. */
export interface DigestJobData {
  recipientId: string;
  dueAt: string;
}

/** The job name of each channel. */
export const CHANNEL_JOBS = {
  email: QUEUE.jobs.deliverEmail,
  webhook: QUEUE.jobs.deliverWebhook,
  inbox: QUEUE.jobs.deliverInbox,
} as const;

/** Job id of a digest: one per recipient and digest time, whatever asks for it. */
export function digestJobId(recipientId: string, dueAt: Date): string {
  return `digest_${recipientId}_${dueAt.getTime()}`;
}

/**
 * The BullMQ queue of deliveries. Redis keeps only jobs pointing at notification ids:
 * PostgreSQL holds the notifications, so a lost Redis loses nothing (see the dispatcher).
 */
@Injectable()
export class DeliveryQueue implements OnApplicationShutdown {
  readonly queue: Queue;
  readonly prefix: string;

  constructor(@Inject(REDIS) redis: Redis, @Inject(CONFIG) private readonly config: NotificationsConfig) {
    this.prefix = queuePrefix(config.SCN_NAMESPACE);
    this.queue = new Queue(QUEUE.name, { connection: redis, prefix: this.prefix });
  }

  /** Options every delivery job gets: tries, back-off (the worker computes it), clean-up. */
  jobOptions(jobId: string, delayMs: number): JobsOptions {
    return {
      jobId,
      delay: Math.max(0, delayMs),
      attempts: this.config.DELIVERY_MAX_ATTEMPTS,
      backoff: { type: 'delivery' },
      // PostgreSQL keeps the history. A finished job must not linger either: a replayed
      // notification gets a job of the same id again, which BullMQ would ignore.
      removeOnComplete: true,
      removeOnFail: true,
    };
  }

  /** The Redis key of a job: a job exists while this key does. */
  jobKey(jobId: string): string {
    return `${this.prefix}:${QUEUE.name}:${jobId}`;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
