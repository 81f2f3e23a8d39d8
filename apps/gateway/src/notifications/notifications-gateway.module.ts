import { Module } from '@nestjs/common';
import { DeliveryLogController } from './staff/delivery-log.controller';
import { InboxController } from './me/inbox.controller';
import { MySettingsController } from './me/my-settings.controller';
import { QueueDashboardController } from './queue-dashboard/queue-dashboard.controller';

/** The gateway's routes into the notifications service: each person's inbox and settings, staff's delivery log. */
@Module({ controllers: [InboxController, MySettingsController, DeliveryLogController, QueueDashboardController] })
export class NotificationsGatewayModule {}
