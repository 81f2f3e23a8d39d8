import { Module, type DynamicModule } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/notifications';
import { backendMessagingOptions, MessagingModule } from '@scn/messaging';
import { DatabaseModule, PlatformModule } from '@scn/platform';
import type { Logger } from 'pino';
import { AnnouncementsModule } from './announcements/announcements.module';
import type { NotificationsConfig } from './config';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { EmailModule } from './email/email.module';
import { EmailSubscriptionsModule } from './email-subscriptions/email-subscriptions.module';
import { EmailChannelSender } from './email/infra/email-channel.sender';
import { InboxModule } from './inbox/inbox.module';
import { InboxChannelSender } from './inbox/infra/inbox-channel.sender';
import { RedisModule } from './infra/redis.module';
import { KnownFactsModule } from './known-facts/known-facts.module';
import { NotifyingModule } from './notifying/notifying.module';
import { PreferencesModule } from './preferences/preferences.module';
import { ProgramInterestsModule } from './program-interests/program-interests.module';
import { RemindersModule } from './reminders/reminders.module';
import { WebhookEndpointsModule } from './webhook-endpoints/webhook-endpoints.module';
import { WebhookChannelSender } from './webhooks/infra/webhook-channel.sender';
import { WebhooksModule } from './webhooks/webhooks.module';

/**
 * Root module of the notifications service: the platform, the database, messaging and
 * Redis, then every feature module, listed here directly.
 */
@Module({})
export class NotificationsModule {
  static forRoot(config: NotificationsConfig, logger: Logger): DynamicModule {
    return {
      module: NotificationsModule,
      imports: [
        PlatformModule.forRoot({ service: 'notifications', config, logger }),
        DatabaseModule.forRoot(PrismaClient),
        MessagingModule.forRoot(backendMessagingOptions('notifications', config)),
        RedisModule,
        // What the service knows from events, and what it makes of them.
        KnownFactsModule,
        NotifyingModule,
        RemindersModule,
        AnnouncementsModule,
        // Delivering, and the channels plugged into it here: they implement the delivery
        // feature's interfaces, so deliveries never imports a channel (no cycle).
        DeliveriesModule.withChannels({
          imports: [EmailModule, WebhooksModule, InboxModule],
          senders: [EmailChannelSender, WebhookChannelSender, InboxChannelSender],
          digestMailer: EmailChannelSender,
        }),
        EmailModule,
        WebhooksModule,
        InboxModule,
        // What people and staff ask of the service over request/reply.
        WebhookEndpointsModule,
        PreferencesModule,
        EmailSubscriptionsModule,
        ProgramInterestsModule,
      ],
    };
  }
}
