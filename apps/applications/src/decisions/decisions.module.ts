import { Module } from '@nestjs/common';
import { ApplicationsFeatureModule } from '../applications/applications.module';
import { AcceptNominationHandler } from './commands/accept-nomination/accept-nomination.handler';
import { AcceptOfferHandler } from './commands/accept-offer/accept-offer.handler';
import { DeclineOfferHandler } from './commands/decline-offer/decline-offer.handler';
import { LapseDueOffersHandler } from './commands/lapse-due-offers/lapse-due-offers.handler';
import { RefuseNominationHandler } from './commands/refuse-nomination/refuse-nomination.handler';
import { ReleaseDueDecisionsHandler } from './commands/release-due-decisions/release-due-decisions.handler';
import { ListNominationsHandler } from './queries/list-nominations/list-nominations.handler';
import { DecisionScheduler } from './transport/decision.scheduler';
import { DecisionsRpcController } from './transport/decisions.rpc-controller';

const COMMANDS = [ReleaseDueDecisionsHandler, LapseDueOffersHandler, AcceptOfferHandler, DeclineOfferHandler, AcceptNominationHandler, RefuseNominationHandler];

/**
 * After a season's matching is committed (issue #13): decisions released on their date,
 * offers answered or lapsed, nominations answered by the host cities, and every freed
 * place given at once to the next on its waitlist (the applications feature's PlacePromoter).
 */
@Module({
  imports: [ApplicationsFeatureModule],
  controllers: [DecisionsRpcController],
  providers: [...COMMANDS, ListNominationsHandler, DecisionScheduler],
})
export class DecisionsModule {}
