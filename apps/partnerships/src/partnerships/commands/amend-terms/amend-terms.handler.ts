import { Injectable } from '@nestjs/common';
import type { CallerIdentity, PartnershipView } from '@scn/contracts';
import type { PartnershipsRequest } from '../../partnerships.requests';
import { PartnershipCommandRunner } from '../partnership-command.runner';

/**
 * New terms for an active partnership, as a draft both sides approve; the version in force
 * stays until then. Either side (or staff) may propose them: both must sign them anyway.
 */
@Injectable()
export class AmendTermsHandler {
  constructor(private readonly runner: PartnershipCommandRunner) {}

  execute(request: PartnershipsRequest<'partnerships.amend'>, caller: CallerIdentity | undefined): Promise<PartnershipView> {
    return this.runner.change(request.partnershipId, caller, (agreement, actor) => agreement.amend(actor, request.terms));
  }
}
