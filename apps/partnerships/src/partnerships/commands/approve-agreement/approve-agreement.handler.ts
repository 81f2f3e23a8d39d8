import { Injectable } from '@nestjs/common';
import type { CallerIdentity, PartnershipView } from '@scn/contracts';
import type { PartnershipsRequest } from '../../partnerships.requests';
import { PartnershipCommandRunner } from '../partnership-command.runner';

/** One side signs the current version of the terms (bound to their hash); both signatures put it in force. */
@Injectable()
export class ApproveAgreementHandler {
  constructor(private readonly runner: PartnershipCommandRunner) {}

  execute(request: PartnershipsRequest<'partnerships.approve'>, caller: CallerIdentity | undefined): Promise<PartnershipView> {
    return this.runner.change(request.partnershipId, caller, (agreement, actor, now) => agreement.approve(actor, request, now));
  }
}
