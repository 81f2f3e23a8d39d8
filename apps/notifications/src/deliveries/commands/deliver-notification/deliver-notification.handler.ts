import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { CHANNEL_SENDERS, PermanentDeliveryError, type ChannelSender } from '../../domain/channel-sender';
import { DeliveryMetrics } from '../../infra/delivery-metrics';
import { DeliveryRecorder } from '../../infra/delivery-recorder';

/** One try of one notification: which, and whether the queue will give it another after this one. */
export interface DeliverNotificationCommand {
  notificationId: string;
  lastTry: boolean;
}

/**
 * One try of one notification, through its channel's sender. Each try is recorded; a
 * retryable failure is thrown back (the worker's queue runs it again after the back-off);
 * a permanent failure or the last try marks the notification failed. Only a notification
 * still `queued` is delivered, so a job that survives a replay, a reconciliation or a
 * cancellation does nothing.
 */
@Injectable()
export class DeliverNotificationHandler {
  private readonly logger = new Logger(DeliverNotificationHandler.name);
  private readonly senders: Map<string, ChannelSender>;

  constructor(
    @Inject(CHANNEL_SENDERS) senders: ChannelSender[],
    private readonly recorder: DeliveryRecorder,
    @Optional() private readonly metrics?: DeliveryMetrics,
  ) {
    this.senders = new Map(senders.map((sender) => [sender.channel, sender]));
  }

  async execute({ notificationId, lastTry }: DeliverNotificationCommand): Promise<string> {
    const notification = await this.recorder.loadQueued(notificationId);
    if (!notification) return 'not queued';
    const sender = this.senders.get(notification.channel);
    if (!sender) {
      await this.recorder.gaveUp(notification, new Error(`no sender for channel ${notification.channel}`), new Date());
      this.metrics?.delivery(notification.channel, 'failed');
      return 'failed';
    }
    const startedAt = new Date();
    const attempt = notification.attempts + 1;
    try {
      const receipt = await sender.deliver(notification, attempt);
      await this.recorder.delivered(notification, receipt, startedAt);
      this.metrics?.delivery(notification.channel, receipt.outcome);
      await sender.onDelivered?.(notification).catch((error) => this.logger.warn(`after delivery of ${notification.id}: ${String(error)}`));
      return receipt.outcome;
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      if (lastTry || failure instanceof PermanentDeliveryError) {
        await this.recorder.gaveUp(notification, failure, startedAt);
        this.metrics?.delivery(notification.channel, 'failed');
        await sender.onGaveUp?.(notification, failure).catch((e) => this.logger.warn(`after giving up ${notification.id}: ${String(e)}`));
        return 'failed';
      }
      await this.recorder.willRetry(notification, failure, startedAt);
      this.metrics?.delivery(notification.channel, 'retried');
      throw failure;
    }
  }
}
