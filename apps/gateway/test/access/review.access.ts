import type { AccessRows } from './access-row';

const MANAGERS: AccessRows[string] = ['network-staff', 'program-admin'];
const REVIEWERS: AccessRows[string] = ['reviewer'];

/** Who may call the review routes (operationId → access). */
export const reviewAccess: AccessRows = {
  putProgramRubric: MANAGERS,
  getProgramRubric: MANAGERS,
  listProgramCandidates: MANAGERS,
  completeCandidacy: MANAGERS,
  assignReviewers: MANAGERS,
  getProgramRanking: MANAGERS,
  listMyReviewAssignments: REVIEWERS,
  getMyReviewAssignment: REVIEWERS,
  scoreMyReviewAssignment: REVIEWERS,
  declareReviewConflict: REVIEWERS,
  downloadMyReviewAssignmentDocument: REVIEWERS,
  downloadMyReviewAssignmentLetter: REVIEWERS,
  getProgramCandidateMaterial: MANAGERS,
  downloadProgramCandidateDocument: MANAGERS,
  downloadProgramCandidateLetter: MANAGERS,
};
