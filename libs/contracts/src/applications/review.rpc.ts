import { z } from 'zod';
import { pageOf, pageQueryShape } from '../http/pagination';
import { multiLineText, singleLineText } from '../http/text';
import { agreementSideSchema } from '../partnerships/common';
import type { RpcOperation } from '../rpc/rpc-operation';
import { applicationStatusSchema } from './applications.rpc';
import { spokenLanguageSchema } from './applicants.rpc';
import { fileDownloadSchema } from './documents.rpc';
import { candidacyDocumentParamsSchema, candidacyLetterParamsSchema, readingMaterialSchema } from './review-material.rpc';
import { duplicateIssue } from '../http/zod-violation';

// Review of applications (issue #13, item 4): staff or the member program's admins set a
// program's rubric, mark a submitted application complete for the program and assign
// reviewers (role `reviewer`, scoped to exchange programs); each reviewer scores every
// criterion 1–5 with a comment, or declares a conflict of interest that excludes them. A
// program's ranking is the weighted mean of its candidates' scored readings, compared as
// exact fractions: equal scores are a tie.

export const MAX_CRITERIA = 20;
export const MAX_REVIEWERS_PER_REQUEST = 20;
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export const REVIEW_PROBLEMS = {
  programNotFound: {
    code: 'REVIEW.PROGRAM_NOT_FOUND',
    status: 404,
    description: 'No such exchange program (or not one you manage).',
  },
  noRubric: {
    code: 'REVIEW.NO_RUBRIC',
    status: 404,
    description: 'The program has no rubric yet: set it with PUT …/rubric.',
  },
  candidateNotFound: {
    code: 'REVIEW.CANDIDATE_NOT_FOUND',
    status: 404,
    description: 'No submitted application (neither draft nor withdrawn) chose this program with this id.',
  },
  assignmentNotFound: {
    code: 'REVIEW.ASSIGNMENT_NOT_FOUND',
    status: 404,
    description: 'No reading of this application for this program is assigned to you (or the program is not one you review).',
  },
  notReviewable: {
    code: 'REVIEW.NOT_REVIEWABLE',
    status: 409,
    description: 'The application is past review (decided, or its season’s matching is committed): `errors` names the rule.',
  },
  notComplete: {
    code: 'REVIEW.NOT_COMPLETE',
    status: 409,
    description: 'Reviewers are assigned only once the application is marked complete for the program (`errors` names the rule).',
  },
  notAReviewer: {
    code: 'REVIEW.NOT_A_REVIEWER',
    status: 400,
    description:
      'A named reviewer cannot read for this program: each entry of `errors` names `reviewerIds.N` and the rule ' +
      '(known_reviewer: no reviewer account of that id; reviewer_of_program: their reviewer role does not cover the program; ' +
      'active_reviewer: the account is disabled; own_application: it is the applicant’s own).',
  },
  rubricMissing: {
    code: 'REVIEW.RUBRIC_MISSING',
    status: 409,
    description: 'The program has no rubric yet: readings are scored against it (`errors` names the rule).',
  },
  rubricInUse: {
    code: 'REVIEW.RUBRIC_IN_USE',
    status: 409,
    description: 'Readings are already scored against the rubric: its criteria keys and weights no longer change (labels and the blind round may).',
  },
  invalidRubric: {
    code: 'REVIEW.INVALID_RUBRIC',
    status: 400,
    description: 'The rubric breaks a rule (`errors` names each criterion and rule: unique_key, weight).',
  },
  scoresNotMatchingRubric: {
    code: 'REVIEW.SCORES_NOT_MATCHING_RUBRIC',
    status: 400,
    description: 'Scores must name every criterion of the rubric and nothing else, each 1–5 (`errors` names each: missing_criterion, unknown_criterion, score_range).',
  },
  conflictDeclared: {
    code: 'REVIEW.CONFLICT_DECLARED',
    status: 409,
    description: 'You declared a conflict of interest for this reading: it is not scored and never counted, and its material is no longer yours to read.',
  },
  letterNotFound: {
    code: 'REVIEW.LETTER_NOT_FOUND',
    status: 404,
    description: 'No letter was received from this referee for this choice (or the referee was removed).',
  },
} as const;

const uuid = z.uuid({ message: 'must be a UUID' });

export const criterionKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,39}$/, 'must be 1–40 lower-case letters, digits, - or _, starting with a letter');

