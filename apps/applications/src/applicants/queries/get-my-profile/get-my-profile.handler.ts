import { Injectable } from '@nestjs/common';
import type { CallerIdentity } from '@scn/contracts';
import { applicantIdOf, ApplicantErrors } from '../../domain/applicant.errors';
import { applicantView } from '../../infra/applicant.mapper';
import { ApplicantRepository } from '../../infra/applicant.repository';

/** The caller's own applicant profile (gone for good once they erased their data: 410). */
@Injectable()
export class GetMyProfileHandler {
  constructor(private readonly applicants: ApplicantRepository) {}

  async execute(caller: CallerIdentity | undefined) {
    const accountId = applicantIdOf(caller);
    const profile = await this.applicants.find(accountId);
    if (!profile) throw (await this.applicants.erasure(accountId)) ? ApplicantErrors.erased() : ApplicantErrors.noProfile();
    return applicantView(profile);
  }
}
