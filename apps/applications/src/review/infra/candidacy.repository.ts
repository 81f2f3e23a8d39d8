import type { ApplicationStatus } from '@scn/contracts';
import { ReviewErrors } from '../domain/review.errors';
import { candidatesOf } from './candidate.views';
import type { Tx } from './review-db';

/** A candidate of the program: the application (neither draft nor withdrawn) still chose it. */
export interface Candidate {
  applicationId: string;
  applicantId: string;
  status: ApplicationStatus;
  season: number;
}

export const candidacyRepository = {
  /** The candidate, or a 404 when the application is no candidate of the program. */
  async candidate(tx: Tx, exchangeProgramId: string, applicationId: string): Promise<Candidate> {
    const row = await tx.application.findFirst({
      where: { id: applicationId, ...candidatesOf(exchangeProgramId) },
      select: { id: true, applicantId: true, status: true, season: true },
    });
    if (!row) throw ReviewErrors.candidateNotFound(applicationId);
    return { applicationId: row.id, applicantId: row.applicantId, status: row.status, season: row.season };
  },

  /** The candidacy row, locked until the transaction ends (null when none was made yet). */
  async lock(tx: Tx, exchangeProgramId: string, applicationId: string): Promise<{ completedAt: Date | null } | null> {
    const rows = await tx.$queryRaw<Array<{ completed_at: Date | null }>>`
      SELECT completed_at FROM candidacies WHERE application_id = ${applicationId}::uuid AND exchange_program_id = ${exchangeProgramId}::uuid FOR UPDATE`;
    return rows[0] ? { completedAt: rows[0].completed_at } : null;
  },

  async complete(tx: Tx, exchangeProgramId: string, applicationId: string, by: string, at: Date): Promise<void> {
    await tx.candidacy.upsert({
      where: { applicationId_exchangeProgramId: { applicationId, exchangeProgramId } },
      create: { applicationId, exchangeProgramId, completedAt: at, completedBy: by },
      update: { completedAt: at, completedBy: by },
    });
  },
};
