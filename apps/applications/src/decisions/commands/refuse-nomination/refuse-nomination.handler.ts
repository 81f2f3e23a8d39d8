import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, NominationView, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { ApplicationCommandRunner } from '../../../applications/commands/application-command.runner';
import { PlacePromoter } from '../../../applications/commands/place-promoter';
import type { PlacementState } from '../../../applications/domain/application.state';
import { lockSeason } from '../../../matching/commands/season-run';
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
    return this.db.$transaction(async (tx) => {
      await lockSeason(tx, nomination.season);
      const stillWaiting = (await tx.waitlistEntry.count({ where: { applicationId: command.applicationId, state: 'waiting' } })) > 0;
      const freed: { place: PlacementState | null; at: Date } = { place: null, at: new Date(0) };
      await this.runner.changeAsActorIn(tx, command.applicationId, caller!.accountId, (application, now) => {
        if (application.state.nomination?.state === 'refused') return; // the same refusal again: nothing more
        freed.place = application.refuseNomination(caller!.accountId, command.reason, now, stillWaiting);
        freed.at = now;
      });
      if (freed.place) await this.promoter.fill(tx, [freed.place], freed.at);
      const after = await nominationViews.one(tx, command.applicationId);
      return after?.view ?? { ...nomination.view, status: 'refused', reason: command.reason };
    });
  }
}
