import { Module } from '@nestjs/common';
import { EmailChannelSender, EmailModule } from '../email';
import { InboxChannelSender } from '../inbox/inbox-channel.sender';
import { NotifyingModule } from '../notifying/notifying.module';
import { WebhookChannelSender, WebhooksModule } from '../webhooks';
import { CHANNEL_SENDERS } from './channel-sender';
import { DeliveryQueue } from './delivery-queue';
import { DeliveryRecorder } from './delivery-recorder';
import { DeliveryWorker } from './delivery-worker';
import { DigestSender } from './digest-sender';
import { NotificationDispatcher } from './notification-dispatcher';

/** Delivering notifications: the dispatcher (PostgreSQL → BullMQ), the worker and the channels. */
@Module({
  imports: [NotifyingModule, EmailModule, WebhooksModule],
  providers: [
    DeliveryQueue,
    DeliveryRecorder,
    DigestSender,
    NotificationDispatcher,
    DeliveryWorker,
    InboxChannelSender,
    {
      provide: CHANNEL_SENDERS,
      inject: [EmailChannelSender, WebhookChannelSender, InboxChannelSender],
      useFactory: (...senders: unknown[]) => senders,
    },
  ],
  exports: [DeliveryQueue, NotificationDispatcher],
})
export class DeliveryModule {}