export const rubricCriterionSchema = z
  .object({
    key: criterionKeySchema,
    label: singleLineText({ min: 1, max: 200 }),
    /** Weight of the criterion in the weighted mean: a whole number 1–100. */
    weight: z.int({ message: 'must be a whole number' }).min(1, 'must be at least 1').max(100, 'must be at most 100'),
  })
  .strict()
  .meta({ id: 'RubricCriterion' });
export type RubricCriterion = z.infer<typeof rubricCriterionSchema>;

export const putRubricBodySchema = z
  .object({
    criteria: z
      .array(rubricCriterionSchema)
      .min(1, 'must name at least one criterion')
      .max(MAX_CRITERIA, `must name at most ${MAX_CRITERIA} criteria`)
      .refine((list) => new Set(list.map((criterion) => criterion.key)).size === list.length, duplicateIssue('must not name the same key twice')),
    /** First-round readers see neither the applicant’s name nor their birth date. */
    blindFirstRound: z.boolean().default(false),
  })
  .strict();

export const rubricSchema = z
  .object({
    exchangeProgramId: z.uuid(),
    criteria: z.array(rubricCriterionSchema),
    blindFirstRound: z.boolean(),
    updatedBy: z.uuid().nullable(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Rubric' });
export type RubricView = z.infer<typeof rubricSchema>;

export const REVIEW_ROUNDS = [1, 2] as const;
export const reviewRoundSchema = z.union([z.literal(1), z.literal(2)], { message: 'must be 1 or 2' });

export const assignReviewersBodySchema = z
  .object({
    reviewerIds: z
      .array(uuid)
      .min(1, 'must name at least one reviewer')
      .max(MAX_REVIEWERS_PER_REQUEST, `must name at most ${MAX_REVIEWERS_PER_REQUEST} reviewers`)
      .refine((ids) => new Set(ids).size === ids.length, duplicateIssue('must not name the same reviewer twice')),
    /** 1 (the default): the first round, blind when the rubric says so; 2: an open round. */
    round: reviewRoundSchema.default(1),
  })
  .strict();

export const scoreReadingBodySchema = z
  .object({
    /** One score 1–5 per criterion key of the rubric. */
    scores: z.record(criterionKeySchema, z.int({ message: 'must be a whole number' })),
    comment: multiLineText({ max: 5_000 }).nullable().default(null),
  })
  .strict();

export const declareConflictBodySchema = z.object({ note: multiLineText({ min: 1, max: 1_000 }) }).strict();

/** The score of a candidacy: Σ weightedSum / Σ weightTotal over its scored, non-conflicted readings. */
export const candidateScoreSchema = z
  .object({
    weightedSum: z.int(),
    weightTotal: z.int(),
    /** The weighted mean, rounded to 3 decimals for display only (rankings compare the exact fraction). */
    mean: z.number(),
    readings: z.int(),
  })
  .meta({ id: 'CandidateScore' });

export const READING_STATES = ['open', 'scored', 'conflict'] as const;
export const readingStateSchema = z.enum(READING_STATES);

export const candidateReviewerSchema = z
  .object({
    reviewerId: z.uuid(),
    displayName: z.string(),
    round: z.int(),
    state: readingStateSchema,
    assignedAt: z.iso.datetime(),
    scoredAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'CandidateReviewer' });

export const candidateSchema = z
  .object({
    applicationId: z.uuid(),
    exchangeProgramId: z.uuid(),
    applicantId: z.uuid(),
    applicantName: z.string(),
    status: applicationStatusSchema,
    /** This program's rank among the applicant's choices (1 = most wanted). */
    rank: z.int(),
    side: agreementSideSchema,
    submittedAt: z.iso.datetime().nullable(),
    complete: z.boolean(),
    completedAt: z.iso.datetime().nullable(),
    completedBy: z.uuid().nullable(),
    reviewers: z.array(candidateReviewerSchema),
    score: candidateScoreSchema.nullable(),
  })
  .meta({ id: 'Candidate' });
export type CandidateView = z.infer<typeof candidateSchema>;

/** The applicant as a reader sees them: in a blind round, an anonymous label and no name or birth date. */
export const readerApplicantSchema = z
  .object({
    blind: z.boolean(),
    label: z.string(),
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
    birthDate: z.string().nullable(),
  })
  .meta({ id: 'ReaderApplicant' });
export type ReaderApplicantView = z.infer<typeof readerApplicantSchema>;

export const assignmentSummarySchema = z
  .object({
    applicationId: z.uuid(),
    exchangeProgramId: z.uuid(),
    programTitle: z.string(),
    round: z.int(),
    state: readingStateSchema,
    applicant: readerApplicantSchema,
    assignedAt: z.iso.datetime(),
    scoredAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ReviewAssignment' });
export type AssignmentSummaryView = z.infer<typeof assignmentSummarySchema>;

export const assignmentDetailSchema = assignmentSummarySchema
  .extend({
    rubric: z.object({ criteria: z.array(rubricCriterionSchema), blindFirstRound: z.boolean() }).nullable(),
    application: z.object({
      season: z.int(),
      status: applicationStatusSchema,
      submittedAt: z.iso.datetime().nullable(),
      choices: z.array(z.object({ rank: z.int(), exchangeProgramId: z.uuid(), title: z.string() })),
    }),
    profile: z.object({
      homeCityId: z.string(),
      homeCountryCode: z.string(),
      languages: z.array(spokenLanguageSchema),
    }),
    /** What the reader assesses for this program; null once they declared a conflict of interest (it is no longer theirs to read). */
    material: readingMaterialSchema.nullable(),
    reading: z.object({
      scores: z.record(z.string(), z.int()).nullable(),
      comment: z.string().nullable(),
      weightedSum: z.int().nullable(),
      weightTotal: z.int().nullable(),
      conflictDeclaredAt: z.iso.datetime().nullable(),
      conflictNote: z.string().nullable(),
    }),
  })
  .meta({ id: 'ReviewAssignmentDetail' });
export type AssignmentDetailView = z.infer<typeof assignmentDetailSchema>;

export const rankingSchema = z
  .object({
    exchangeProgramId: z.uuid(),
    /** Best first; the candidates of one tier have exactly the same score (a tie, kept for the matching). */
    tiers: z.array(
      z.object({
        /** 1 for the best tier; a tier of n candidates takes positions position … position + n − 1. */
        position: z.int(),
        /** The tier's weighted mean, rounded for display. */
        mean: z.number(),
        candidates: z.array(z.object({ applicationId: z.uuid(), applicantName: z.string(), score: candidateScoreSchema })),
      }),
    ),
    /** Complete candidacies without a counted reading: not ranked. */
    unranked: z.array(z.uuid()),
  })
  .meta({ id: 'ProgramRanking' });
export type RankingView = z.infer<typeof rankingSchema>;

export const listMyAssignmentsQuerySchema = z.object({ state: readingStateSchema.optional(), ...pageQueryShape }).strict();
export const listCandidatesQuerySchema = z.object({ ...pageQueryShape }).strict();

const byProgram = z.object({ exchangeProgramId: uuid }).strict();
const byCandidate = z.object({ exchangeProgramId: uuid, applicationId: uuid }).strict();

/** Request/reply operations of review: rubrics, candidates and rankings for managers; readings for reviewers. */
export const reviewOperations = {
  'review.put-rubric': { request: byProgram.extend(putRubricBodySchema.shape).strict(), response: rubricSchema },
  'review.get-rubric': { request: byProgram, response: rubricSchema },
  'review.list-candidates': { request: byProgram.extend(listCandidatesQuerySchema.shape).strict(), response: pageOf(candidateSchema) },
  'review.complete-candidacy': { request: byCandidate, response: candidateSchema },
  'review.assign-reviewers': { request: byCandidate.extend(assignReviewersBodySchema.shape).strict(), response: candidateSchema },
  'review.get-ranking': { request: byProgram, response: rankingSchema },
  'review.list-my-assignments': { request: listMyAssignmentsQuerySchema, response: pageOf(assignmentSummarySchema) },
  'review.get-my-assignment': { request: byCandidate, response: assignmentDetailSchema },
  'review.score-my-reading': { request: byCandidate.extend(scoreReadingBodySchema.shape).strict(), response: assignmentDetailSchema },
  'review.declare-conflict': { request: byCandidate.extend(declareConflictBodySchema.shape).strict(), response: assignmentDetailSchema },
  'review.download-my-document': { request: candidacyDocumentParamsSchema, response: fileDownloadSchema },
  'review.download-my-letter': { request: candidacyLetterParamsSchema, response: fileDownloadSchema },
  'review.get-candidate-material': { request: byCandidate, response: readingMaterialSchema },
  'review.download-candidate-document': { request: candidacyDocumentParamsSchema, response: fileDownloadSchema },
  'review.download-candidate-letter': { request: candidacyLetterParamsSchema, response: fileDownloadSchema },
} satisfies Record<string, RpcOperation>;
