import { Module } from '@nestjs/common';
import { NotifyingModule } from '../notifying/notifying.module';
import { RemindersModule } from '../reminders/reminders.module';
import { AccountEventsController } from './account-events.controller';
import { AccountReactions } from './account-reactions';
import { ExchangeProgramEventsController } from './exchange-program-events.controller';
import { ExchangeProgramReactions } from './exchange-program-reactions';
import { MemberProgramEventsController } from './member-program-events.controller';
import { MemberProgramReactions } from './member-program-reactions';
import { PartnershipEventsController } from './partnership-events.controller';
import { PartnershipReactions } from './partnership-reactions';

/** What the service does with the platform's events: read models, notifications, reminders. */
@Module({
  imports: [NotifyingModule, RemindersModule],
  controllers: [PartnershipEventsController, MemberProgramEventsController, ExchangeProgramEventsController, AccountEventsController],
  providers: [PartnershipReactions, MemberProgramReactions, ExchangeProgramReactions, AccountReactions],
})
export class ReactionsModule {}
