import type { Prisma } from '@scn-prisma/applications';
import type { CallerIdentity } from '@scn/contracts';
import { counts } from '../domain/ranking';
import { ReviewErrors } from '../domain/review.errors';
import { requireReadable } from './my-reading';
import type { Tx } from './review-db';

export type ReadingRow = Prisma.ReviewAssignmentGetPayload<object>;

/** Readings (review assignments) as their reader acts on them. */
export const readingRepository = {
  /**
   * The caller's own reading of the candidacy, locked until the transaction ends; anyone
   * else's, or one of an application withdrawn or erased, does not exist for them.
   */
  async lockMine(tx: Tx, caller: CallerIdentity | undefined, applicationId: string, exchangeProgramId: string): Promise<ReadingRow> {
    const reviewerId = caller?.accountId ?? '';
    const locked = caller
      ? await tx.$queryRaw<Array<{ reviewer_id: string }>>`
          SELECT reviewer_id FROM review_assignments
          WHERE application_id = ${applicationId}::uuid AND exchange_program_id = ${exchangeProgramId}::uuid AND reviewer_id = ${reviewerId}::uuid
          FOR UPDATE`
      : [];
    if (locked.length === 0) throw ReviewErrors.assignmentNotFound(applicationId, exchangeProgramId);
    await requireReadable(tx, applicationId, exchangeProgramId);
    return tx.reviewAssignment.findUniqueOrThrow({ where: { applicationId_exchangeProgramId_reviewerId: { applicationId, exchangeProgramId, reviewerId } } });
  },

  /** Updates the reading and, by the difference it makes, its candidacy's score sums (the rankings read those). */
  async update(tx: Tx, row: ReadingRow, data: Prisma.ReviewAssignmentUpdateInput): Promise<ReadingRow> {
    const { applicationId, exchangeProgramId, reviewerId } = row;
    const updated = await tx.reviewAssignment.update({ where: { applicationId_exchangeProgramId_reviewerId: { applicationId, exchangeProgramId, reviewerId } }, data });
    const before = contribution(row);
    const after = contribution(updated);
    if (before.readings !== after.readings || before.weightedSum !== after.weightedSum || before.weightTotal !== after.weightTotal) {
      // An increment, not a recount: it applies to the row's latest version under its row
      // lock, so two readers of one candidacy scoring at once both count.
      await tx.$executeRaw`
        UPDATE candidacies
           SET score_weighted_sum = score_weighted_sum + ${after.weightedSum - before.weightedSum},
               score_weight_total = score_weight_total + ${after.weightTotal - before.weightTotal},
               score_readings = score_readings + ${after.readings - before.readings}
         WHERE application_id = ${applicationId}::uuid AND exchange_program_id = ${exchangeProgramId}::uuid`;
    }
    return updated;
  },
};

/** What a reading adds to its candidacy's sums: nothing unless it counts (see `counts` in the ranking). */
function contribution(row: ReadingRow): { weightedSum: number; weightTotal: number; readings: number } {
  const reading = { applicationId: row.applicationId, complete: true, conflicted: row.conflictDeclaredAt !== null, weightedSum: row.weightedSum, weightTotal: row.weightTotal };
  return row.scoredAt !== null && counts(reading) ? { weightedSum: reading.weightedSum, weightTotal: reading.weightTotal, readings: 1 } : { weightedSum: 0, weightTotal: 0, readings: 0 };
}
