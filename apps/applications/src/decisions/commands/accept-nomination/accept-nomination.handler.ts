import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, NominationView, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { ApplicationCommandRunner } from '../../../applications/commands/application-command.runner';
import { hostedNomination, NominationErrors } from '../../domain/nomination.errors';
import { nominationViews } from '../../infra/nomination.views';

export type AcceptNominationCommand = RpcParsedRequest<'nominations.accept'>;

/** The host accepts a nominee (again: nothing more); with the applicant's acceptance too, the place is confirmed. */
@Injectable()
export class AcceptNominationHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly runner: ApplicationCommandRunner,
  ) {}

  async execute(command: AcceptNominationCommand, caller: CallerIdentity | undefined): Promise<NominationView> {
    const nomination = hostedNomination(await nominationViews.one(this.db, command.applicationId), caller, command.applicationId);
    if (nomination.view.status === 'refused') throw NominationErrors.alreadyDecided('refused');
    return this.db.$transaction(async (tx) => {
      await this.runner.changeAsActorIn(tx, command.applicationId, caller!.accountId, (application, now) => application.acceptNomination(caller!.accountId, now));
      return (await nominationViews.one(tx, command.applicationId))!.view;
    });
  }
}
