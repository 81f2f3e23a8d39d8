import { Inject, Injectable } from '@nestjs/common';
import { inboxLiveSubject } from '@scn/contracts';
import { ManagedNatsConnection } from '@scn/messaging';
import { CONFIG } from '@scn/platform';
import type { NotificationsConfig } from '../../config';
import { PermanentDeliveryError, type ChannelSender, type DeliveryReceipt, type NotificationToDeliver } from '../../deliveries/domain/channel-sender';
import { inboxItemOf } from '../domain/inbox-item';

/**
 * The inbox channel: the notification is stored already, so delivering it means showing it
 * and telling the account's open live streams (core NATS, fire-and-forget: a stream that
 * misses it reads it from the inbox when it reconnects).
 */
@Injectable()
export class InboxChannelSender implements ChannelSender {
  readonly channel = 'inbox' as const;

  constructor(
    private readonly nats: ManagedNatsConnection,
    @Inject(CONFIG) private readonly config: NotificationsConfig,
  ) {}

  /** Stored already: delivering is marking it delivered, which makes it show in the inbox. */
  async deliver(notification: NotificationToDeliver): Promise<DeliveryReceipt> {
    if (!notification.recipient?.accountId) throw new PermanentDeliveryError('the recipient has no account, so no inbox');
    return { outcome: 'delivered' };
  }

  /** Once it shows in the inbox (committed), its live streams are told. */
  async onDelivered(notification: NotificationToDeliver): Promise<void> {
    const accountId = notification.recipient?.accountId;
    if (!accountId) return;
    const item = inboxItemOf({ ...notification, readAt: null });
    this.nats.nc.publish(inboxLiveSubject(this.config.SCN_NAMESPACE, accountId), JSON.stringify(item));
  }
}
