import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { QUEUES } from '@scn/contracts';
import { CONFIG } from '@scn/platform';
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { NotificationsConfig } from '../../config';
import { REDIS } from '../../infra/redis.module';
import { DeliverNotificationHandler } from '../commands/deliver-notification/deliver-notification.handler';
import { SendDigestHandler } from '../commands/send-digest/send-digest.handler';
import { retryDelayMs } from '../domain/retry-delay';
import { DeliveryMetrics } from '../infra/delivery-metrics';
import { DeliveryQueue, type DigestJobData, type NotificationJobData } from '../infra/delivery-queue';
import { closeOnceStarted } from '../../infra/close-bullmq';

/**
 * Runs delivery jobs: a digest job to its handler, any other job as one try of one
 * notification. One worker per queue, each with its own concurrency — emails, inbox items
 * and digests DELIVERY_CONCURRENCY, webhooks WEBHOOK_DELIVERY_CONCURRENCY — so receivers
 * that answer slowly (or time out) fill only the webhook slots. A retryable failure thrown
 * back makes BullMQ run the job again after the back-off — exponential with jitter, or the
 * receiver's Retry-After (retry-delay.ts).
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private workers: Worker[] = [];

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(CONFIG) private readonly config: NotificationsConfig,
    private readonly deliveries: DeliveryQueue,
    private readonly deliver: DeliverNotificationHandler,
    private readonly digests: SendDigestHandler,
    private readonly metrics: DeliveryMetrics,
  ) {}

  onApplicationBootstrap(): void {
    const backoff = { baseMs: this.config.DELIVERY_BACKOFF_BASE_MS, maxMs: this.config.DELIVERY_BACKOFF_MAX_MS };
    const start = (queue: string, concurrency: number) => {
      const worker = new Worker(queue, (job) => this.timed(job), {
        connection: this.redis,
        prefix: this.deliveries.prefix,
        concurrency,
        settings: { backoffStrategy: (attemptsMade, _type, error) => retryDelayMs(attemptsMade, error, backoff) },
      });
      worker.on('error', (error) => this.logger.warn(`${queue} worker: ${String(error)}`));
      return worker;
    };
    this.workers = [
      start(QUEUES.notificationDelivery.name, this.config.DELIVERY_CONCURRENCY),
      start(QUEUES.webhookDelivery.name, this.config.WEBHOOK_DELIVERY_CONCURRENCY),
    ];
  }

  /** Stops taking jobs and lets the running ones finish (before the database closes). */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map(closeOnceStarted));
  }

  private async timed(job: Job): Promise<string> {
    const started = process.hrtime.bigint();
    let outcome: 'completed' | 'failed' = 'failed';
    try {
      const result = await this.process(job);
      outcome = 'completed';
      return result;
    } finally {
      this.metrics.job(job.name, outcome, Number(process.hrtime.bigint() - started) / 1e9);
    }
  }

  private async process(job: Job): Promise<string> {
    if (job.name === QUEUES.notificationDelivery.jobs.deliverDigest) {
      return this.digests.execute(job.data as DigestJobData);
    }
    const { notificationId } = job.data as NotificationJobData;
    return this.deliver.execute({ notificationId, lastTry: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) });
  }
}
