import { Injectable } from '@nestjs/common';
import type { CallerIdentity, PartnershipView, RpcParsedRequest } from '@scn/contracts';
import { PartnershipCommandRunner } from '../partnership-command.runner';

export type AmendTermsCommand = RpcParsedRequest<'partnerships.amend'>;

/**
 * New terms for an active partnership, as a draft both sides approve; the version in force
 * stays until then. Either side (or staff) may propose them: both must sign them anyway.
 */
@Injectable()
export class AmendTermsHandler {
  constructor(private readonly runner: PartnershipCommandRunner) {}

  execute(command: AmendTermsCommand, caller: CallerIdentity | undefined): Promise<PartnershipView> {
    return this.runner.change(command.partnershipId, caller, (agreement, actor) => agreement.amend(actor, command.terms));
  }
}
