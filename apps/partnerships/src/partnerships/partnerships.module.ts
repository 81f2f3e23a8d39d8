import { Module } from '@nestjs/common';
import { AmendTermsHandler } from './commands/amend-terms/amend-terms.handler';
import { ApproveAgreementHandler } from './commands/approve-agreement/approve-agreement.handler';
import { ApproveTerminationHandler } from './commands/approve-termination/approve-termination.handler';
import { PartnershipCommandRunner } from './commands/partnership-command.runner';
import { ProposePartnershipHandler } from './commands/propose-partnership/propose-partnership.handler';
import { ProposeTerminationHandler } from './commands/propose-termination/propose-termination.handler';
import { ReactivatePartnershipHandler } from './commands/reactivate-partnership/reactivate-partnership.handler';
import { RevertAmendmentHandler } from './commands/revert-amendment/revert-amendment.handler';
import { SetContactsHandler } from './commands/set-contacts/set-contacts.handler';
import { SuspendPartnershipHandler } from './commands/suspend-partnership/suspend-partnership.handler';
import { PartnershipRepository } from './infra/partnership.repository';
import { PartnershipViews } from './infra/partnership.views';
import { GetPartnershipHandler } from './queries/get-partnership/get-partnership.handler';
import { ListPartnershipHistoryHandler } from './queries/list-partnership-history/list-partnership-history.handler';
import { ListPartnershipsHandler } from './queries/list-partnerships/list-partnerships.handler';
import { PartnershipsRpcController } from './transport/partnerships.rpc-controller';

const COMMANDS = [
  ProposePartnershipHandler,
  ApproveAgreementHandler,
  AmendTermsHandler,
  RevertAmendmentHandler,
  SuspendPartnershipHandler,
  ReactivatePartnershipHandler,
  ProposeTerminationHandler,
  ApproveTerminationHandler,
  SetContactsHandler,
];
const QUERIES = [GetPartnershipHandler, ListPartnershipsHandler, ListPartnershipHistoryHandler];

/** The partnerships feature: partnerships and their agreements approved by both sides (issue #4). */
@Module({
  controllers: [PartnershipsRpcController],
  providers: [PartnershipRepository, PartnershipViews, PartnershipCommandRunner, ...COMMANDS, ...QUERIES],
  exports: [...COMMANDS, ...QUERIES],
})
export class PartnershipRecordsModule {}
