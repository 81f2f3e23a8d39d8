import { CountDeliveriesHandler } from './queries/count-deliveries/count-deliveries.handler';
import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { DeliverNotificationHandler } from './commands/deliver-notification/deliver-notification.handler';
import { ReplayNotificationHandler } from './commands/replay-notification/replay-notification.handler';
import { SendDigestHandler } from './commands/send-digest/send-digest.handler';
import { CHANNEL_SENDERS, type ChannelSender } from './domain/channel-sender';
import { DIGEST_MAILER, type DigestMailer } from './domain/digest-mailer';
import { DeliveryDispatch } from './infra/delivery-dispatch';
import { DeliveryMetrics } from './infra/delivery-metrics';
import { DeliveryQueue } from './infra/delivery-queue';
import { DeliveryRecorder } from './infra/delivery-recorder';
import { GetNotificationHandler } from './queries/get-notification/get-notification.handler';
import { ListNotificationsHandler } from './queries/list-notifications/list-notifications.handler';
import { DeliveriesRpcController } from './transport/deliveries.rpc-controller';
import { DeliveryWorker } from './transport/delivery.worker';
import { NotificationDispatcher } from './transport/notification-dispatch.scheduler';

/** The channels the root module plugs into the delivery pipeline. */
export interface DeliveryChannels {
  /** The channels' modules, each exporting its sender. */
  imports: Array<Type | DynamicModule>;
  /** One sender per channel (ChannelSender.channel). */
  senders: Array<Type<ChannelSender>>;
  /** The sender of daily digests (the email channel). */
  digestMailer: Type<DigestMailer>;
}

/**
 * Delivering notifications and their log: the dispatcher (PostgreSQL → BullMQ), the
 * worker, every try recorded; staff's delivery log and replay. The channels are given by
 * the root module (`withChannels`): they implement this feature's ChannelSender and
 * DigestMailer, and this feature imports none of them, so no channel and this feature
 * import each other.
 */
@Module({
  controllers: [DeliveriesRpcController],
  providers: [
    DeliveryQueue,
    DeliveryMetrics,
    DeliveryRecorder,
    DeliveryDispatch,
    NotificationDispatcher,
    DeliverNotificationHandler,
    SendDigestHandler,
    DeliveryWorker,
    ListNotificationsHandler,
    GetNotificationHandler,
    ReplayNotificationHandler,
    CountDeliveriesHandler,
  ],
})
export class DeliveriesModule {
  static withChannels(channels: DeliveryChannels): DynamicModule {
    return {
      module: DeliveriesModule,
      imports: channels.imports,
      providers: [
        { provide: CHANNEL_SENDERS, inject: channels.senders, useFactory: (...senders: ChannelSender[]) => senders },
        { provide: DIGEST_MAILER, useExisting: channels.digestMailer },
      ],
    };
  }
}
