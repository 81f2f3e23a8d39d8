import { Injectable } from '@nestjs/common';
import type { CallerIdentity, PartnershipView, RpcParsedRequest } from '@scn/contracts';
import { PartnershipCommandRunner } from '../partnership-command.runner';

export type SetContactsCommand = RpcParsedRequest<'partnerships.set-contacts'>;

/** Replaces one side's contacts (its own party, or staff); contacts are not terms, so nothing needs re-approval. */
@Injectable()
export class SetContactsHandler {
  constructor(private readonly runner: PartnershipCommandRunner) {}

  execute(command: SetContactsCommand, caller: CallerIdentity | undefined): Promise<PartnershipView> {
    return this.runner.change(command.partnershipId, caller, (agreement, actor) => agreement.setContacts(actor, command.side, command.contacts));
  }
}
