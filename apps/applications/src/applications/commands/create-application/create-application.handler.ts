import { Injectable } from '@nestjs/common';
import type { CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { v7 as uuidv7 } from 'uuid';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { ApplicantRepository } from '../../../applicants/infra/applicant.repository';
import { Application } from '../../domain/application.entity';
import { ApplicationErrors } from '../../domain/application.errors';
import { ApplicationCommandRunner } from '../application-command.runner';
import { chosenPrograms } from '../chosen-programs';

export type CreateApplicationCommand = RpcParsedRequest<'applications.create-mine'>;

/** The applicant starts their application for a season: a draft with their ranked choices. */
@Injectable()
export class CreateApplicationHandler {
  constructor(
    private readonly runner: ApplicationCommandRunner,
    private readonly applicants: ApplicantRepository,
  ) {}

  execute(command: CreateApplicationCommand, caller: CallerIdentity | undefined) {
    const applicantId = applicantIdOf(caller);
    return this.runner.create(
      applicantId,
      async (_now, tx) => {
        const profile = await this.applicants.findForApplying(applicantId, tx);
        if (!profile) throw ApplicationErrors.profileMissing();
        const ids = command.choices.map((choice) => choice.exchangeProgramId);
        const { choices } = await chosenPrograms(tx, profile, command.season, ids);
        return Application.draft({ id: uuidv7(), applicantId, season: command.season, choices });
      },
      (application) => ApplicationErrors.seasonTaken(application.state.season),
    );
  }
}
