import { Module } from '@nestjs/common';
import { AudienceResolver } from '../audience/audience-resolver';
import { NOTIFICATIONS_CLOCK, systemClock } from './clock';
import { NotificationPlanner } from './notification-planner';

/**
 * Making notifications: the planner (who is told what, on which channel, when) and what it
 * needs. Imported by every module that tells people something (reactions to events,
 * reminders, webhooks telling an endpoint's owner).
 */
@Module({
  providers: [AudienceResolver, NotificationPlanner, { provide: NOTIFICATIONS_CLOCK, useValue: systemClock }],
  exports: [NotificationPlanner, NOTIFICATIONS_CLOCK],
})
export class NotifyingModule {}
