import { Injectable } from '@nestjs/common';
import type { CallerIdentity, PartnershipView, RpcParsedRequest } from '@scn/contracts';
import { PartnershipCommandRunner } from '../partnership-command.runner';

export type ReactivatePartnershipCommand = RpcParsedRequest<'partnerships.reactivate'>;

/** Ends a suspension (staff or the member program's admin). */
@Injectable()
export class ReactivatePartnershipHandler {
  constructor(private readonly runner: PartnershipCommandRunner) {}

  execute(command: ReactivatePartnershipCommand, caller: CallerIdentity | undefined): Promise<PartnershipView> {
    return this.runner.change(command.partnershipId, caller, (agreement, actor) => agreement.reactivate(actor));
  }
}
