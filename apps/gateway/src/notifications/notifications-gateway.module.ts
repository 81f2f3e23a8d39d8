import { Module } from '@nestjs/common';
import { forwardingController } from '../http/forwarding-controller';
import { EmailSubscriptionsController } from './email-subscriptions.controller';
import { EMAIL_SUBSCRIPTION_ROUTES } from './email-subscriptions.routes';
import { InboxController } from './me/inbox.controller';
import { INBOX_ROUTES } from './me/inbox.routes';
import { MY_SETTINGS_ROUTES } from './me/my-settings.routes';
import { QueueDashboardController } from './queue-dashboard/queue-dashboard.controller';
import { DELIVERY_LOG_ROUTES } from './staff/delivery-log.routes';

/**
 * The gateway's routes into the notifications service: each person's inbox and settings,
 * staff's delivery log, unsubscribing by an emailed link. Most forward; the live inbox stream and the queue dashboard are
 * HTTP features of their own.
 */
@Module({
  controllers: [
    forwardingController('InboxForwarding', INBOX_ROUTES),
    forwardingController('MySettingsForwarding', MY_SETTINGS_ROUTES),
    forwardingController('DeliveryLogForwarding', DELIVERY_LOG_ROUTES),
    forwardingController('EmailSubscriptionsForwarding', EMAIL_SUBSCRIPTION_ROUTES),
    InboxController,
    QueueDashboardController,
    EmailSubscriptionsController,
  ],
})
export class NotificationsGatewayModule {}
