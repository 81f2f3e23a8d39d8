import { Module, type DynamicModule } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/notifications';
import { backendMessagingOptions, MessagingModule } from '@scn/messaging';
import { DatabaseModule, PlatformModule } from '@scn/platform';
import type { Logger } from 'pino';
import type { NotificationsConfig } from './config';
import { DeliveryModule } from './delivery/delivery.module';
import { NotificationsApiModule } from './api/notifications-api.module';
import { ReactionsModule } from './reactions/reactions.module';
import { RedisModule } from './redis/redis.module';

/** Root module of the notifications service. */
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
        ReactionsModule,
        DeliveryModule,
        NotificationsApiModule,
      ],
    };
  }
}
