import { REVIEW_PROBLEMS as P, type FieldViolation } from '@scn/contracts';
import { problemError } from '@scn/platform/errors';

/** The refusals of review, each with its stable code (listed in REVIEW_PROBLEMS). */
export const ReviewErrors = {
  programNotFound: (id: string) => problemError(P.programNotFound, `No exchange program ${id}`),
  noRubric: (id: string) => problemError(P.noRubric, `Program ${id} has no rubric yet`),
  candidateNotFound: (applicationId: string) => problemError(P.candidateNotFound, `No submitted application ${applicationId} chose this program`),
  assignmentNotFound: (applicationId: string, exchangeProgramId: string) =>
    problemError(P.assignmentNotFound, `No reading of application ${applicationId} for program ${exchangeProgramId} is assigned to you`),
  notReviewable: (status: string) =>
    problemError(P.notReviewable, `A ${status} application is past review`, [{ field: 'applicationId', rule: 'reviewable', message: `is ${status}`, params: { status } }]),
  matchingCommitted: (season: number) =>
    problemError(P.notReviewable, `The matching of season ${season} is committed: readings no longer change`, [
      { field: 'applicationId', rule: 'matching_not_committed', message: `season ${season} is matched`, params: { season } },
    ]),
  notComplete: () =>
    problemError(P.notComplete, 'Mark the application complete for the program before assigning reviewers', [
      { field: 'applicationId', rule: 'complete', message: 'is not marked complete for this program' },
    ]),
  notAReviewer: (violations: FieldViolation[]) =>
    problemError(P.notAReviewer, `${violations.length === 1 ? 'A named reviewer' : `${violations.length} named reviewers`} cannot read for this program`, violations),
  rubricMissing: () =>
    problemError(P.rubricMissing, 'The program has no rubric yet: readings are scored against it', [{ field: 'exchangeProgramId', rule: 'rubric', message: 'has no rubric' }]),
  rubricInUse: (violations: FieldViolation[]) => problemError(P.rubricInUse, 'Readings are already scored against this rubric', violations),
  invalidRubric: (violations: FieldViolation[]) => problemError(P.invalidRubric, 'The rubric breaks a rule', violations),
  scoresNotMatching: (violations: FieldViolation[]) => problemError(P.scoresNotMatchingRubric, 'The scores do not match the program’s rubric', violations),
  letterNotFound: (recommendationId: string) => problemError(P.letterNotFound, `No letter received from referee ${recommendationId} for this choice`),
  conflictDeclared: () =>
    problemError(P.conflictDeclared, 'You declared a conflict of interest for this reading', [
      { field: 'applicationId', rule: 'no_conflict', message: 'a conflict of interest is declared' },
    ]),
};
