import { z } from 'zod';
import { pageOf, pageQueryShape } from '../http/pagination';
import { queryInteger, singleLineText } from '../http/text';
import { agreementSideSchema } from '../partnerships/common';
import type { RpcOperation } from '../rpc/rpc-operation';

// Matching runs (issue #13): staff run the season's allocation as a preview (nothing
// changes) or commit it. Applicant-proposing deferred acceptance over the applicants'
// ranked choices and the programs' rankings, places per side, ties broken by one seeded
// lottery, then stable improvement cycles; every applicant's outcome is explained.

export const MATCHING_PROBLEMS = {
  runNotFound: { code: 'MATCHING.RUN_NOT_FOUND', status: 404, description: 'No such matching run.' },
  alreadyCommitted: {
    code: 'MATCHING.ALREADY_COMMITTED',
    status: 409,
    description: 'The season already has a committed matching run: a season is allocated once.',
  },
  stalePreview: {
    code: 'MATCHING.STALE_PREVIEW',
    status: 409,
    description: 'Applications, rankings or places changed since this preview: run a new preview and commit that one.',
  },
} as const;

export const MATCHING_RUN_MODES = ['preview', 'commit'] as const;

export const startMatchingRunBodySchema = z
  .object({
    season: z.int().min(2000, 'must be a year').max(2200, 'must be a year'),
    mode: z.enum(MATCHING_RUN_MODES),
    /** Seeds the tie-breaking lottery; a random one is drawn (and recorded) when absent. */
    seed: singleLineText({ min: 1, max: 100 }).optional(),
  })
  .strict();

const sideFill = z.object({ places: z.int(), filled: z.int() });
export const matchingStatisticsSchema = z
  .object({
    applicants: z.int(),
    placed: z.int(),
    placedOnFirstChoice: z.int(),
    placedInTopThree: z.int(),
    unplaced: z.int(),
    proposals: z.int(),
    improvementCycles: z.int(),
    applicantsMovedByCycles: z.int(),
    programs: z.array(z.object({ exchangeProgramId: z.uuid(), member: sideFill, partner: sideFill, fillRate: z.number() })),
  })
  .meta({ id: 'MatchingStatistics' });

export const matchingRunSchema = z
  .object({
    id: z.uuid(),
    season: z.int(),
    seed: z.string(),
    status: z.enum(['preview', 'committed']),
    statistics: matchingStatisticsSchema,
    createdAt: z.iso.datetime(),
    committedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'MatchingRun' });
export type MatchingRunView = z.infer<typeof matchingRunSchema>;

/** A run as the list of runs shows it: its figures without each program's fill. */
export const matchingRunSummarySchema = z
  .object({
    id: z.uuid(),
    season: z.int(),
    seed: z.string(),
    status: z.enum(['preview', 'committed']),
    applicants: z.int(),
    placed: z.int(),
    placedOnFirstChoice: z.int(),
    placedInTopThree: z.int(),
    unplaced: z.int(),
    createdAt: z.iso.datetime(),
    committedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'MatchingRunSummary' });
export type MatchingRunSummaryView = z.infer<typeof matchingRunSummarySchema>;

/** Query of the list of runs: one season's only, if given; a page at a time, newest first. */
export const listMatchingRunsQuerySchema = z
  .object({ season: queryInteger({ min: 2000, max: 2200, message: 'must be a year' }).optional(), ...pageQueryShape })
  .strict();

/** Why an applicant did not get a choice ranked above the one they obtained. */
export const choiceExplanationSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('ineligible'), rule: z.string() }),
    z.object({ kind: z.literal('not-ranked') }),
    z.object({ kind: z.literal('no-places') }),
    z.object({
      kind: z.literal('full'),
      /** The applicant's rank in the program's ranking of their side (ties share a rank). */
      yourRank: z.int(),
      /** The rank of the last applicant admitted on their side. */
      lowestAdmittedRank: z.int(),
      /** `lottery` when they tied with the last admitted applicant and the lottery decided. */
      decidedBy: z.enum(['score', 'lottery']),
      waitlistPosition: z.int(),
    }),
  ])
  .meta({ id: 'ChoiceExplanation' });

export const matchingOutcomeSchema = z
  .object({
    applicationId: z.uuid(),
    applicantId: z.uuid(),
    side: agreementSideSchema,
    lotteryNumber: z.int(),
    placement: z.object({ exchangeProgramId: z.uuid(), choiceRank: z.int() }).nullable(),
    /** One entry for every choice ranked above the placement (every choice when unplaced). */
    explanations: z.array(z.object({ exchangeProgramId: z.uuid(), choiceRank: z.int(), explanation: choiceExplanationSchema })),
  })
  .meta({ id: 'MatchingOutcome' });
export type MatchingOutcomeView = z.infer<typeof matchingOutcomeSchema>;

const uuid = z.uuid({ message: 'must be a UUID' });
const byRun = z.object({ runId: uuid }).strict();
export const listMatchingOutcomesQuerySchema = z
  .object({ exchangeProgramId: uuid.optional(), placed: z.enum(['true', 'false']).optional(), ...pageQueryShape })
  .strict();

/** Request/reply operations of the applications service: matching runs (network staff). */
export const matchingOperations = {
  'matching-runs.start': { request: startMatchingRunBodySchema, response: matchingRunSchema },
  'matching-runs.commit': { request: byRun, response: matchingRunSchema },
  'matching-runs.get': { request: byRun, response: matchingRunSchema },
  /** The runs, previews and committed ones, newest first (one season's, if given). */
  'matching-runs.list': { request: listMatchingRunsQuerySchema, response: pageOf(matchingRunSummarySchema) },
  'matching-runs.outcomes': { request: byRun.extend(listMatchingOutcomesQuerySchema.shape).strict(), response: pageOf(matchingOutcomeSchema) },
} satisfies Record<string, RpcOperation>;
