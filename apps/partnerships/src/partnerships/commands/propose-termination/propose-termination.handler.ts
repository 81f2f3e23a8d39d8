import { Injectable } from '@nestjs/common';
import type { CallerIdentity, PartnershipView } from '@scn/contracts';
import type { PartnershipsRequest } from '../../partnerships.requests';
import { PartnershipCommandRunner } from '../partnership-command.runner';

/** One side proposes to end the partnership (a never-signed one is withdrawn at once; staff may terminate at once). */
@Injectable()
export class ProposeTerminationHandler {
  constructor(private readonly runner: PartnershipCommandRunner) {}

  execute(request: PartnershipsRequest<'partnerships.propose-termination'>, caller: CallerIdentity | undefined): Promise<PartnershipView> {
    return this.runner.change(request.partnershipId, caller, (agreement, actor, now) =>
      agreement.proposeTermination(actor, { side: request.side, reason: request.reason, immediately: request.immediately }, now));
  }
}
