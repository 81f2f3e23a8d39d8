import { Injectable } from '@nestjs/common';
import type { CallerIdentity, PartnershipView, RpcParsedRequest } from '@scn/contracts';
import { PartnershipCommandRunner } from '../partnership-command.runner';

export type SuspendPartnershipCommand = RpcParsedRequest<'partnerships.suspend'>;

/** Pauses an active partnership (staff or the member program's admin). */
@Injectable()
export class SuspendPartnershipHandler {
  constructor(private readonly runner: PartnershipCommandRunner) {}

  execute(command: SuspendPartnershipCommand, caller: CallerIdentity | undefined): Promise<PartnershipView> {
    return this.runner.change(command.partnershipId, caller, (agreement, actor) => agreement.suspend(actor, command.reason));
  }
}
