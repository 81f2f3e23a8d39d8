import type { Prisma } from '@scn-prisma/applications';
import type { CallerIdentity } from '@scn/contracts';
import { ReviewErrors } from '../domain/review.errors';
import type { Tx } from './review-db';

export type ReadingRow = Prisma.ReviewAssignmentGetPayload<object>;

/** Readings (review assignments) as their reader acts on them. */
export const readingRepository = {
  /** The caller's own reading of the candidacy, locked until the transaction ends; anyone else's does not exist for them. */
  async lockMine(tx: Tx, caller: CallerIdentity | undefined, applicationId: string, exchangeProgramId: string): Promise<ReadingRow> {
    const reviewerId = caller?.accountId ?? '';
    const locked = caller
      ? await tx.$queryRaw<Array<{ reviewer_id: string }>>`
          SELECT reviewer_id FROM review_assignments
          WHERE application_id = ${applicationId}::uuid AND exchange_program_id = ${exchangeProgramId}::uuid AND reviewer_id = ${reviewerId}::uuid
          FOR UPDATE`
      : [];
    if (locked.length === 0) throw ReviewErrors.assignmentNotFound(applicationId, exchangeProgramId);
    return tx.reviewAssignment.findUniqueOrThrow({ where: { applicationId_exchangeProgramId_reviewerId: { applicationId, exchangeProgramId, reviewerId } } });
  },

  async update(tx: Tx, row: ReadingRow, data: Prisma.ReviewAssignmentUpdateInput): Promise<ReadingRow> {
    const { applicationId, exchangeProgramId, reviewerId } = row;
    return tx.reviewAssignment.update({ where: { applicationId_exchangeProgramId_reviewerId: { applicationId, exchangeProgramId, reviewerId } }, data });
  },
};
