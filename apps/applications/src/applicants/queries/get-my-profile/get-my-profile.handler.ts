import { Injectable } from '@nestjs/common';
import type { CallerIdentity } from '@scn/contracts';
import { applicantIdOf, ApplicantErrors } from '../../domain/applicant.errors';
import { applicantView } from '../../infra/applicant.mapper';
import { ApplicantRepository } from '../../infra/applicant.repository';

/** The caller's own applicant profile. */
@Injectable()
export class GetMyProfileHandler {
  constructor(private readonly applicants: ApplicantRepository) {}

  async execute(caller: CallerIdentity | undefined) {
    const profile = await this.applicants.find(applicantIdOf(caller));
    if (!profile) throw ApplicantErrors.noProfile();
    return applicantView(profile);
  }
}
