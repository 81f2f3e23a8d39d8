import { Injectable } from '@nestjs/common';
import type { CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { ApplicationCommandRunner } from '../../../applications/commands/application-command.runner';

export type AcceptOfferCommand = RpcParsedRequest<'applications.accept-offer-mine'>;

/** The applicant accepts their offered place before its deadline (twice at once: one acceptance). */
@Injectable()
export class AcceptOfferHandler {
  constructor(private readonly runner: ApplicationCommandRunner) {}

  execute(command: AcceptOfferCommand, caller: CallerIdentity | undefined) {
    return this.runner.changeMine(command.applicationId, applicantIdOf(caller), (application, now) => application.acceptOffer(now));
  }
}
