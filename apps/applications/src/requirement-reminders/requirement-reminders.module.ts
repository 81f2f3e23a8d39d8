import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { RequirementsModule } from '../requirements/requirements.module';
import { SendRequirementRemindersHandler } from './commands/send-requirement-reminders/send-requirement-reminders.handler';
import { RequirementReminderScheduler } from './transport/requirement-reminder.scheduler';

/** Reminders of what drafts still lack, 7 and 2 days before their programs' windows close (issue #13). */
@Module({
  imports: [ApplicantsModule, RequirementsModule],
  providers: [SendRequirementRemindersHandler, RequirementReminderScheduler],
})
export class RequirementRemindersModule {}
