import {
  assignmentDetailSchema,
  assignmentSummarySchema,
  assignReviewersBodySchema,
  candidateSchema,
  declareConflictBodySchema,
  listCandidatesQuerySchema,
  listMyAssignmentsQuerySchema,
  pageOf,
  putRubricBodySchema,
  rankingSchema,
  REVIEW_PROBLEMS as P,
  rubricSchema,
  scoreReadingBodySchema,
} from '@scn/contracts';
import { z } from 'zod';
import { defineRoute, type RouteAccess } from '../http/route-declaration';
import { SERVICE_PROBLEMS } from '../http/service-problems';

const TAG = 'review';
const uuid = z.uuid({ message: 'must be a UUID' });
/** Staff, and the admins of the member program whose program it is (the service decides which). */
export const MANAGERS: RouteAccess = { kind: 'roles', roles: ['network-staff', 'program-admin'] };
/** Reviewers act on their own readings in the programs their role covers (the service decides which). */
export const REVIEWERS: RouteAccess = { kind: 'roles', roles: ['reviewer'] };
const program = z.object({ exchangeProgramId: uuid }).strict();
const candidate = z.object({ exchangeProgramId: uuid, applicationId: uuid }).strict();
const reading = z.object({ applicationId: uuid, exchangeProgramId: uuid }).strict();
export const MANAGE = '/v1/manage/exchange-programs/:exchangeProgramId';
export const MINE = '/v1/review/assignments';

export const REVIEW_ROUTES = {
  putRubric: defineRoute({
    operationId: 'putProgramRubric',
    method: 'PUT',
    path: `${MANAGE}/rubric`,
    summary:
      'Set the program’s rubric: 1–20 criteria (unique keys), each weighted 1–100, and whether the first round is blind ' +
      '(readers see neither name nor birth date). Once a reading is scored, keys and weights stay.',
    tag: TAG,
    access: MANAGERS,
    params: program,
    body: putRubricBodySchema,
    response: rubricSchema,
    errors: [P.programNotFound, P.invalidRubric, P.rubricInUse, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'review.put-rubric' },
  }),
  getRubric: defineRoute({
    operationId: 'getProgramRubric',
    method: 'GET',
    path: `${MANAGE}/rubric`,
    summary: 'The program’s rubric',
    tag: TAG,
    access: MANAGERS,
    params: program,
    response: rubricSchema,
    errors: [P.programNotFound, P.noRubric, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'review.get-rubric' },
  }),
  listCandidates: defineRoute({
    operationId: 'listProgramCandidates',
    method: 'GET',
    path: `${MANAGE}/candidates`,
    summary: 'The program’s candidates: submitted applications that chose it, with their rank of it, completion, readers and current score',
    tag: TAG,
    access: MANAGERS,
    params: program,
    query: listCandidatesQuerySchema,
    response: pageOf(candidateSchema),
    errors: [P.programNotFound, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'review.list-candidates' },
  }),
  complete: defineRoute({
    operationId: 'completeCandidacy',
    method: 'POST',
    path: `${MANAGE}/candidates/:applicationId/completion`,
    summary: 'Mark the application complete for the program: reviewers may then be assigned, and the application is in review (idempotent)',
    tag: TAG,
    access: MANAGERS,
    params: candidate,
    response: candidateSchema,
    errors: [P.programNotFound, P.candidateNotFound, P.notReviewable, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'review.complete-candidacy' },
  }),
  assign: defineRoute({
    operationId: 'assignReviewers',
    method: 'POST',
    path: `${MANAGE}/candidates/:applicationId/reviewers`,
    summary:
      'Assign readers to a complete candidacy (round 1 by default, blind when the rubric says so; round 2 open): each must be a reviewer ' +
      'of the program with an active account. A reviewer already assigned keeps their reading.',
    tag: TAG,
    access: MANAGERS,
    params: candidate,
    body: assignReviewersBodySchema,
    response: candidateSchema,
    errors: [P.programNotFound, P.candidateNotFound, P.notComplete, P.notAReviewer, P.notReviewable, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'review.assign-reviewers' },
  }),
  ranking: defineRoute({
    operationId: 'getProgramRanking',
    method: 'GET',
    path: `${MANAGE}/ranking`,
    summary:
      'The program’s ranking of its complete candidacies by weighted mean score (exact: equal scores are one tier, a tie the matching keeps); ' +
      'candidacies without a counted reading are not ranked',
    tag: TAG,
    access: MANAGERS,
    params: program,
    response: rankingSchema,
    errors: [P.programNotFound, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'review.get-ranking' },
  }),
  listMine: defineRoute({
    operationId: 'listMyReviewAssignments',
    method: 'GET',
    path: MINE,
    summary: 'Your readings, open and done, in the programs you review (a blind round shows an anonymous label, no name nor birth date)',
    tag: TAG,
    access: REVIEWERS,
    query: listMyAssignmentsQuerySchema,
    response: pageOf(assignmentSummarySchema),
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'review.list-my-assignments' },
  }),
  getMine: defineRoute({
    operationId: 'getMyReviewAssignment',
    method: 'GET',
    path: `${MINE}/:applicationId/:exchangeProgramId`,
    summary:
      'One of your readings: the rubric, the application’s choices, the applicant’s languages and home city, the material of this ' +
      'program (answers to its questionnaire, the documents it requires, referees’ letters: download each below; a blind reading ' +
      'names neither files nor referees; none after a declared conflict), your scores',
    tag: TAG,
    access: REVIEWERS,
    params: reading,
    response: assignmentDetailSchema,
    errors: [P.assignmentNotFound, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'review.get-my-assignment' },
  }),
  score: defineRoute({
    operationId: 'scoreMyReviewAssignment',
    method: 'PUT',
    path: `${MINE}/:applicationId/:exchangeProgramId/score`,
    summary: 'Score your reading: every criterion of the rubric 1–5 and a comment (scoring again before the season’s matching replaces it)',
    tag: TAG,
    access: REVIEWERS,
    params: reading,
    body: scoreReadingBodySchema,
    response: assignmentDetailSchema,
    errors: [P.assignmentNotFound, P.rubricMissing, P.scoresNotMatchingRubric, P.conflictDeclared, P.notReviewable, P.candidateNotFound, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'review.score-my-reading' },
  }),
  declareConflict: defineRoute({
    operationId: 'declareReviewConflict',
    method: 'POST',
    path: `${MINE}/:applicationId/:exchangeProgramId/conflict`,
    summary: 'Declare a conflict of interest with the application: your reading is excluded (not scored, never counted)',
    tag: TAG,
    access: REVIEWERS,
    params: reading,
    body: declareConflictBodySchema,
    response: assignmentDetailSchema,
    errors: [P.assignmentNotFound, P.notReviewable, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'review.declare-conflict' },
  }),
};
