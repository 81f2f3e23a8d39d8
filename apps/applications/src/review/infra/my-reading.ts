import type { CallerIdentity } from '@scn/contracts';
import type { KnownProgramState } from '../../known-programs/domain/known-program';
import { isBlind } from '../domain/reader-view';
import { stillReadable } from '../domain/reading-access';
import { ReviewErrors } from '../domain/review.errors';
import { reviewedProgram } from './managed-program';
import type { ReadingRow } from './reading.repository';
import type { Db } from './review-db';

/**
 * Refuses a reading whose application is withdrawn or erased with the same 404 as a reading
 * that is not the caller's: for its reader it no longer exists.
 */
export async function requireReadable(db: Db, applicationId: string, exchangeProgramId: string): Promise<void> {
  const application = await db.application.findUnique({ where: { id: applicationId }, select: { status: true, erasedAt: true } });
  if (!application || !stillReadable(application)) throw ReviewErrors.assignmentNotFound(applicationId, exchangeProgramId);
}

/**
 * The caller's own reading of the candidacy, with its program: only in a program their
 * reviewer grant covers, only their assignment row, only while the application is still
 * read. Anything else does not exist for them (REVIEW.ASSIGNMENT_NOT_FOUND).
 */
export async function myReading(
  db: Db,
  caller: CallerIdentity | undefined,
  applicationId: string,
  exchangeProgramId: string,
): Promise<{ program: KnownProgramState; reading: ReadingRow }> {
  const program = await reviewedProgram(db, caller, applicationId, exchangeProgramId);
  const reviewerId = caller?.accountId;
  const reading = reviewerId
    ? await db.reviewAssignment.findUnique({ where: { applicationId_exchangeProgramId_reviewerId: { applicationId, exchangeProgramId, reviewerId } } })
    : null;
  if (!reading) throw ReviewErrors.assignmentNotFound(applicationId, exchangeProgramId);
  await requireReadable(db, applicationId, exchangeProgramId);
  return { program, reading };
}

/**
 * The applications among the reviewer's readings that are no longer read (withdrawn or
 * erased: the SQL of `stillReadable`), so a list leaves them out without breaking its keyset pages.
 */
export async function unreadableApplicationsOf(db: Db, reviewerId: string): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT DISTINCT a.id FROM applications a JOIN review_assignments r ON r.application_id = a.id
    WHERE r.reviewer_id = ${reviewerId}::uuid AND (a.status = 'withdrawn' OR a.erased_at IS NOT NULL)`;
  return rows.map((row) => row.id);
}

/** Whether the reading is blind: round 1 of a rubric that says so, or of a program without a rubric yet (as its detail shows). */
export async function isBlindReading(db: Db, reading: Pick<ReadingRow, 'exchangeProgramId' | 'round'>): Promise<boolean> {
  const rubric = await db.programRubric.findUnique({ where: { exchangeProgramId: reading.exchangeProgramId }, select: { blindFirstRound: true } });
  return isBlind(reading.round, rubric?.blindFirstRound ?? true);
}
