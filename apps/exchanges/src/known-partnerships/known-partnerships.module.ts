import { Module } from '@nestjs/common';
import { ApplyPartnershipEventHandler } from './commands/apply-partnership-event/apply-partnership-event.handler';
import { KnownPartnerships } from './known-partnerships';
import { PartnershipEventsController } from './transport/partnership-events.controller';

/** The exchanges service's read model of partnerships, fed by the partnerships service's events (issue #5). */
@Module({
  controllers: [PartnershipEventsController],
  providers: [ApplyPartnershipEventHandler, KnownPartnerships],
  exports: [KnownPartnerships],
})
export class KnownPartnershipsModule {}
