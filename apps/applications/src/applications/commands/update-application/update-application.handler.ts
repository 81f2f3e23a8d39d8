import { Injectable } from '@nestjs/common';
import type { CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { ApplicantRepository } from '../../../applicants/infra/applicant.repository';
import { ApplicationErrors } from '../../domain/application.errors';
import { ApplicationCommandRunner } from '../application-command.runner';
import { chosenPrograms } from '../chosen-programs';

export type UpdateApplicationCommand = RpcParsedRequest<'applications.update-mine'>;

/** The applicant re-ranks the choices of their draft (a submitted application is locked). */
@Injectable()
export class UpdateApplicationHandler {
  constructor(
    private readonly runner: ApplicationCommandRunner,
    private readonly applicants: ApplicantRepository,
  ) {}

  execute(command: UpdateApplicationCommand, caller: CallerIdentity | undefined) {
    const applicantId = applicantIdOf(caller);
    return this.runner.changeMine(command.applicationId, applicantId, async (application, _now, tx) => {
      if (application.state.status !== 'draft') throw ApplicationErrors.locked(application.state.status);
      const profile = await this.applicants.find(applicantId, tx);
      if (!profile) throw ApplicationErrors.profileMissing();
      const ids = command.choices.map((choice) => choice.exchangeProgramId);
      const { choices } = await chosenPrograms(tx, profile, application.state.season, ids);
      application.changeChoices(choices);
    });
  }
}
