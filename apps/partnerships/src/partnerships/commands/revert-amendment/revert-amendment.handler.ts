import { Injectable } from '@nestjs/common';
import type { CallerIdentity, PartnershipView, RpcParsedRequest } from '@scn/contracts';
import { PartnershipCommandRunner } from '../partnership-command.runner';

export type RevertAmendmentCommand = RpcParsedRequest<'partnerships.revert-amendment'>;

/** Withdraws the pending amendment: the version in force is current again. Either side (or staff) may withdraw it. */
@Injectable()
export class RevertAmendmentHandler {
  constructor(private readonly runner: PartnershipCommandRunner) {}

  execute(command: RevertAmendmentCommand, caller: CallerIdentity | undefined): Promise<PartnershipView> {
    return this.runner.change(command.partnershipId, caller, (agreement, actor) => agreement.revertAmendment(actor));
  }
}
