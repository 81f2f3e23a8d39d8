import { Module } from '@nestjs/common';
import { NotifyingModule } from '../notifying/notifying.module';
import { RemindersModule } from '../reminders/reminders.module';
import { ApplyAccountEventHandler } from './commands/apply-account-event/apply-account-event.handler';
import { ApplyApplicationEventHandler } from './commands/apply-application-event/apply-application-event.handler';
import { ApplyExchangeProgramEventHandler } from './commands/apply-exchange-program-event/apply-exchange-program-event.handler';
import { ApplyMemberProgramEventHandler } from './commands/apply-member-program-event/apply-member-program-event.handler';
import { ApplyPartnershipEventHandler } from './commands/apply-partnership-event/apply-partnership-event.handler';
import { ApplyPartnershipImportEventHandler } from './commands/apply-partnership-import-event/apply-partnership-import-event.handler';
import { EraseApplicantHandler } from './commands/erase-applicant/erase-applicant.handler';
import { AccountEventsController } from './transport/account-events.controller';
import { ApplicantEventsController } from './transport/applicant-events.controller';
import { ApplicationEventsController } from './transport/application-events.controller';
import { ExchangeProgramEventsController } from './transport/exchange-program-events.controller';
import { MemberProgramEventsController } from './transport/member-program-events.controller';
import { PartnershipImportEventsController } from './transport/partnership-import-events.controller';
import { PartnershipEventsController } from './transport/partnership-events.controller';

/**
 * What this service knows of the rest of the platform, from its events only: partnerships,
 * member programs, exchange programs and recipients (accounts); applications are told to
 * their applicants without a read model of their own; an applicant who erased their data
 * is dropped (`applicant.erased`). Each event updates its read
 * model, moves the reminders that depend on it and makes its notifications, all in the
 * transaction that records the event as processed.
 */
@Module({
  imports: [NotifyingModule, RemindersModule],
  controllers: [
    PartnershipEventsController,
    PartnershipImportEventsController,
    MemberProgramEventsController,
    ExchangeProgramEventsController,
    AccountEventsController,
    ApplicationEventsController,
    ApplicantEventsController,
  ],
  providers: [
    ApplyPartnershipEventHandler,
    ApplyPartnershipImportEventHandler,
    ApplyMemberProgramEventHandler,
    ApplyExchangeProgramEventHandler,
    ApplyAccountEventHandler,
    ApplyApplicationEventHandler,
    EraseApplicantHandler,
  ],
})
export class KnownFactsModule {}
