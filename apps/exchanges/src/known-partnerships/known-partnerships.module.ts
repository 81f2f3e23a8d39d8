import { Module } from '@nestjs/common';
import { ApplyPartnershipEventHandler } from './commands/apply-partnership-event/apply-partnership-event.handler';
import { KnownPartnerships } from './infra/known-partnerships.reader';

/**
 * The exchanges service's read model of partnerships, fed by the partnerships service's
 * events (issue #5). Their controller is the exchange programs' (it reacts to them too),
 * so this module exports the handler that applies them beside what reads the model.
 */
@Module({
  providers: [ApplyPartnershipEventHandler, KnownPartnerships],
  exports: [ApplyPartnershipEventHandler, KnownPartnerships],
})
export class KnownPartnershipsModule {}
