import { Injectable } from '@nestjs/common';
import type { CallerIdentity, PartnershipView } from '@scn/contracts';
import type { PartnershipsRequest } from '../../partnerships.requests';
import { PartnershipCommandRunner } from '../partnership-command.runner';

/** The other side approves the proposed termination: the partnership ends. */
@Injectable()
export class ApproveTerminationHandler {
  constructor(private readonly runner: PartnershipCommandRunner) {}

  execute(request: PartnershipsRequest<'partnerships.approve-termination'>, caller: CallerIdentity | undefined): Promise<PartnershipView> {
    return this.runner.change(request.partnershipId, caller, (agreement, actor) => agreement.approveTermination(actor, request.side));
  }
}
