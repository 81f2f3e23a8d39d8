import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { QUEUES } from '@scn/contracts';
import { CONFIG } from '@scn/platform';
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { NotificationsConfig } from '../config';
import { REDIS } from '../redis/redis.module';
import { CHANNEL_SENDERS, PermanentDeliveryError, type ChannelSender } from './channel-sender';
import { DeliveryQueue, type DigestJobData, type NotificationJobData } from './delivery-queue';
import { DeliveryRecorder } from './delivery-recorder';
import { DigestSender } from './digest-sender';
import { retryDelayMs } from './retry-delay';

/**
 * Runs delivery jobs: one try of one notification per run. Each try is recorded; a
 * retryable failure is thrown back to BullMQ, which runs the job again after the back-off
 * (exponential with jitter, or the receiver's Retry-After); a permanent failure or the last
 * try marks the notification failed. Only a notification still `queued` is delivered, so a
 * job that survives a replay, a reconciliation or a cancellation does nothing.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private worker?: Worker;
  private readonly senders: Map<string, ChannelSender>;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(CONFIG) private readonly config: NotificationsConfig,
    @Inject(CHANNEL_SENDERS) senders: ChannelSender[],
    private readonly deliveries: DeliveryQueue,
    private readonly recorder: DeliveryRecorder,
    private readonly digests: DigestSender,
  ) {
    this.senders = new Map(senders.map((sender) => [sender.channel, sender]));
  }

  onApplicationBootstrap(): void {
    const backoff = { baseMs: this.config.DELIVERY_BACKOFF_BASE_MS, maxMs: this.config.DELIVERY_BACKOFF_MAX_MS };
    this.worker = new Worker(QUEUES.notificationDelivery.name, (job) => this.process(job), {
      connection: this.redis,
      prefix: this.deliveries.prefix,
      concurrency: this.config.DELIVERY_CONCURRENCY,
      settings: { backoffStrategy: (attemptsMade, _type, error) => retryDelayMs(attemptsMade, error, backoff) },
    });
    this.worker.on('error', (error) => this.logger.warn(`delivery worker: ${String(error)}`));
  }

  /** Stops taking jobs and lets the running ones finish (before the database closes). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }

  private async process(job: Job): Promise<string> {
    if (job.name === QUEUES.notificationDelivery.jobs.deliverDigest) {
      return this.digests.send(job.data as DigestJobData);
    }
    const { notificationId } = job.data as NotificationJobData;
    const notification = await this.recorder.loadQueued(notificationId);
    if (!notification) return 'not queued';
    const sender = this.senders.get(notification.channel);
    if (!sender) {
      await this.recorder.gaveUp(notification, new Error(`no sender for channel ${notification.channel}`), new Date());
      return 'failed';
    }
    const startedAt = new Date();
    const attempt = notification.attempts + 1;
    try {
      const receipt = await sender.deliver(notification, attempt);
      await this.recorder.delivered(notification, receipt, startedAt);
      await sender.onDelivered?.(notification).catch((error) => this.logger.warn(`after delivery of ${notification.id}: ${String(error)}`));
      return receipt.outcome;
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      const lastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (lastTry || failure instanceof PermanentDeliveryError) {
        await this.recorder.gaveUp(notification, failure, startedAt);
        await sender.onGaveUp?.(notification, failure).catch((e) => this.logger.warn(`after giving up ${notification.id}: ${String(e)}`));
        return 'failed';
      }
      await this.recorder.willRetry(notification, failure, startedAt);
      throw failure;
    }
  }
}
