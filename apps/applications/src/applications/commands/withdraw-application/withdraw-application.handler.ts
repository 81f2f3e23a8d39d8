import { Injectable } from '@nestjs/common';
import type { CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { knownProgramRepository } from '../../../known-programs/infra/known-program.repository';
import { ApplicationCommandRunner } from '../application-command.runner';

export type WithdrawApplicationCommand = RpcParsedRequest<'applications.withdraw-mine'>;

/** The applicant leaves the season, with their reason: at any time before the travel of the place they hold. */
@Injectable()
export class WithdrawApplicationHandler {
  constructor(private readonly runner: ApplicationCommandRunner) {}

  execute(command: WithdrawApplicationCommand, caller: CallerIdentity | undefined) {
    const applicantId = applicantIdOf(caller);
    return this.runner.changeMine(command.applicationId, applicantId, async (application, now, tx) => {
      const placed = application.state.placedProgramId;
      const program = placed ? (await knownProgramRepository.findMany(tx, [placed])).get(placed) : undefined;
      application.withdraw(command.reason, now, program !== undefined && program.travelStart.getTime() <= now.getTime());
    });
  }
}
