import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { ApplicationCommandRunner } from '../../../applications/commands/application-command.runner';
import { PlacePromoter } from '../../../applications/commands/place-promoter';
import { ApplicationErrors } from '../../../applications/domain/application.errors';

export type DeclineOfferCommand = RpcParsedRequest<'applications.decline-offer-mine'>;

/** The applicant declines their offered place: it goes at once to the next on its waitlist (in the same transaction). */
@Injectable()
export class DeclineOfferHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly runner: ApplicationCommandRunner,
    private readonly promoter: PlacePromoter,
  ) {}

  async execute(command: DeclineOfferCommand, caller: CallerIdentity | undefined) {
    const applicantId = applicantIdOf(caller);
    const found = await this.db.application.findFirst({ where: { id: command.applicationId, applicantId }, select: { season: true } });
    if (!found) throw ApplicationErrors.notFound(command.applicationId);
    return this.promoter.freeingPlaces(found.season, (tx, free) =>
      this.runner.changeMineIn(tx, command.applicationId, applicantId, (application, now) => free(application.declineOffer(command.reason ?? null, now))),
    );
  }
}
