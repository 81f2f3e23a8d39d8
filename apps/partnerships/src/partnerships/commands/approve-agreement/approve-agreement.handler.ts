import { Injectable } from '@nestjs/common';
import type { CallerIdentity, PartnershipView, RpcParsedRequest } from '@scn/contracts';
import { PartnershipCommandRunner } from '../partnership-command.runner';

export type ApproveAgreementCommand = RpcParsedRequest<'partnerships.approve'>;

/** One side signs the current version of the terms (bound to their hash); both signatures put it in force. */
@Injectable()
export class ApproveAgreementHandler {
  constructor(private readonly runner: PartnershipCommandRunner) {}

  execute(command: ApproveAgreementCommand, caller: CallerIdentity | undefined): Promise<PartnershipView> {
    return this.runner.change(command.partnershipId, caller, (agreement, actor, now) => agreement.approve(actor, command, now));
  }
}
