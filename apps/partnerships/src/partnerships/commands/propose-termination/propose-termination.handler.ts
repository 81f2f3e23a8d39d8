import { Injectable } from '@nestjs/common';
import type { CallerIdentity, PartnershipView, RpcParsedRequest } from '@scn/contracts';
import { PartnershipCommandRunner } from '../partnership-command.runner';

export type ProposeTerminationCommand = RpcParsedRequest<'partnerships.propose-termination'>;

/** One side proposes to end the partnership (a never-signed one is withdrawn at once; staff may terminate at once). */
@Injectable()
export class ProposeTerminationHandler {
  constructor(private readonly runner: PartnershipCommandRunner) {}

  execute(command: ProposeTerminationCommand, caller: CallerIdentity | undefined): Promise<PartnershipView> {
    return this.runner.change(command.partnershipId, caller, (agreement, actor, now) =>
      agreement.proposeTermination(actor, { side: command.side, reason: command.reason, immediately: command.immediately }, now));
  }
}
