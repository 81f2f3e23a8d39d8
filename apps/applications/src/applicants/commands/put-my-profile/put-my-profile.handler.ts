import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { applicantIdOf, ApplicantErrors } from '../../domain/applicant.errors';
import { birthDateProblem, type ApplicantProfile } from '../../domain/applicant-profile';
import { applicantView } from '../../infra/applicant.mapper';
import { ApplicantRepository } from '../../infra/applicant.repository';

export type PutMyProfileCommand = RpcParsedRequest<'applicants.put-mine'>;

/**
 * The applicant creates or replaces their profile. A different guardian (another email)
 * must consent afresh: the consent recorded for the previous one is dropped. An account
 * that erased its data cannot make one again (410 APPLICANT.ERASED).
 */
@Injectable()
export class PutMyProfileHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly applicants: ApplicantRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: PutMyProfileCommand, caller: CallerIdentity | undefined) {
    const accountId = applicantIdOf(caller);
    const birthDate = new Date(`${command.birthDate}T00:00:00Z`);
    const today = new Date(`${this.clock.now().toISOString().slice(0, 10)}T00:00:00Z`);
    const problem = birthDateProblem(birthDate, today);
    if (problem) throw ApplicantErrors.invalid(problem);
    return this.db.$transaction(async (tx) => {
      await this.applicants.lockAccount(tx, accountId);
      if (await this.applicants.erasure(accountId, tx)) throw ApplicantErrors.erased();
      await tx.$queryRaw`SELECT 1 FROM applicants WHERE account_id = ${accountId}::uuid FOR UPDATE`;
      const current = await this.applicants.find(accountId, tx);
      const sameGuardian = !!current?.guardian && current.guardian.email.toLowerCase() === command.guardian?.email.toLowerCase();
      const profile: ApplicantProfile = {
        accountId,
        email: caller!.email,
        ...command,
        homeCountryCode: command.homeCountryCode.toUpperCase(),
        birthDate,
        guardianConsentRequestedAt: sameGuardian ? current.guardianConsentRequestedAt : null,
        guardianConsentGivenAt: sameGuardian ? current.guardianConsentGivenAt : null,
        guardianConsentGivenFrom: sameGuardian ? current.guardianConsentGivenFrom : null,
      };
      await this.applicants.save(profile, tx);
      const saved = await this.applicants.find(accountId, tx);
      return applicantView(saved!);
    });
  }
}
