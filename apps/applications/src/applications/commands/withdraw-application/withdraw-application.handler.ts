import { Injectable } from '@nestjs/common';
import type { CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { knownProgramRepository } from '../../../known-programs/infra/known-program.repository';
import { ApplicationErrors } from '../../domain/application.errors';
import { ApplicationRepository } from '../../infra/application.repository';
import { ApplicationCommandRunner } from '../application-command.runner';
import { PlacePromoter } from '../place-promoter';

export type WithdrawApplicationCommand = RpcParsedRequest<'applications.withdraw-mine'>;

/**
 * The applicant leaves the season, with their reason: at any time before the travel of the
 * place they hold. The place they held goes at once to the next on its waitlist, and they
 * leave every waitlist — in one transaction, under the season's lock.
 */
@Injectable()
export class WithdrawApplicationHandler {
  constructor(
    private readonly repository: ApplicationRepository,
    private readonly runner: ApplicationCommandRunner,
    private readonly promoter: PlacePromoter,
  ) {}

  async execute(command: WithdrawApplicationCommand, caller: CallerIdentity | undefined) {
    const applicantId = applicantIdOf(caller);
    const season = await this.repository.seasonOfMine(command.applicationId, applicantId);
    if (season === null) throw ApplicationErrors.notFound(command.applicationId);
    return this.promoter.freeingPlaces(season, async (tx, free) => {
      const view = await this.runner.changeMineIn(tx, command.applicationId, applicantId, async (application, now) => {
        const held = application.heldPlace;
        const program = held ? (await knownProgramRepository.findMany(tx, [held.exchangeProgramId])).get(held.exchangeProgramId) : undefined;
        application.withdraw(command.reason, now, program !== undefined && program.travelStart.getTime() <= now.getTime());
        free(held);
      });
      await this.promoter.leaveWaitlists(tx, command.applicationId);
      return view;
    });
  }
}
