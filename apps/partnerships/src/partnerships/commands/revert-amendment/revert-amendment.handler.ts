import { Injectable } from '@nestjs/common';
import type { CallerIdentity, PartnershipView } from '@scn/contracts';
import type { PartnershipsRequest } from '../../partnerships.requests';
import { PartnershipCommandRunner } from '../partnership-command.runner';

/** Withdraws the pending amendment: the version in force is current again. Either side (or staff) may withdraw it. */
@Injectable()
export class RevertAmendmentHandler {
  constructor(private readonly runner: PartnershipCommandRunner) {}

  execute(request: PartnershipsRequest<'partnerships.revert-amendment'>, caller: CallerIdentity | undefined): Promise<PartnershipView> {
    return this.runner.change(request.partnershipId, caller, (agreement, actor) => agreement.revertAmendment(actor));
  }
}
