import { Module, type DynamicModule } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/applications';
import { backendMessagingOptions, MessagingModule } from '@scn/messaging';
import { DatabaseModule, PlatformModule } from '@scn/platform';
import type { Logger } from 'pino';
import { ApplicantsModule } from './applicants/applicants.module';
import { ApplicationsFeatureModule } from './applications/applications.module';
import type { ApplicationsConfig } from './config';
import { DocumentsModule } from './documents/documents.module';
import { GuardianConsentModule } from './guardian-consent/guardian-consent.module';
import { DecisionsModule } from './decisions/decisions.module';
import { KnownProgramsModule } from './known-programs/known-programs.module';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { RequirementsModule } from './requirements/requirements.module';
import { MatchingModule } from './matching/matching.module';
import { RequirementRemindersModule } from './requirement-reminders/requirement-reminders.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ReviewModule } from './review/review.module';

/** Root module of the applications service. */
@Module({})
export class ApplicationsModule {
  static forRoot(config: ApplicationsConfig, logger: Logger): DynamicModule {
    return {
      module: ApplicationsModule,
      imports: [
        PlatformModule.forRoot({ service: 'applications', config, logger }),
        DatabaseModule.forRoot(PrismaClient),
        MessagingModule.forRoot(backendMessagingOptions('applications', config)),
        KnownProgramsModule,
        ApplicantsModule,
        ApplicationsFeatureModule,
        RequirementsModule,
        DocumentsModule,
        RecommendationsModule,
        GuardianConsentModule,
        MatchingModule,
        DecisionsModule,
        RequirementRemindersModule,
        ReviewModule,
        PrivacyModule,
      ],
    };
  }
}
