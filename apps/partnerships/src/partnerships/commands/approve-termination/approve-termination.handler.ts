import { Injectable } from '@nestjs/common';
import type { CallerIdentity, PartnershipView, RpcParsedRequest } from '@scn/contracts';
import { PartnershipCommandRunner } from '../partnership-command.runner';

export type ApproveTerminationCommand = RpcParsedRequest<'partnerships.approve-termination'>;

/** The other side approves the proposed termination: the partnership ends. */
@Injectable()
export class ApproveTerminationHandler {
  constructor(private readonly runner: PartnershipCommandRunner) {}

  execute(command: ApproveTerminationCommand, caller: CallerIdentity | undefined): Promise<PartnershipView> {
    return this.runner.change(command.partnershipId, caller, (agreement, actor) => agreement.approveTermination(actor, command.side));
  }
}
