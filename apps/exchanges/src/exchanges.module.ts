import { Module, type DynamicModule } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/exchanges';
import { backendMessagingOptions, MessagingModule } from '@scn/messaging';
import { DatabaseModule, PlatformModule } from '@scn/platform';
import type { Logger } from 'pino';
import type { ExchangesConfig } from './config';
import { ExchangeProgramsModule } from './exchange-programs/exchange-programs.module';
import { KnownPartnershipsModule } from './known-partnerships/known-partnerships.module';

/** Root module of the exchanges service. */
@Module({})
export class ExchangesModule {
  static forRoot(config: ExchangesConfig, logger: Logger): DynamicModule {
    return {
      module: ExchangesModule,
      imports: [
        PlatformModule.forRoot({ service: 'exchanges', config, logger }),
        DatabaseModule.forRoot(PrismaClient),
        MessagingModule.forRoot(backendMessagingOptions('exchanges', config)),
        KnownPartnershipsModule,
        ExchangeProgramsModule,
      ],
    };
  }
}
