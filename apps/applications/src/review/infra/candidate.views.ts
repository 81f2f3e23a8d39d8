import type { AgreementSide, CandidateView } from '@scn/contracts';
import { displayMean, scoreCandidates } from '../domain/ranking';
import { knownReviewerRepository } from './known-reviewer.repository';
import type { Db } from './review-db';

/** Statuses of applications that are not candidates of any program: not submitted yet, or gone. */
export const NOT_CANDIDATE_STATUSES = ['draft', 'withdrawn'] as const;

/** Where clause of the applications that are candidates of `exchangeProgramId`. */
export function candidatesOf(exchangeProgramId: string) {
  return { status: { notIn: [...NOT_CANDIDATE_STATUSES] }, choices: { some: { exchangeProgramId } } };
}

/** The reading's state: conflict (declared), scored, or open. */
export function readingState(row: { conflictDeclaredAt: Date | null; scoredAt: Date | null }): 'open' | 'scored' | 'conflict' {
  if (row.conflictDeclaredAt) return 'conflict';
  return row.scoredAt ? 'scored' : 'open';
}

/** The candidates of `exchangeProgramId` among `applicationIds` as its managers see them, in the order given. */
export async function candidateViews(db: Db, exchangeProgramId: string, applicationIds: readonly string[]): Promise<CandidateView[]> {
  if (applicationIds.length === 0) return [];
  const ids = [...applicationIds];
  const [applications, candidacies, assignments] = await Promise.all([
    db.application.findMany({ where: { id: { in: ids } }, include: { choices: { where: { exchangeProgramId } } } }),
    db.candidacy.findMany({ where: { exchangeProgramId, applicationId: { in: ids } } }),
    db.reviewAssignment.findMany({ where: { exchangeProgramId, applicationId: { in: ids } }, orderBy: [{ assignedAt: 'asc' }, { reviewerId: 'asc' }] }),
  ]);
  const applicants = await db.applicant.findMany({
    where: { accountId: { in: applications.map((row) => row.applicantId) } },
    select: { accountId: true, givenName: true, familyName: true },
  });
  const reviewers = await knownReviewerRepository.findMany(db, [...new Set(assignments.map((row) => row.reviewerId))]);
  const byApplication = new Map(applications.map((row) => [row.id, row]));
  const names = new Map(applicants.map((row) => [row.accountId, `${row.givenName} ${row.familyName}`]));
  const completion = new Map(candidacies.map((row) => [row.applicationId, row]));
  const scores = scoreCandidates(
    assignments.map((row) => ({
      applicationId: row.applicationId,
      complete: Boolean(completion.get(row.applicationId)?.completedAt),
      conflicted: row.conflictDeclaredAt !== null,
      weightedSum: row.weightedSum,
      weightTotal: row.weightTotal,
    })),
  );
  return ids.flatMap((id) => {
    const application = byApplication.get(id);
    const choice = application?.choices[0];
    if (!application || !choice) return [];
    const candidacy = completion.get(id);
    const score = scores.get(id);
    return [
      {
        applicationId: id,
        exchangeProgramId,
        applicantId: application.applicantId,
        applicantName: names.get(application.applicantId) ?? '',
        status: application.status,
        rank: choice.rank,
        side: choice.side as AgreementSide,
        submittedAt: application.submittedAt?.toISOString() ?? null,
        complete: Boolean(candidacy?.completedAt),
        completedAt: candidacy?.completedAt?.toISOString() ?? null,
        completedBy: candidacy?.completedBy ?? null,
        reviewers: assignments
          .filter((row) => row.applicationId === id)
          .map((row) => ({
            reviewerId: row.reviewerId,
            displayName: reviewers.get(row.reviewerId)?.displayName ?? '',
            round: row.round,
            state: readingState(row),
            assignedAt: row.assignedAt.toISOString(),
            scoredAt: row.scoredAt?.toISOString() ?? null,
          })),
        score: score ? { ...score, mean: displayMean(score) } : null,
      },
    ];
  });
}
