import { Injectable } from '@nestjs/common';
import type { CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { ApplicationCommandRunner } from '../../../applications/commands/application-command.runner';
import { PlacePromoter } from '../../../applications/commands/place-promoter';
import { ApplicationErrors } from '../../../applications/domain/application.errors';
import { ApplicationRepository } from '../../../applications/infra/application.repository';

export type DeclineOfferCommand = RpcParsedRequest<'applications.decline-offer-mine'>;

/** The applicant declines their offered place: it goes at once to the next on its waitlist (in the same transaction). */
@Injectable()
export class DeclineOfferHandler {
  constructor(
    private readonly repository: ApplicationRepository,
    private readonly runner: ApplicationCommandRunner,
    private readonly promoter: PlacePromoter,
  ) {}

  async execute(command: DeclineOfferCommand, caller: CallerIdentity | undefined) {
    const applicantId = applicantIdOf(caller);
    const season = await this.repository.seasonOfMine(command.applicationId, applicantId);
    if (season === null) throw ApplicationErrors.notFound(command.applicationId);
    return this.promoter.freeingPlaces(season, (tx, free) =>
      this.runner.changeMineIn(tx, command.applicationId, applicantId, (application, now) => free(application.declineOffer(command.reason ?? null, now))),
    );
  }
}
