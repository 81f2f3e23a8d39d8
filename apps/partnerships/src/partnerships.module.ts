import { Module, type DynamicModule } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import { backendMessagingOptions, MessagingModule } from '@scn/messaging';
import { DatabaseModule, PlatformModule } from '@scn/platform';
import type { Logger } from 'pino';
import type { PartnershipsConfig } from './config';
import { DirectoryModule } from './directory/directory.module';
import { GazetteerModule } from './gazetteer/gazetteer.module';
import { ImportsModule } from './imports/imports.module';
import { MemberProgramsModule } from './member-programs/member-programs.module';
import { PartnershipRecordsModule } from './partnerships/partnerships.module';

/** Root module of the partnerships service. */
@Module({})
export class PartnershipsModule {
  static forRoot(config: PartnershipsConfig, logger: Logger): DynamicModule {
    return {
      module: PartnershipsModule,
      imports: [
        PlatformModule.forRoot({ service: 'partnerships', config, logger }),
        DatabaseModule.forRoot(PrismaClient),
        MessagingModule.forRoot(backendMessagingOptions('partnerships', config)),
        GazetteerModule,
        MemberProgramsModule,
        PartnershipRecordsModule,
        DirectoryModule,
        ImportsModule,
      ],
    };
  }
}
