import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, NominationView, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { ApplicationCommandRunner } from '../../../applications/commands/application-command.runner';
import { PlacePromoter } from '../../../applications/commands/place-promoter';
import { hostedNomination, NominationErrors } from '../../domain/nomination.errors';
import { nominationViews } from '../../infra/nomination.views';

export type RefuseNominationCommand = RpcParsedRequest<'nominations.refuse'>;

/**
 * The host refuses a nominee, with its reason: the participant loses the place (they keep
 * waiting where they wait) and it goes at once to the next on its waitlist, in the same
 * transaction, under the season's lock.
 */
@Injectable()
export class RefuseNominationHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly runner: ApplicationCommandRunner,
    private readonly promoter: PlacePromoter,
  ) {}

  async execute(command: RefuseNominationCommand, caller: CallerIdentity | undefined): Promise<NominationView> {
    const nomination = hostedNomination(await nominationViews.one(this.db, command.applicationId), caller, command.applicationId);
    if (nomination.view.status === 'accepted') throw NominationErrors.alreadyDecided('accepted');
    return this.promoter.freeingPlaces(nomination.season, async (tx, free) => {
      const stillWaiting = (await tx.waitlistEntry.count({ where: { applicationId: command.applicationId, state: 'waiting' } })) > 0;
      await this.runner.changeAsActorIn(tx, command.applicationId, caller!.accountId, (application, now) => {
        if (application.state.nomination?.state === 'refused') return; // the same refusal again: nothing more
        free(application.refuseNomination(caller!.accountId, command.reason, now, stillWaiting));
      });
      return (await nominationViews.one(tx, command.applicationId))!.view;
    });
  }
}
