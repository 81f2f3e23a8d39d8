import { Injectable } from '@nestjs/common';
import type { CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { ApplicantRepository } from '../../../applicants/infra/applicant.repository';
import { RequestGuardianConsentHandler } from '../../../guardian-consent/commands/request-guardian-consent/request-guardian-consent.handler';
import { MissingForSubmissionHandler } from '../../../requirements/queries/missing-for-submission/missing-for-submission.handler';
import { ApplicationErrors } from '../../domain/application.errors';
import { checkSubmission } from '../../domain/eligibility';
import { ApplicationCommandRunner } from '../application-command.runner';
import { chosenPrograms } from '../chosen-programs';

export type SubmitApplicationCommand = RpcParsedRequest<'applications.submit-mine'>;

/**
 * The applicant submits their draft: every chosen program's rules are checked against the
 * profile as it is now and the window as the exchanges service last announced it; any
 * broken rule refuses the submission, naming the choice and the rule. Submitted, the
 * application is locked. The row lock makes two concurrent submits one.
 */
@Injectable()
export class SubmitApplicationHandler {
  constructor(
    private readonly runner: ApplicationCommandRunner,
    private readonly applicants: ApplicantRepository,
    private readonly missingRequirements: MissingForSubmissionHandler,
    private readonly guardianConsent: RequestGuardianConsentHandler,
  ) {}

  execute(command: SubmitApplicationCommand, caller: CallerIdentity | undefined) {
    const applicantId = applicantIdOf(caller);
    return this.runner.changeMine(command.applicationId, applicantId, async (application, now, tx) => {
      if (application.state.status !== 'draft') throw ApplicationErrors.illegalTransition(application.state.status, 'submitted');
      const profile = await this.applicants.find(applicantId, tx);
      if (!profile) throw ApplicationErrors.profileMissing();
      const ids = application.state.choices.map((choice) => choice.exchangeProgramId);
      const { choices, programs } = await chosenPrograms(tx, profile, application.state.season, ids);
      // The programs' requirements (documents, answers, referees) the applicant's own items miss.
      const missing = await this.missingRequirements.execute({ applicationId: application.state.id, choices, programs }, tx);
      application.submit(choices, [...checkSubmission(profile, ids, programs), ...missing], now);
      await this.guardianConsent.onSubmitted(tx, profile, programs, now);
    });
  }
}
