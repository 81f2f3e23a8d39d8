import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import { GUARDIAN_CONSENT_PROBLEMS, type ApplicantProfileView, type CallerIdentity } from '@scn/contracts';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { problemError } from '@scn/platform/errors';
import { applicantIdOf, ApplicantErrors } from '../../../applicants/domain/applicant.errors';
import type { ApplicantProfile } from '../../../applicants/domain/applicant-profile';
import { applicantView } from '../../../applicants/infra/applicant.mapper';
import { ApplicantRepository } from '../../../applicants/infra/applicant.repository';
import type { KnownProgramState } from '../../../known-programs/domain/known-program';
import type { Db } from '../../../requirements/infra/requirements.repository';
import { asksConsentOnSubmit, programsNeedingConsent } from '../../domain/consent-needed';
import { GuardianConsents } from '../../infra/guardian-consents';

/**
 * A minor's guardian is asked to consent by an emailed link: when the applicant submits (the
 * submit handler calls `onSubmitted` in its transaction), or whenever the applicant asks
 * (a new link; the older one stops working). Consent already given is not asked again.
 */
@Injectable()
export class RequestGuardianConsentHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly applicants: ApplicantRepository,
    private readonly consents: GuardianConsents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The applicant asks for a (new) link to be sent to their guardian. */
  execute(caller: CallerIdentity | undefined): Promise<ApplicantProfileView['guardianConsent']> {
    const applicantId = applicantIdOf(caller);
    return this.db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM applicants WHERE account_id = ${applicantId}::uuid FOR UPDATE`;
      const profile = await this.applicants.find(applicantId, tx);
      if (!profile) throw ApplicantErrors.noProfile();
      if (!profile.guardianConsentGivenAt) {
        const programs = await this.consents.programsOf(tx, profile);
        if (!profile.guardian || programs.length === 0) throw problemError(GUARDIAN_CONSENT_PROBLEMS.notNeeded);
        await this.consents.request(tx, profile, programs, this.clock.now());
      }
      return applicantView((await this.applicants.find(applicantId, tx))!).guardianConsent;
    });
  }

  /** In a submission's transaction: asks consent when the applicant is a minor on a chosen program's travel date and it was never asked. */
  async onSubmitted(tx: Db, profile: ApplicantProfile, programs: ReadonlyMap<string, KnownProgramState>, now: Date): Promise<void> {
    if (!asksConsentOnSubmit(profile, programs.values())) return;
    await this.consents.request(tx, profile, programsNeedingConsent(profile, programs.values()), now);
  }
}
