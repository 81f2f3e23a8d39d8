import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity } from '@scn/contracts';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { applicantIdOf, ApplicantErrors } from '../../../applicants/domain/applicant.errors';
import { ApplicantRepository } from '../../../applicants/infra/applicant.repository';
import { ApplicationRepository } from '../../../applications/infra/application.repository';
import { readApplicantData } from '../../infra/applicant-data.reader';

/**
 * Everything the service holds about the caller, as one JSON document (their right of
 * access): read in one snapshot. Once they erased their data there is nothing left (410).
 */
@Injectable()
export class ExportMyDataHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly applicants: ApplicantRepository,
    private readonly applications: ApplicationRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(caller: CallerIdentity | undefined) {
    const accountId = applicantIdOf(caller);
    return this.db.$transaction(
      async (tx) => {
        if (await this.applicants.erasure(accountId, tx)) throw ApplicantErrors.erased();
        const profile = await this.applicants.find(accountId, tx);
        return readApplicantData(tx, this.applications, accountId, profile, this.clock.now());
      },
      { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
    );
  }
}
