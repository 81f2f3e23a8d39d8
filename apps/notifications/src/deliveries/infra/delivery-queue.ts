import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { QUEUES, queuePrefix } from '@scn/contracts';
import { CONFIG } from '@scn/platform';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { NotificationsConfig } from '../../config';
import { REDIS } from '../../infra/redis.module';
import { closeOnceStarted } from '../../infra/close-bullmq';

const QUEUE = QUEUES.notificationDelivery;
const WEBHOOK_QUEUE = QUEUES.webhookDelivery;

/** A job delivering one notification (its id is the notification's). */
export interface NotificationJobData {
  notificationId: string;
}
/** A job sending one recipient the notifications held for their digest until `dueAt`. */
export interface DigestJobData {
  recipientId: string;
  dueAt: string;
}

export type Channel = 'email' | 'webhook' | 'inbox';

/** The job name of each channel. */
export const CHANNEL_JOBS = {
  email: QUEUE.jobs.deliverEmail,
  webhook: WEBHOOK_QUEUE.jobs.deliverWebhook,
  inbox: QUEUE.jobs.deliverInbox,
} as const satisfies Record<Channel, string>;

/** Job id of a digest: one per recipient and digest time, whatever asks for it. */
export function digestJobId(recipientId: string, dueAt: Date): string {
  return `digest_${recipientId}_${dueAt.getTime()}`;
}

/**
 * The BullMQ queues of deliveries: webhooks in one, emails, inbox items and digests in the
 * other, each with its own worker and concurrency. Redis keeps only jobs pointing at
 * notification ids: PostgreSQL holds the notifications, so a lost Redis loses nothing (see
 * the dispatcher).
 */
@Injectable()
export class DeliveryQueue implements OnApplicationShutdown {
  /** Emails, inbox items, digests. */
  readonly queue: Queue;
  readonly webhookQueue: Queue;
  readonly prefix: string;

  constructor(@Inject(REDIS) redis: Redis, @Inject(CONFIG) private readonly config: NotificationsConfig) {
    this.prefix = queuePrefix(config.SCN_NAMESPACE);
    this.queue = new Queue(QUEUE.name, { connection: redis, prefix: this.prefix });
    this.webhookQueue = new Queue(WEBHOOK_QUEUE.name, { connection: redis, prefix: this.prefix });
  }

  /** Both queues. */
  get queues(): Queue[] {
    return [this.queue, this.webhookQueue];
  }

  /** The queue a notification of `channel` is delivered from (a digest is an email). */
  queueOf(channel: Channel): Queue {
    return channel === 'webhook' ? this.webhookQueue : this.queue;
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

  /** The Redis key of a job of `channel`: a job exists while this key does. */
  jobKey(jobId: string, channel: Channel): string {
    return this.queueOf(channel).toKey(jobId);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map(closeOnceStarted));
  }
}
