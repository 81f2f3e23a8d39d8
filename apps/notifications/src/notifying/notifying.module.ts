import { Module } from '@nestjs/common';
import { AudienceResolver } from './infra/audience-resolver';
import { NotificationPlanner } from './notification-planner';

/**
 * Making notifications: the planner (who is told what, on which channel, when) and what it
 * needs. Imported by every feature that tells people something (the events' handlers,
 * reminders, announcements, webhooks telling an endpoint's owner). The time is the
 * platform's CLOCK.
 */
@Module({
  providers: [AudienceResolver, NotificationPlanner],
  exports: [NotificationPlanner],
})
export class NotifyingModule {}
